namespace NewsAlerts.Channels.Tests.FollowUps;

using MimeKit;
using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Channels.Tests.Support;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;

public sealed class Follow_ups_say_withdrawn_or_correction
{
    private static readonly Uri Link = new("https://nws.example/a1");
    private static readonly MailboxAddress From = new("NewsAlerts", "alerts@newsalerts.test");

    [Theory]
    [InlineData(NoticeKind.Withdrawn, "Withdrawn: Ceasefire agreed in Syria https://nws.example/a1")]
    [InlineData(NoticeKind.Corrected, "Correction: Ceasefire agreed in Syria https://nws.example/a1")]
    public void The_text_names_the_follow_up_instead_of_breaking_in_one_segment(NoticeKind kind, string expected)
    {
        var body = SmsText.Compose(FollowUp(kind, "Ceasefire agreed in Syria"), Link, isFirstMessage: false);

        Assert.Equal(expected, body.Text);
        Assert.Equal(1, body.Measure.Segments);
    }

    [Fact]
    public void A_long_headline_is_cut_so_the_follow_up_stays_one_segment()
    {
        var body = SmsText.Compose(FollowUp(NoticeKind.Withdrawn, string.Join(' ', Enumerable.Repeat("Ceasefire agreed in Syria", 12))), Link, isFirstMessage: true);

        Assert.StartsWith("Withdrawn: Ceasefire", body.Text, StringComparison.Ordinal);
        Assert.EndsWith(SmsText.OptOutWording, body.Text, StringComparison.Ordinal);
        Assert.Equal(1, body.Measure.Segments);
    }

    [Fact]
    public void The_withdrawal_email_says_when_gives_the_note_escaped_and_links_no_more_to_the_story()
    {
        var content = FollowUp(NoticeKind.Withdrawn, "<script>alert(1)</script> Truce", note: "Not <b>verified</b> & removed.");

        var message = AlertEmailComposer.Compose(Alerts.Email("r@example.test", content), From, DateTimeOffset.UnixEpoch);

        Assert.Equal("Withdrawn: <script>alert(1)</script> Truce", message.Subject);
        Assert.Contains("was withdrawn on Fri, Nov 27, 2026, 18:30 (UTC time)", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Not <b>verified</b> & removed.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Not &lt;b&gt;verified&lt;/b&gt; &amp; removed.", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("news.example/articles/1", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Breaking", message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
    }

    [Fact]
    public void The_correction_email_links_on_to_the_corrected_story()
    {
        var message = AlertEmailComposer.Compose(Alerts.Email("r@example.test", FollowUp(NoticeKind.Corrected, "Truce", note: "12, not 120.")), From, DateTimeOffset.UnixEpoch);

        Assert.Equal("Correction: Truce", message.Subject);
        Assert.Contains("was corrected on", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://news.example/articles/1", message.HtmlBody, StringComparison.Ordinal);
    }

    private static AlertContent FollowUp(NoticeKind kind, string headline, string note = "Not verified.") =>
        Alerts.Content(headline, urgency: 1) with { Notice = new ArticleNotice(kind, note), Summary = note };
}
