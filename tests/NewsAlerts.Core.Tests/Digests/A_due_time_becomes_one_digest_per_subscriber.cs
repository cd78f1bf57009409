namespace NewsAlerts.Core.Tests.Digests;

using NewsAlerts.Core.Digests;

public sealed class A_due_time_becomes_one_digest_per_subscriber
{
    private static readonly DateTimeOffset Seven = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Evening = new(2026, 11, 29, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_subscriber_with_pending_entries_gets_one_batch_of_story_keys_newest_first()
    {
        var entries = new[]
        {
            Entry("s2", "urn:a", Evening),
            Entry("s1", "urn:old", Evening.AddHours(-5)),
            Entry("s1", "urn:new", Evening.AddHours(5)),
            Entry("s1", "urn:mid", Evening),
            Entry("s3", "urn:sent", Evening) with { State = DigestEntryState.Sent },
        };

        var batches = DigestBatches.Of(entries);

        Assert.Equal(["s1", "s2"], batches.Select(b => b.SubscriberId));
        Assert.Equal(["urn:new", "urn:mid", "urn:old"], batches[0].ArticleIds);
        Assert.All(batches, b => Assert.Equal(Seven, b.DueAt));
    }

    [Fact]
    public void The_message_id_is_the_subscriber_and_due_time_so_a_rerun_is_deduplicated()
    {
        var first = DigestBatches.Of([Entry("s1", "urn:a", Evening)]).Single();
        var rerunWithMore = DigestBatches.Of([Entry("s1", "urn:a", Evening), Entry("s1", "urn:b", Evening)]).Single();
        var nextDay = first with { DueAt = Seven.AddDays(1) };
        var other = first with { SubscriberId = "s2" };

        Assert.Equal(first.MessageId, rerunWithMore.MessageId);
        Assert.NotEqual(first.MessageId, nextDay.MessageId);
        Assert.NotEqual(first.MessageId, other.MessageId);
        Assert.StartsWith("digest-", first.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public void Stories_beyond_the_limit_are_counted_not_dropped_and_the_message_stays_small()
    {
        var entries = Enumerable.Range(0, DigestBatch.MaxStories + 7)
            .Select(i => Entry("s1", $"urn:newsalerts:article:{new string('x', 380)}:{i:D4}", Evening.AddMinutes(i)));

        var batch = DigestBatches.Of(entries).Single();
        var body = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(batch, Core.Dispatch.BatchMessage.JsonOptions);

        Assert.Equal(DigestBatch.MaxStories, batch.ArticleIds.Count);
        Assert.Equal(7, batch.More);
        Assert.EndsWith($":{DigestBatch.MaxStories + 6:D4}", batch.ArticleIds[0], StringComparison.Ordinal);
        Assert.True(body.Length < 256 * 1024, $"{body.Length} bytes");
    }

    private static DigestEntry Entry(string subscriberId, string articleId, DateTimeOffset publishedAt) =>
        new(subscriberId, Seven, articleId, "t1", "matched", publishedAt);
}
