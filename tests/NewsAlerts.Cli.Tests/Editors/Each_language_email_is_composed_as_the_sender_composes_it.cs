namespace NewsAlerts.Cli.Tests.Editors;

using System.Security.Cryptography;
using MimeKit;
using NewsAlerts.Channels.Email;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Privacy;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Words;
using NewsAlerts.Matching.Explanations;
using NewsAlerts.Pages.Editor;

/// <summary>
/// Issue 17 review: the email preview was English only while the sender writes each reader's email in their language.
/// The preview composes an email per language with readers, with the sender's composer (<see cref="AlertEmailComposer"/>)
/// for a request in that language, the reason worded as the email channel words it (<see cref="ReasonWords"/>); English
/// alone, as an example, when nobody is emailed.
/// </summary>
public sealed class Each_language_email_is_composed_as_the_sender_composes_it
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static readonly AlertLinks Links = new(
        new AlertsOptions { PublicBaseUrl = new Uri("https://alerts.example.com/") }, new TokenSigner(RandomNumberGenerator.GetBytes(32), TimeProvider.System));

    private static readonly AlertContent Breaking = new("urn:story:17", "1", "Ceasefire agreed in Aleppo", "Talks resume.", new Uri("https://news.example/story"), "Example", 1, At);

    [Fact]
    public void Each_language_gets_the_senders_email_in_its_words()
    {
        var reason = MatchReasonText.Write(new MatchReason([new ReasonPart(ArticleField.Headline, "Ceasefire agreed in Aleppo", "aleppo")], 0));
        var counts = new[] { new EmailLanguageCount("en", 2), new EmailLanguageCount("fr", 1, 1), new EmailLanguageCount("ar", 3) };

        var preview = MessagePreviews.Of(Breaking, reason, Links, At, emails: counts);

        Assert.Equal(counts, preview.Emails.Select(e => e.Count));
        Assert.Equal("Urgent\u00a0: Ceasefire agreed in Aleppo", preview.Emails[1].Subject);
        Assert.StartsWith("عاجل", preview.Emails[2].Subject, StringComparison.Ordinal);
        Assert.Equal(3, preview.Emails.Select(e => e.Text).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(("French: 1 email, 1 digest entry", "Arabic: 3 emails"), (ConsoleWords.LanguageEmails(preview.Emails[1]), ConsoleWords.LanguageEmails(preview.Emails[2])));
    }

    // Readers as stored: full tags (pt-BR, fr-CA, a capitalised one) and time zones on both sides of UTC.
    public static TheoryData<string?, string> Readers() => new()
    {
        { null, "UTC" },
        { "en-GB", "Europe/London" },
        { "pt-BR", "America/Sao_Paulo" },
        { "fr-CA", "America/Toronto" },
        { "FR", "Europe/Paris" },
        { "ar", "Asia/Beirut" },
        { "de-AT", "Pacific/Auckland" },
    };

    /// <summary>
    /// Issue 17 review: the test above once compared the preview with itself. Here the "sent" side is what the real email
    /// channel (<see cref="AlertChannel.SendAsync"/>) asks the sender for, captured and composed as the sender composes
    /// it, for a reader with a full language tag and a time zone; the preview of that reader's language must read the
    /// same for a reader on a UTC clock; on the reader's own clock only the byline (date, time, zone) differs, as the
    /// preview shows UTC.
    /// </summary>
    [Theory]
    [MemberData(nameof(Readers))]
    public async Task The_preview_of_a_readers_language_is_the_email_the_channel_sends_them(string? tag, string timeZone)
    {
        var reason = MatchReasonText.Write(new MatchReason([new ReasonPart(ArticleField.Headline, "Ceasefire agreed in Aleppo", "aleppo")], 0));
        var reader = new Subscriber("reader-1", "reader@example.org", ContactStatus.Confirmed, null, ContactStatus.None, timeZone,
            [new Topic("t1", "Aleppo", false)], 2, At, Language: tag);
        var counts = EmailLanguages.Count([reader], []);
        var preview = Assert.Single(MessagePreviews.Of(Breaking, reason, Links, At, emails: counts).Emails);
        var sent = await SentAsync(reader);
        var onUtc = await SentAsync(reader with { TimeZone = "UTC" });

        // The same reader, language tag and reason on a UTC clock: the preview exactly (links signed afresh aside).
        Assert.Equal(TextLanguages.Of(tag), preview.Count.Language);
        Assert.Equal(onUtc.Subject, preview.Subject);
        Assert.Equal(Comparable(onUtc.TextBody, reader.Id), Comparable(preview.Text, MessagePreviews.ExampleSubscriber));
        Assert.Equal(Comparable(onUtc.HtmlBody, reader.Id), Comparable(preview.Html, MessagePreviews.ExampleSubscriber));

        // On their own clock, only the byline (second line: date, time and zone) differs from the preview.
        var sentLines = Comparable(sent.TextBody, reader.Id).Split('\n');
        var previewLines = Comparable(preview.Text, MessagePreviews.ExampleSubscriber).Split('\n');
        Assert.Equal(sent.Subject, preview.Subject);
        Assert.Equal(previewLines.Length, sentLines.Length);
        Assert.Equal([.. previewLines.Where((_, i) => i != 1)], sentLines.Where((_, i) => i != 1));
    }

    // What the real email channel asks the sender for the reader, captured and composed as the sender composes it.
    private static async Task<MimeMessage> SentAsync(Subscriber reader)
    {
        var capture = new CapturingEmailSender();
        var reason = MatchReasonText.Write(new MatchReason([new ReasonPart(ArticleField.Headline, "Ceasefire agreed in Aleppo", "aleppo")], 0));
        var outcome = await AlertChannel.For(Channel.Email).SendAsync(capture, null!, Links,
            new DeliveryBatch(Channel.Email, 1, Breaking, [new BatchRecipient(reader.Id, reason)]), new BatchRecipient(reader.Id, reason), reader, CancellationToken.None);
        Assert.Equal(SendStatus.Sent, outcome.Status);
        return AlertEmailComposer.Compose(Assert.Single(capture.Requests), new MailboxAddress("NewsAlerts", "alerts@example.org"), At);
    }

    // The links signed afresh and the reader's id taken out.
    private static string Comparable(string? body, string subscriberId) =>
        Unsigned(body).Replace(subscriberId, "{subscriber}", StringComparison.Ordinal);

    private sealed class CapturingEmailSender : IEmailSender
    {
        public List<EmailAlertRequest> Requests { get; } = [];

        public Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(SendOutcome.Sent($"captured-{Requests.Count}"));
        }
    }

    [Fact]
    public void With_nobody_emailed_the_english_email_is_shown_as_an_example()
    {
        var only = Assert.Single(MessagePreviews.Of(Breaking, "an example topic matched", Links, At).Emails);

        Assert.Equal(new EmailLanguageCount("en", 0), only.Count);
        Assert.Equal("Breaking: Ceasefire agreed in Aleppo", only.Subject);
        Assert.Equal("English (nobody is emailed; shown as an example)", ConsoleWords.LanguageEmails(only));
    }

    [Fact]
    public void A_contact_in_the_worded_reason_is_masked_with_the_countries_texted()
    {
        var email = Assert.Single(MessagePreviews.Of(Breaking, "call 06 12 34 56 78", Links, At, mask: new ContactMask(["FR"])).Emails);

        Assert.Contains("call 06 *********78", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("06 12 34 56 78", email.Text, StringComparison.Ordinal);
    }

    // Each link is signed afresh (its own nonce): the links' tokens are not compared.
    private static string Unsigned(string? body) =>
        System.Text.RegularExpressions.Regex.Replace((body ?? string.Empty).ReplaceLineEndings("\n"), @"\?token=[A-Za-z0-9%_.~\-]+", "?token=…");
}
