namespace NewsAlerts.Core.Tests.Planning;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Tests.Articles;
using NewsAlerts.Core.Tests.Dispatch;
using NewsAlerts.Core.Tests.Feeds;

/// <summary>
/// Issue 17 review: the email preview was English only, while the sender writes each reader's email in their language
/// (a French reader's subject says "Urgent : ", its labels, reason and dates are French). The dry run counts emails and
/// digest entries by the language their readers' emails are written in (the email sender's reading of the tag,
/// TextLanguages.Of), English first, so the console can show each language's email with its count.
/// </summary>
public sealed class Emails_are_counted_by_the_language_they_are_written_in
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Tags_are_read_as_the_sender_reads_them_and_english_comes_first()
    {
        var counts = EmailLanguages.Count(
            [Reader("a", "ar"), Reader("b", "AR-eg"), Reader("c", "fr-CA"), Reader("d", null), Reader("e", "sw"), Reader("f", "ar"), null],
            [Reader("g", "fr"), Reader("h", "de")]);

        // sw is not offered: the sender writes English; a reader who is gone is counted in English too.
        Assert.Equal(
            [new EmailLanguageCount("en", 3, 0), new EmailLanguageCount("ar", 3, 0), new EmailLanguageCount("fr", 1, 1), new EmailLanguageCount("de", 0, 1)],
            counts);
    }

    [Fact]
    public void The_order_is_stable_for_equal_counts_and_merging_keeps_languages_apart()
    {
        var merged = EmailLanguages.Merge([new EmailLanguageCount("nl", 1), new EmailLanguageCount("ar", 1)], [new EmailLanguageCount("ar", 1), new EmailLanguageCount("de", 2)]);
        Assert.Equal([new EmailLanguageCount("ar", 2), new EmailLanguageCount("de", 2), new EmailLanguageCount("nl", 1)], merged);
        Assert.Equal(
            EmailLanguages.Ordered([new EmailLanguageCount("fr", 1), new EmailLanguageCount("es", 1), new EmailLanguageCount("en", 0, 1)]),
            EmailLanguages.Ordered([new EmailLanguageCount("es", 1), new EmailLanguageCount("en", 0, 1), new EmailLanguageCount("fr", 1)]));
        Assert.Equal(["en", "es", "fr"], EmailLanguages.Ordered([new EmailLanguageCount("fr", 1), new EmailLanguageCount("es", 1), new EmailLanguageCount("en", 0, 1)]).Select(c => c.Language));
    }

    [Fact]
    public async Task A_dry_run_counts_emails_and_digest_entries_per_language_as_the_real_run_queues_them()
    {
        Subscriber[] readers =
        [
            Immediate("en1", null), Immediate("en2", "en-GB"), Immediate("fr1", "fr"), Immediate("fr2", "fr-BE"), Immediate("ar1", "ar"),
            Immediate("fr3", "fr") with { Preferences = DeliveryPreferences.Default with { Email = new EmailSchedule(EmailFrequency.Daily, new TimeOnly(7, 0), DayOfWeek.Monday) } },
        ];
        var publisher = new RecordingPublisher();
        var ingestion = TestIngestions.Create(new InMemoryArticles(), new InMemoryLedger(), publisher, time, readers);

        var preview = await ingestion.IngestAsync(Story(1), dryRun: true, CancellationToken.None);
        var published = await ingestion.IngestAsync(Story(1), dryRun: false, CancellationToken.None);

        Assert.Equal([new EmailLanguageCount("en", 2), new EmailLanguageCount("fr", 2, 1), new EmailLanguageCount("ar", 1)], preview.EmailsByLanguage);
        Assert.Equal(preview.EmailsByLanguage, published.EmailsByLanguage);
        Assert.Equal((preview.Reach.EmailAlerts, preview.Reach.EmailDigestEntries), (preview.EmailsByLanguage!.Sum(c => c.Emails), preview.EmailsByLanguage!.Sum(c => c.DigestEntries)));
        // What was queued, read by its readers' language, is what the dry run counted.
        var language = readers.ToDictionary(r => r.Id, r => NewsAlerts.Core.Texts.TextLanguages.Of(r.Language));
        var queued = publisher.Batches.Where(b => b.Channel == Channel.Email).SelectMany(b => b.Recipients).GroupBy(r => language[r.SubscriberId]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(preview.EmailsByLanguage!.Where(c => c.Emails > 0).ToDictionary(c => c.Language, c => c.Emails), queued);
    }

    [Theory]
    [InlineData(NoticeKind.Withdrawn)]
    [InlineData(NoticeKind.Corrected)]
    public async Task A_follow_up_counts_its_emails_by_the_language_of_the_earlier_readers(NoticeKind kind)
    {
        var articles = new InMemoryArticles();
        articles.Saved["urn:test:1"] = Story(1);
        var ledger = new InMemoryLedger();
        foreach (var id in new[] { "en1", "fr1", "fr2", "ar1" })
        {
            ledger.Records.Enqueue(new LedgerRecord(id, LedgerState.Delivered, null, null));
        }

        Subscriber[] readers = [Immediate("en1", null), Immediate("fr1", "fr"), Immediate("fr2", "fr-CA"), Immediate("ar1", "ar")];
        var ingestion = TestIngestions.Create(articles, ledger, new Unreachable(), time, readers);

        var result = await ingestion.IngestAsync(Story(2) with { Notice = new ArticleNotice(kind, "Not as reported.") }, dryRun: true, CancellationToken.None);

        Assert.Equal(4, result.Reach.FollowUpEmails);
        Assert.Equal([new EmailLanguageCount("en", 1), new EmailLanguageCount("fr", 2), new EmailLanguageCount("ar", 1)], result.EmailsByLanguage);
    }

    private static Subscriber Reader(string id, string? language) => Samples.Subscriber(id) with { Language = language };

    // Each reads English (Languages), as the English story reaches only readers of English.
    private static Subscriber Immediate(string id, string? language) =>
        Samples.Subscriber(id, sms: ContactStatus.None) with { Phone = null, Language = language, Languages = ["en"], Preferences = DeliveryPreferences.AsItHappens };

    private Article Story(int version) =>
        new("urn:test:1", version, "Truce in Aleppo", "Talks resume.", null, "Example", "en", [], 3, null, time.GetUtcNow(), null);
}
