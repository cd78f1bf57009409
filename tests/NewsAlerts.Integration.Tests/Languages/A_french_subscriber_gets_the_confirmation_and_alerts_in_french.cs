namespace NewsAlerts.Integration.Tests.Languages;

using System.Net;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>
/// Through the real stack (local host, Dispatcher, smtp4dev): a subscriber who signs up in French gets the
/// confirmation email, the manage link and the alert in French, with times on their clock (issue 16, emails).
/// </summary>
[Collection("queues")]
public sealed class A_french_subscriber_gets_the_confirmation_and_alerts_in_french(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly string[] English = ["Why you got this", "Manage your alerts", "Unsubscribe", "Breaking", "Please confirm", "Confirm my subscription", " time)"];

    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack, runDispatcher: true);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task The_confirmation_the_manage_link_and_a_breaking_alert_arrive_in_french_on_paris_time()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var email = $"francais-{tag}@example.com";
        using var created = await Api.PostJsonAsync(stack.Host.Client, "api/subscribers", new
        {
            email,
            timeZone = "Europe/Paris",
            language = "fr",
            topics = new[] { new { text = "Syria", language = "en" } },
            preferences = new { email = new { frequency = "immediate" } },
        });
        Assert.True(created.StatusCode == HttpStatusCode.Accepted, (await Api.BodyAsync(created)).ToString());

        var confirmation = await stack.Inbox.WaitForAsync(email, CancellationToken.None);
        Assert.Equal("Confirmez votre abonnement à NewsAlerts", confirmation.Subject);
        Assert.Equal("fr", ContentLanguage(confirmation));
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", confirmation.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Veuillez confirmer que vous souhaitez recevoir des alertes", confirmation.TextBody, StringComparison.Ordinal);
        AssertNoEnglish(confirmation.TextBody + confirmation.HtmlBody);

        using var confirmed = await stack.Host.Client.PostAsync(SentLinks.ConfirmApiOf(confirmation.TextBody), null);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);

        await Editor.PublishAsync(stack.Host, Editor.SampleArticle($"urn:test:{tag}:fr", urgency: 1));
        // Confirmation, manage link, alert.
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(email, CancellationToken.None) == 3, "the alert email arrives");

        var messages = await stack.Inbox.ListMessagesAsync(email, CancellationToken.None);
        var manage = Assert.Single(messages, m => m.Subject == "Votre abonnement à NewsAlerts est confirmé");
        Assert.Contains("Gardez ce lien pour vous", manage.TextBody, StringComparison.Ordinal);
        AssertNoEnglish(manage.TextBody + manage.HtmlBody);

        var alert = Assert.Single(messages, m => m.Headers.Contains("List-Unsubscribe"));
        Assert.StartsWith("Urgent\u00a0: ", alert.Subject, StringComparison.Ordinal);
        Assert.Equal("fr", ContentLanguage(alert));
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", alert.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Pourquoi vous recevez ce message", alert.TextBody, StringComparison.Ordinal);
        Assert.Contains("Se désabonner", WebUtility.HtmlDecode(alert.HtmlBody), StringComparison.Ordinal);
        Assert.Contains("(fuseau horaire\u00a0: Paris)", alert.TextBody, StringComparison.Ordinal);
        AssertNoEnglish(alert.TextBody + alert.HtmlBody);
    }

    // A parser files Content-* headers with the body entity; the message's own list may have them too.
    private static string? ContentLanguage(MimeKit.MimeMessage message) =>
        message.Headers["Content-Language"] ?? message.Body?.Headers["Content-Language"];

    private static void AssertNoEnglish(string text)
    {
        foreach (var words in English)
        {
            Assert.DoesNotContain(words, text, StringComparison.Ordinal);
        }
    }
}
