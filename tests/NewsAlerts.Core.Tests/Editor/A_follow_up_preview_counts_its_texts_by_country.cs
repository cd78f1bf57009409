namespace NewsAlerts.Core.Tests.Editor;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Tests.Articles;
using NewsAlerts.Core.Tests.Dispatch;
using NewsAlerts.Core.Tests.Feeds;

/// <summary>A retraction's or correction's dry run reports its follow-up texts by country, so the preview shows their cost.</summary>
public sealed class A_follow_up_preview_counts_its_texts_by_country
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(NoticeKind.Withdrawn)]
    [InlineData(NoticeKind.Corrected)]
    public async Task The_texts_to_earlier_recipients_are_counted_by_the_country_of_their_numbers(NoticeKind kind)
    {
        var articles = new InMemoryArticles();
        articles.Saved["urn:test:1"] = Version(1, null);
        var ledger = new InMemoryLedger();
        foreach (var id in new[] { "gb1", "gb2", "us1" })
        {
            ledger.Records.Enqueue(new LedgerRecord(id, LedgerState.Delivered, null, null));
        }

        NewsAlerts.Core.Subscribers.Subscriber[] subscribers =
        [
            Samples.Subscriber("gb1", smsWelcomed: true), Samples.Subscriber("gb2", smsWelcomed: true),
            Samples.Subscriber("us1", smsWelcomed: true) with { Phone = "+12025550143" },
        ];

        var result = await Ingestion(articles, ledger, subscribers).IngestAsync(Version(2, new ArticleNotice(kind, "Not as reported.")), dryRun: true, CancellationToken.None);

        Assert.Equal(3, result.Reach.FollowUpSms);
        Assert.Equal([new SmsCountryCount("GG", 44, 2, 0), new SmsCountryCount("US", 1, 1, 0)], result.SmsByCountry);
    }

    private static Article Version(int version, ArticleNotice? notice) =>
        new("urn:test:1", version, "Truce in Aleppo", "Talks resume.", null, "Example", "en", [], 3, null, DateTimeOffset.UnixEpoch, null, notice);

    private ArticleIngestion Ingestion(InMemoryArticles articles, InMemoryLedger ledger, NewsAlerts.Core.Subscribers.Subscriber[] subscribers) =>
        TestIngestions.Create(articles, ledger, new Unreachable(), time, subscribers);
}
