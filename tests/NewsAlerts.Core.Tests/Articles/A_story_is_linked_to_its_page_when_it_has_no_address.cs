namespace NewsAlerts.Core.Tests.Articles;

using System.Security.Cryptography;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Trial finding #8 (issue 16): a story without its own web address (pasted ninjs without <c>uri</c>, a feed item without
/// a link) was not linked in emails, digests or the history, though texts link its short link page. One function decides
/// a story's link (<see cref="StoryLinks.Of"/>): its web address, else that page.
/// </summary>
public sealed class A_story_is_linked_to_its_page_when_it_has_no_address
{
    private const string Id = "urn:newsalerts:console:no-uri";

    private static readonly AlertLinks Links = new(
        new AlertsOptions { PublicBaseUrl = new Uri("https://alerts.example.com/") }, new TokenSigner(RandomNumberGenerator.GetBytes(32), TimeProvider.System));

    private static readonly Uri Page = new($"https://alerts.example.com/api/a/{AlertLinks.ShortCode(Id)}");

    [Theory]
    [InlineData("https://news.example.com/truce", true)]
    [InlineData("http://news.example.com/truce", true)]
    [InlineData(null, false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("data:text/html,hi", false)]
    [InlineData("ftp://news.example.com/truce", false)]
    [InlineData("mailto:desk@news.example.com", false)]
    public void A_web_address_is_the_link_and_anything_else_gives_the_story_page(string? url, bool own)
    {
        var address = url is null ? null : new Uri(url);

        Assert.Equal(own ? address : Page, StoryLinks.Of(address, Page));
        Assert.Equal(own ? address : Page, Links.Story(Id, address));
    }

    [Fact]
    public void A_relative_address_is_not_a_web_link() =>
        Assert.Equal(Page, StoryLinks.Of(new Uri("/truce", UriKind.Relative), Page));

    [Fact]
    public void The_story_page_of_a_page_is_root_relative_and_names_the_short_code() =>
        Assert.Equal($"/api/a/{AlertLinks.ShortCode(Id)}", StoryLinks.PagePath(Id).OriginalString);

    [Theory]
    [InlineData(null)]
    [InlineData("javascript:alert(1)")]
    public void An_emailed_story_without_an_address_carries_its_page(string? url)
    {
        var content = new AlertContent(Id, "1", "Truce holds", "Summary", url is null ? null : new Uri(url), "Desk", 1, DateTimeOffset.UnixEpoch);

        Assert.Equal(Page, Links.Linked(content).Url);
        Assert.Equal(content with { Url = Page }, Links.Linked(content));
    }

    [Fact]
    public void A_digest_links_a_story_without_an_address_to_its_page_and_keeps_an_address_it_has()
    {
        var other = "urn:newsalerts:feed:with-link";
        var due = new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero);
        var batch = new DigestBatch("s1", due, [Id, other], 0);
        var entries = new[]
        {
            new DigestEntry("s1", due, Id, "t1", "matched", DateTimeOffset.UnixEpoch),
            new DigestEntry("s1", due, other, "t1", "matched", DateTimeOffset.UnixEpoch),
        };
        var articles = new Dictionary<string, Article>
        {
            [Id] = new(Id, 1, "Truce holds", "Body", null, "Desk", "en", [], 5, null, DateTimeOffset.UnixEpoch),
            [other] = new(other, 1, "Talks resume", "Body", null, "Wire", "en", [], 5, new Uri("https://news.example.com/talks"), DateTimeOffset.UnixEpoch),
        };

        var email = DigestComposer.Compose(batch, entries, articles, [new Topic("t1", "truce", false)], TimeZoneInfo.Utc, "fr", Links.ShortLink);

        var items = email.Sections.SelectMany(s => s.Items).ToDictionary(i => i.ArticleId);
        Assert.Equal(Page, items[Id].Url);
        Assert.Equal(new Uri("https://news.example.com/talks"), items[other].Url);
    }
}
