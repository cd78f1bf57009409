namespace NewsAlerts.Channels.Tests.Email;

using System.Net;
using MimeKit;
using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Tests.Support;

public sealed class Alert_email_html_is_a_razor_component
{
    private static readonly MailboxAddress From = new("NewsAlerts", "alerts@newsalerts.test");

    [Fact]
    public void A_hostile_headline_source_and_reason_arrive_escaped_everywhere_in_the_html()
    {
        var content = Alerts.Content("\"><img src=x onerror=alert(1)> <script>alert('x')</script>", urgency: 1) with
        {
            Source = "<iframe src=//evil>",
            Summary = "</p><style>body{display:none}</style>",
        };
        var request = Alerts.Email("r@example.test", content) with { MatchReason = "<a href=//evil>click</a>" };

        var html = AlertEmailComposer.Compose(request, From, DateTimeOffset.UnixEpoch).HtmlBody;

        foreach (var raw in new[] { "<img", "<script", "<iframe", "<style", "<a href=//evil" })
        {
            Assert.DoesNotContain(raw, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Breaking news", html, StringComparison.Ordinal);
        Assert.Contains("<title>Breaking: &quot;&gt;&lt;img", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headlines_in_any_script_read_the_same_once_decoded_and_the_links_are_kept()
    {
        var request = Alerts.Email("r@example.test", Alerts.Content("停火协议在叙利亚达成 — «Trêve» à Alep", urgency: 5));

        var html = AlertEmailComposer.Compose(request, From, DateTimeOffset.UnixEpoch).HtmlBody;

        Assert.Contains("<h1>停火协议在叙利亚达成 — «Trêve» à Alep</h1>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("href=\"https://news.example/articles/1\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://alerts.example/unsubscribe?token=abc.def\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Breaking news", html, StringComparison.Ordinal);
    }
}
