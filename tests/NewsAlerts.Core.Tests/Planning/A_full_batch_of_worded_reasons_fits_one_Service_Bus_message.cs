namespace NewsAlerts.Core.Tests.Planning;

using System.Text;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Matching.Explanations;

/// <summary>
/// Every recipient of a batch carries its worded reason, and a reason in Arabic or Chinese takes 2-3 bytes a character
/// in UTF-8 (6 when escaped as \uXXXX, as the default JSON encoder did), an emoji 12: a full batch of 250 once made a
/// message over the Service Bus limit, and its publish failed. Reasons are capped (<see cref="MatchWords.MaxLength"/>),
/// the body keeps text as UTF-8, and batches are sized by the bytes of their body, so every batch fits one message.
/// </summary>
public sealed class A_full_batch_of_worded_reasons_fits_one_Service_Bus_message
{
    private const string Family = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";

    // Headline and body at their longest in Arabic: the content is in every batch too.
    private static readonly Article Story = new(
        "urn:newsalerts:ar:" + new string('7', 100), 1, Repeat("هدنة في غزة بعد محادثات طويلة في القاهرة ", 8), Repeat("قال مسؤولون إن المحادثات ستستأنف يوم الاثنين. ", 40),
        null, "الجزيرة", "ar", [], 1, new Uri("https://example.com/ar/" + new string('x', 200)), DateTimeOffset.UnixEpoch);

    public static TheoryData<string, string> Reasons() => new()
    {
        { "Arabic", "\"غزة\" in the headline: \"…" + Repeat("اتَّفَقَ القادةُ على هُدنةٍ في غزةَ ", 10) },
        { "Chinese", "\"加沙\" in the headline: \"…" + Repeat("领导人同意在加沙停火经过在开罗的长时间谈判", 15) },
        { "Latin", "\"truce\" in the headline: \"…" + Repeat("Leaders agree a truce in Gaza after talks in Cairo ", 10) },
        { "mixed with emoji", "\"غزة\" (as \"加沙\") in the story: \"…" + Repeat("هدنة 停火 truce " + Family + " ", 12) },
    };

    [Theory]
    [MemberData(nameof(Reasons))]
    public void Two_hundred_and_fifty_capped_reasons_make_one_batch_within_the_message_limit(string script, string reason)
    {
        var capped = CappedText.Of(reason, MatchWords.MaxLength);
        // Cut between words: at most the cap, and close to it (the reasons are the longest a recipient can carry).
        Assert.InRange(capped.Length, MatchWords.MaxLength - 20, MatchWords.MaxLength);

        var batches = AlertPlanner.Plan(Story, Matches(AlertPlanner.DefaultBatchSize, capped)).Where(b => b.Channel == Channel.Email).ToList();

        var batch = Assert.Single(batches);
        Assert.Equal(AlertPlanner.DefaultBatchSize, batch.Recipients.Count);
        var body = BatchMessage.Write(batch);
        Assert.True(body.Length <= BatchMessage.MaxBodyBytes, $"{script}: {body.Length} bytes");
        var read = BatchMessage.Read(body, Channel.Email).Batch!;
        Assert.Equal(batch.Recipients, read.Recipients);
        Assert.Equal(Story.Headline, read.Content.Headline);
    }

    [Fact]
    public void Reasons_of_every_script_are_written_as_UTF8_not_escaped()
    {
        var batch = new DeliveryBatch(Channel.Email, 0, AlertPlanner.ContentOf(Story), [new BatchRecipient("s1", "\"غزة\" 加沙 <b> & \"x\"")]);

        var json = Encoding.UTF8.GetString(BatchMessage.Write(batch));

        Assert.Contains("غزة", json, StringComparison.Ordinal);
        Assert.Contains("加沙", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u06", json, StringComparison.OrdinalIgnoreCase);
        // Still safe JSON: HTML-sensitive characters stay escaped.
        Assert.DoesNotContain("<b>", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Reasons_too_heavy_for_one_message_are_split_into_batches_that_each_fit()
    {
        // Emoji are escaped by every built-in encoder (12 bytes each): 250 reasons of 100 emoji do not fit one message.
        var reason = CappedText.Of(Repeat("\U0001F54A\uFE0F", 200), MatchWords.MaxLength);
        var matches = Matches(AlertPlanner.DefaultBatchSize, reason);

        var batches = AlertPlanner.Plan(Story, matches).Where(b => b.Channel == Channel.Email).ToList();

        Assert.True(batches.Count > 1);
        Assert.All(batches, b => Assert.True(BatchMessage.Write(b).Length <= BatchMessage.MaxBodyBytes, $"batch {b.BatchNumber}: {BatchMessage.Write(b).Length} bytes"));
        Assert.Equal(Enumerable.Range(0, batches.Count), batches.Select(b => b.BatchNumber));
        Assert.Equal(matches.Select(m => m.Subscriber.Id), batches.SelectMany(b => b.Recipients).Select(r => r.SubscriberId));
    }

    [Fact]
    public void Each_batch_is_as_full_as_its_byte_limit_allows()
    {
        var random = new Random(17);
        var content = AlertPlanner.ContentOf(Story);
        var recipients = Enumerable.Range(0, 400)
            .Select(i => new BatchRecipient($"s{i:D5}", new string('ب', random.Next(0, 300)) + (i % 3 == 0 ? Family : string.Empty)))
            .ToList();
        const int limit = 20_000;

        var batches = BatchPacking.Pack(Channel.Sms, recipients, content, batchSize: 60, firstNumber: 4, maxBytes: limit).ToList();

        Assert.Equal(recipients, batches.SelectMany(b => b.Recipients));
        Assert.Equal(Enumerable.Range(4, batches.Count), batches.Select(b => b.BatchNumber));
        for (var i = 0; i < batches.Count; i++)
        {
            var size = BatchMessage.Write(batches[i]).Length;
            Assert.True(size <= limit && batches[i].Recipients.Count <= 60, $"batch {i}: {size} bytes, {batches[i].Recipients.Count} recipients");
            if (i + 1 < batches.Count && batches[i].Recipients.Count < 60)
            {
                // The next recipient would not have fitted: the measure is exact, not an estimate.
                var grown = batches[i] with { Recipients = [.. batches[i].Recipients, batches[i + 1].Recipients[0]] };
                Assert.True(BatchMessage.Write(grown).Length > limit, $"batch {i} could have held one more");
            }
        }
    }

    private static List<SubscriberMatch> Matches(int count, string reason) =>
        [.. Enumerable.Range(0, count).Select(i => new SubscriberMatch(Subscriber($"u01JD8Q2Z4X7K9M3N5P7R{i:D5}"), "غزة", reason, 1))];

    private static Subscriber Subscriber(string id) =>
        new(id, $"{id}@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "UTC", [new Topic("t1", "غزة", false)], 2, DateTimeOffset.UnixEpoch);

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));
}
