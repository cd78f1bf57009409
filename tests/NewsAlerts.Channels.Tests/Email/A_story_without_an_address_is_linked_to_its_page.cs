namespace NewsAlerts.Channels.Tests.Email;

using System.Security.Cryptography;
using MimeKit;
using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Tests.Support;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Security;

/// <summary>
/// Trial finding #8 (issue 16): an alert, breaking-news or correction email of a story without its own web address links
/// to the story's short link page in its HTML and its text part, as the email channel asks (<see cref="AlertLinks.Linked"/>);
/// a withdrawal links nowhere.
/// </summary>
public sealed class A_story_without_an_address_is_linked_to_its_page
{
    private static readonly MailboxAddress From = new("NewsAlerts", "alerts@newsalerts.test");

    private static readonly AlertLinks Links = new(
        new AlertsOptions { PublicBaseUrl = new Uri("https://alerts.example.com/") }, new TokenSigner(RandomNumberGenerator.GetBytes(32), TimeProvider.System));

    [Theory]
    [InlineData(5, null)]
    [InlineData(1, null)]
    [InlineData(5, "fr")]
    [InlineData(1, "ar")]
    public void The_html_and_the_text_part_link_the_story_page(int urgency, string? language)
    {
        var content = Alerts.Content(urgency: urgency) with { Url = null };
        var page = Links.ShortLink(content.ArticleId).AbsoluteUri;

        var message = AlertEmailComposer.Compose(Alerts.Email("r@example.test", Links.Linked(content)) with { Language = language }, From, DateTimeOffset.UnixEpoch);

        Assert.Contains($"href=\"{page}\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(page, message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_correction_links_the_story_page_and_a_withdrawal_links_nothing()
    {
        var content = Alerts.Content(urgency: 1) with { Url = null };
        var page = Links.ShortLink(content.ArticleId).AbsoluteUri;

        var corrected = AlertEmailComposer.Compose(
            Alerts.Email("r@example.test", Links.Linked(content with { Notice = new ArticleNotice(NoticeKind.Corrected, "Figures fixed") })), From, DateTimeOffset.UnixEpoch);
        var withdrawn = AlertEmailComposer.Compose(
            Alerts.Email("r@example.test", Links.Linked(content with { Notice = new ArticleNotice(NoticeKind.Withdrawn, "Not true") })), From, DateTimeOffset.UnixEpoch);

        Assert.Contains(page, corrected.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{page}\"", corrected.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/a/", withdrawn.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/a/", withdrawn.HtmlBody, StringComparison.Ordinal);
    }
}
