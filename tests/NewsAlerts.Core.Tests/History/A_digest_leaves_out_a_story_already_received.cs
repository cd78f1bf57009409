namespace NewsAlerts.Core.Tests.History;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.History;
using NewsAlerts.Core.Stories;
using NewsAlerts.Core.Tests.Digests;

// Session 44: a copy of a story that arrived after its alert was sent was listed again in the reader's next digest.
public sealed class A_digest_leaves_out_a_story_already_received
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly IReadOnlyList<string> Keys = ["link:aaa", "text:bbb"];

    [Theory]
    [InlineData(ReceivedKind.Alert, Channel.Email)]
    [InlineData(ReceivedKind.Alert, Channel.Sms)]
    [InlineData(ReceivedKind.Digest, Channel.Email)]
    public void A_copy_received_as_an_alert_by_either_channel_or_in_an_earlier_digest_counts(ReceivedKind kind, Channel channel)
    {
        var row = Row("urn:a", kind, channel, Noon.AddHours(-3), "link:aaa");

        Assert.Same(row, AlreadyReceived.Find("urn:b", Keys, [row], Noon.AddHours(-24)));
    }

    [Fact]
    public void The_same_article_received_as_an_alert_counts_whatever_its_keys()
    {
        var row = Row("urn:b", ReceivedKind.Alert, Channel.Sms, Noon.AddHours(-1), "link:zzz");

        Assert.NotNull(AlreadyReceived.Find("urn:b", Keys, [row], Noon.AddHours(-24)));
    }

    [Fact]
    public void A_follow_up_another_story_or_a_copy_older_than_the_window_does_not_count()
    {
        var since = Noon.AddHours(-24);
        Assert.Null(AlreadyReceived.Find("urn:b", Keys, [Row("withdrawn:v2:urn:a", ReceivedKind.FollowUp, Channel.Email, Noon, "link:aaa")], since));
        Assert.Null(AlreadyReceived.Find("urn:b", Keys, [Row("urn:c", ReceivedKind.Alert, Channel.Email, Noon, "link:other")], since));
        Assert.Null(AlreadyReceived.Find("urn:b", Keys, [Row("urn:a", ReceivedKind.Alert, Channel.Email, since.AddSeconds(-1), "link:aaa")], since));
    }

    [Fact]
    public void A_row_stored_before_keys_were_kept_is_matched_by_its_link()
    {
        var url = new Uri("https://gazette.example/world/truce");
        var old = new ReceivedAlert("s1", Noon.AddHours(-2), Channel.Email, ReceivedKind.Alert, "urn:a", "Truce", "Gazette", url, "why");
        var keys = SameStory.KeysOf("Truce talks resume", null, new Uri("http://gazette.example/world/truce/?utm_source=x"), "Other");

        Assert.Same(old, AlreadyReceived.Find("urn:b", keys, [old], Noon.AddHours(-24)));
    }

    [Fact]
    public async Task A_digest_left_with_no_story_is_recorded_skipped_as_already_received_and_its_entries_settled()
    {
        var seven = TestDigestDispatchers.Seven;
        var (ledger, digests, history, sender) = (new NewsAlerts.Core.Tests.Dispatch.InMemoryLedger(), new InMemoryDigestStore(), new InMemoryAlertHistory(), new CapturingDigestSender());
        var truce = TestDigestDispatchers.Truce with { Url = new Uri("https://wire.example/truce") };
        await digests.RecordAsync([new DigestEntry("s1", seven, "a1", "t1", "why", truce.PublishedAt)], default);
        await history.AddAsync([new ReceivedAlert("s1", seven.AddHours(-1), Channel.Sms, ReceivedKind.Alert, "urn:other-copy", "Truce", "Wire", null, "why", 1, SameStory.Joined(truce))], default);
        var dispatcher = TestDigestDispatchers.Create(
            ledger, digests, new StoredArticles(truce), sender, new NewsAlerts.Core.Security.TokenSigner(new byte[32], TimeProvider.System),
            time: new Microsoft.Extensions.Time.Testing.FakeTimeProvider(seven.AddMinutes(3)), history: history);

        var outcome = await dispatcher.DispatchAsync(new DigestBatch("s1", seven, ["a1"], 0), CancellationToken.None);

        Assert.Empty(sender.Requests);
        Assert.Equal(1, outcome.Skipped);
        Assert.Equal((LedgerState.Skipped, DigestDispatcher.AllReceivedReason), (ledger.Records.Last().State, ledger.Records.Last().Reason));
        Assert.All(await digests.ListAsync(seven, "s1", default).ToListAsync(), e => Assert.Equal(DigestEntryState.Sent, e.State));
    }

    [Fact]
    public async Task A_digest_sent_keeps_its_stories_keys_in_the_history()
    {
        var pending = new PendingDigest();
        var history = new InMemoryAlertHistory();
        var sender = new CapturingDigestSender();

        await pending.Dispatcher(new StoredArticles(TestDigestDispatchers.Truce), sender, history).DispatchAsync(PendingDigest.Batch, CancellationToken.None);

        Assert.Single(sender.Requests);
        var row = Assert.Single(history.Rows);
        Assert.Equal(SameStory.Joined(TestDigestDispatchers.Truce), row.StoryKeys);
    }

    private static ReceivedAlert Row(string key, ReceivedKind kind, Channel channel, DateTimeOffset at, string storyKeys) =>
        new("s1", at, channel, kind, kind == ReceivedKind.Digest ? $"digest:2026-12-03T07:00Z|{key}" : key, "Headline", "Source", null, "why", 1, storyKeys);
}
