namespace NewsAlerts.Cli.Tests.Pages;

using System.Net;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Editor;
using NewsAlerts.Pages.Editor;

/// <summary>
/// Trial s44: in the console's list of stories, one published with neither a source nor a link (the console has no
/// source field; pasted ninjs may have no <c>uri</c>) could be told from the others only by its time. Each line shows
/// its headline and where it comes from: the source given, else its link's host (as alerts name it,
/// <see cref="ArticleSource"/>), else its short-link page, linked (<see cref="StoryLinks.Of"/>).
/// </summary>
public sealed class The_consoles_story_list_tells_stories_apart_without_a_source : IAsyncDisposable
{
    private readonly RazorTemplates templates = new();

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    [Fact]
    public async Task A_story_without_source_or_link_shows_its_headline_and_links_its_short_link_page()
    {
        var bare = new RecentArticle("urn:console:bare", 1, "Truce holds in Aleppo", 3, null, DateTimeOffset.UnixEpoch);
        var other = new RecentArticle("urn:console:other", 1, "Truce holds in Idlib", 3, null, DateTimeOffset.UnixEpoch);

        var html = WebUtility.HtmlDecode(await RenderAsync(bare, other));

        Assert.Contains("Truce holds in Aleppo", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{StoryLinks.PagePath(bare.ArticleId)}\">{ConsoleStrings.NoSourceLink}</a>", html, StringComparison.Ordinal);
        // Each its own page: the two lines link apart.
        Assert.NotEqual(StoryLinks.PagePath(bare.ArticleId), StoryLinks.PagePath(other.ArticleId));
        Assert.Contains($"<a href=\"{StoryLinks.PagePath(other.ArticleId)}\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Straits Times", null, "The Straits Times", "/api/a/")]
    [InlineData(null, "https://www.example.com/news/1", "example.com", "https://www.example.com/news/1")]
    [InlineData("  Reuters ", "https://news.example.org/a", "Reuters", "https://news.example.org/a")]
    [InlineData(null, "javascript:alert(1)", null, "/api/a/")]
    public void A_story_names_its_source_as_alerts_do_and_links_where_readers_find_it(string? source, string? url, string? shown, string linkStart)
    {
        var story = new RecentArticle("urn:console:named", 2, "Ceasefire", 3, null, DateTimeOffset.UnixEpoch, source, url is null ? null : new Uri(url));

        Assert.Equal(shown, story.SourceShown);
        Assert.StartsWith(linkStart, story.Link.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_with_a_source_shows_it_linked_to_its_own_address()
    {
        var story = new RecentArticle("urn:console:src", 1, "Ceasefire", 3, null, DateTimeOffset.UnixEpoch, "Agence", new Uri("https://agence.example/x"));

        var html = WebUtility.HtmlDecode(await RenderAsync(story));

        Assert.Contains("<a href=\"https://agence.example/x\">Agence</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(ConsoleStrings.NoSourceLink, html, StringComparison.Ordinal);
    }

    private Task<string> RenderAsync(params RecentArticle[] stories) =>
        templates.RenderAsync<RecentStories>(new Dictionary<string, object?> { [nameof(RecentStories.Stories)] = stories.ToList() });
}
