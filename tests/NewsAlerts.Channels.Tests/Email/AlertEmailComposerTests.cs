namespace NewsAlerts.Channels.Tests.Email;

using MimeKit;
using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Tests.Support;

public sealed class AlertEmailComposerTests
{
    private static readonly MailboxAddress From = new("NewsAlerts", "alerts@newsalerts.test");
    private static readonly DateTimeOffset Composed = new(2026, 11, 30, 8, 15, 0, TimeSpan.Zero);

    [Fact]
    public void A_non_web_article_url_never_becomes_a_link()
    {
        var content = Alerts.Content(urgency: 5) with { Url = new Uri("javascript:alert(1)") };

        var message = AlertEmailComposer.Compose(Alerts.Email("r@example.test", content), From, Composed);

        Assert.DoesNotContain("javascript:", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", message.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Ceasefire agreed in Syria after talks in Geneva", message.Subject);
    }

    [Theory]
    [InlineData("Europe/Paris", "Fri, Nov 27, 2026, 19:30 (Paris time)")]
    [InlineData("America/New_York", "Fri, Nov 27, 2026, 13:30 (New York time)")]
    [InlineData("Asia/Kolkata", "Sat, Nov 28, 2026, 00:00 (Kolkata time)")]
    [InlineData(null, "Fri, Nov 27, 2026, 18:30 (UTC time)")]
    [InlineData("Not/AZone", "Fri, Nov 27, 2026, 18:30 (UTC time)")]
    public void The_publication_time_is_shown_on_the_subscribers_clock(string? timeZone, string expected)
    {
        var message = AlertEmailComposer.Compose(Alerts.Email("r@example.test") with { TimeZone = timeZone }, From, Composed);

        Assert.Contains($"The Example Times · {expected}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains(expected, message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(Composed, message.Date);
    }

    [Fact]
    public void An_idempotency_key_that_is_not_a_dot_atom_is_hashed_into_the_message_id()
    {
        var id = AlertEmailComposer.MessageId("article 1|sub@x|email", "newsalerts.test");

        Assert.Matches("^alert\\.[0-9a-f]{64}@newsalerts\\.test$", id);
        Assert.Equal(id, AlertEmailComposer.MessageId("article 1|sub@x|email", "newsalerts.test"));
    }
}
