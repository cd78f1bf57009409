namespace NewsAlerts.Core.Tests.History;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.History;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Words;
using NewsAlerts.Matching.Explanations;

/// <summary>
/// Issue 16: digest rows of the 30-day history kept the language of the day the digest went, while alert rows follow
/// the language a person has now (their reason is stored as a value and worded when shown). A digest's row now stores
/// the reason value too; a row stored before keeps reading as it did.
/// </summary>
public sealed class A_digest_row_follows_the_readers_language_as_an_alert_row_does
{
    private static readonly DateTimeOffset Seven = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);
    private static readonly string Stored = MatchReasonText.Write(new MatchReason([new ReasonPart(ArticleField.Headline, "Truce holds", "ceasefire")], 0));

    [Fact]
    public void A_digest_sent_in_english_reads_in_french_once_the_reader_chose_french()
    {
        var entries = new[] { new DigestEntry("s1", Seven, "urn:truce", "t1", Stored, Seven.AddHours(-2)) };
        var articles = new Dictionary<string, Article>
        {
            ["urn:truce"] = new("urn:truce", 1, "Truce holds", "Body", null, "Wire", "en", [], 5, new Uri("https://news.example/truce"), Seven.AddHours(-2)),
        };
        var email = DigestComposer.Compose(DigestBatches.Of(entries).Single(), entries, articles, [new Topic("t1", "ceasefire", false)], TimeZoneInfo.Utc, "en");

        var row = Assert.Single(AlertHistory.Of(email, Seven));

        Assert.Equal("“ceasefire” in the headline: “Truce holds”", email.Sections[0].Items[0].Reason);
        Assert.Equal(Stored, row.Reason);
        Assert.Equal(ReasonWords.Of(Stored, "fr"), ReasonWords.Of(row.Reason, "fr"));
        Assert.Contains("dans le titre", ReasonWords.Of(row.Reason, "fr"), StringComparison.Ordinal);
        Assert.DoesNotContain("headline", ReasonWords.Of(row.Reason, "fr"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_digest_row_stored_before_keeps_its_words()
    {
        var old = new ReceivedAlert("s1", Seven, Delivery.Channel.Email, ReceivedKind.Digest, "d|urn:truce", "Truce holds", "Wire", null, "« trêve » dans le titre");

        Assert.Equal("« trêve » dans le titre", ReasonWords.Of(old.Reason, "en"));
    }

    [Fact]
    public void A_digest_item_without_a_stored_reason_keeps_the_digests_words()
    {
        var email = new DigestEmail("s1", Seven, [new DigestSection("ceasefire", [new DigestItem("urn:truce", "Truce holds", null, "now", "worded", null)])], 0);

        Assert.Equal("worded", Assert.Single(AlertHistory.Of(email, Seven)).Reason);
    }
}
