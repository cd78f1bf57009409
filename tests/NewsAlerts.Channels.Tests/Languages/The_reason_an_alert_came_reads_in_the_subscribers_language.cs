namespace NewsAlerts.Channels.Tests.Languages;

using System.Security.Cryptography;
using MimeKit;
using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Matching;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Issue 16: the "why you got this" line was English in every email. The reason the matcher gives goes through the
/// email channel as it does in the dispatcher and is worded in the subscriber's language in the alert and the digest.
/// </summary>
public sealed class The_reason_an_alert_came_reads_in_the_subscribers_language : IAsyncLifetime
{
    private static readonly MailboxAddress From = new("NewsAlerts", "alerts@newsalerts.test");
    private static readonly DateTimeOffset Published = new(2026, 12, 1, 13, 5, 0, TimeSpan.Zero);
    private static readonly Article Story = new(
        "urn:a1", 1, "Leaders agree truce in Gaza", "Negotiators met for a week.", null, "Reuters", "en", [], 1, new Uri("https://nws.example/a1"), Published);

    private readonly RazorTemplates templates = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await templates.DisposeAsync();

    [Theory]
    [InlineData("fr", "«\u00a0ceasefire\u00a0» (sous la forme «\u00a0truce\u00a0») dans le titre\u00a0: «\u00a0Leaders agree truce in Gaza\u00a0»\u00a0; source\u00a0: Reuters")]
    [InlineData("ar", "”ceasefire“ (بصيغة ”truce“) في العنوان: ”Leaders agree truce in Gaza“؛ المصدر: Reuters")]
    [InlineData("en", "“ceasefire” (as “truce”) in the headline: “Leaders agree truce in Gaza”; from Reuters")]
    public async Task An_alert_email_says_why_in_the_subscribers_language(string language, string why)
    {
        var request = await RequestAsync(language);

        var message = AlertEmailComposer.Compose(request, From, Published);

        Assert.Contains(why, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(why, System.Net.WebUtility.HtmlDecode(message.HtmlBody), StringComparison.Ordinal);
        if (language != "en")
        {
            Alert_and_digest_emails_are_written_in_the_subscribers_language.AssertWritten(message, language);
            Assert.DoesNotContain("in the headline", message.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("from Reuters", message.TextBody, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("fr", "«\u00a0ceasefire\u00a0» (sous la forme «\u00a0truce\u00a0») dans le titre")]
    [InlineData("ar", "”ceasefire“ (بصيغة ”truce“) في العنوان")]
    public async Task A_digest_says_why_each_story_came_in_the_subscribers_language(string language, string why)
    {
        var reason = Assert.Single(Matcher(language).Match(Story)).Reason;
        var zone = NewsAlerts.Core.Policy.LocalClock.Zone("Europe/Paris");
        var entries = new[] { new DigestEntry("sub-1", Published.AddHours(10), Story.Id, "t1", reason, Published) };
        var email = DigestComposer.Compose(DigestBatches.Of(entries).Single(), entries, new Dictionary<string, Article> { [Story.Id] = Story }, [new Topic("t1", "ceasefire AND source:Reuters", false, "en")], zone, language);
        var request = new DigestEmailRequest("sub-1", "r@example.test", email, new Uri("https://alerts.example/manage?token=m.sig"), new Uri("https://alerts.example/unsubscribe?token=u.sig"), "d|sub-1", language);

        var message = await new DigestEmailComposer(templates).ComposeAsync(request, From, Published);

        Assert.Contains(why, message.TextBody, StringComparison.Ordinal);
        Alert_and_digest_emails_are_written_in_the_subscribers_language.AssertWritten(message, language);
    }

    private static SubscriberMatcher Matcher(string language)
    {
        var matcher = new SubscriberMatcher();
        matcher.Upsert(new Subscriber("sub-1", "r@example.test", ContactStatus.Confirmed, null, ContactStatus.None, "Europe/Paris",
            [new Topic("t1", "ceasefire AND source:Reuters", false, "en")], 2, Published, Language: language)); // an English topic on an English story
        return matcher;
    }

    // The matcher's reason, planned into a batch and handed to the email channel as the dispatcher does.
    private static async Task<EmailAlertRequest> RequestAsync(string language)
    {
        var matcher = Matcher(language);
        var match = Assert.Single(matcher.Match(Story));
        var recipient = new BatchRecipient(match.Subscriber.Id, match.Reason);
        var content = new AlertContent(Story.Id, "1", Story.Headline, Story.Body, Story.Url, Story.Source, Story.Urgency, Published);
        var batch = BatchPacking.Pack(Channel.Email, [recipient], content, 250).Single();
        var links = new AlertLinks(new AlertsOptions { PublicBaseUrl = new Uri("https://alerts.example.com/") }, new TokenSigner(RandomNumberGenerator.GetBytes(32), TimeProvider.System));
        var sender = new Capture();
        await AlertChannel.Email.SendAsync(sender, null!, links, batch, recipient, match.Subscriber, CancellationToken.None);
        return Assert.Single(sender.Requests);
    }

    private sealed class Capture : IEmailSender
    {
        public List<EmailAlertRequest> Requests { get; } = [];

        public Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(SendOutcome.Sent("m1"));
        }
    }
}
