namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.History;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Manage;

public sealed class A_history_row_shows_where_its_story_stands_now
{
    private const string Id = "urn:test:truce";
    private static readonly Uri Received = new("https://news.example.com/truce-v1");
    private static readonly Uri Current = new("https://news.example.com/truce-v3");
    private static readonly string Notice = $"/api/a/{AlertLinks.ShortCode(Id)}";

    public static TheoryData<ReceivedKind, string> Keys => new()
    {
        { ReceivedKind.Alert, Id },
        { ReceivedKind.FollowUp, $"corrected:v2:{Id}" },
        { ReceivedKind.Digest, $"digest:20261130T0700Z|{Id}" },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task A_withdrawn_story_is_marked_and_links_only_to_its_notice(ReceivedKind kind, string key)
    {
        var html = await RenderAsync(Alert(kind, key), Story(NoticeKind.Withdrawn));

        Assert.Contains(PageStrings.HistoryWithdrawn, html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Notice}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Received.AbsoluteUri, html, StringComparison.Ordinal);
        Assert.DoesNotContain(Current.AbsoluteUri, html, StringComparison.Ordinal);
        Assert.Contains("<strong>Truce holds</strong>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task A_corrected_story_is_marked_and_links_to_its_current_version(ReceivedKind kind, string key)
    {
        var html = await RenderAsync(Alert(kind, key), Story(NoticeKind.Corrected));

        Assert.Contains(PageStrings.HistoryCorrected, html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Current.AbsoluteUri}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Notice}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Received.AbsoluteUri, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrected_story_without_a_url_links_to_its_note_page()
    {
        var row = HistoryRow.Of(Alert(ReceivedKind.Alert, Id), Story(NoticeKind.Corrected) with { Url = null });
        Assert.Equal(Notice, row.Link?.OriginalString);
        Assert.Contains($"href=\"{Notice}\"", await RenderAsync(row), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_story_that_stands_or_is_gone_links_as_received_unmarked(bool stored)
    {
        var html = await RenderAsync(Alert(ReceivedKind.Alert, Id), stored ? Story(null) : null);

        Assert.Contains($"href=\"{Received.AbsoluteUri}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.HistoryWithdrawn, html, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.HistoryCorrected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/a/", html, StringComparison.Ordinal);
    }

    // Trial finding #8 (issue 16): a story without its own web address (pasted ninjs without uri, a feed item without a
    // link) is linked to its short link page, as its text is; so is one whose address is not a web link.
    [Theory]
    [InlineData(null)]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://news.example.com/truce")]
    [InlineData("data:text/html,hi")]
    public async Task A_story_without_a_web_address_links_to_its_story_page(string? url)
    {
        var row = HistoryRow.Of(Alert(ReceivedKind.Alert, Id) with { Url = url is null ? null : new Uri(url) }, Story(null) with { Url = null });

        Assert.Equal(StoryStanding.Stands, row.Standing);
        Assert.Equal(Notice, row.Link?.OriginalString);
        Assert.Null(row.NoticeLink);
        var html = await RenderAsync(row);
        Assert.Contains($"href=\"{Notice}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_corrected_version_received_already_is_not_corrected_since()
    {
        // Issue 16: they received version 3, the correction itself; nothing changed since.
        var row = HistoryRow.Of(Alert(ReceivedKind.FollowUp, $"corrected:v3:{Id}") with { Version = 3 }, Story(NoticeKind.Corrected));
        Assert.Equal(StoryStanding.Stands, row.Standing);
        Assert.Null(row.NoticeLink);
    }

    [Fact]
    public void A_later_correction_whose_notice_repeats_the_one_received_is_corrected_since()
    {
        // Received version 2 (corrected, "note"); version 3 corrects again with the same note: versions tell, notices cannot.
        var row = HistoryRow.Of(Alert(ReceivedKind.FollowUp, $"corrected:v2:{Id}") with { Version = 2 }, Story(NoticeKind.Corrected));
        Assert.Equal(StoryStanding.Corrected, row.Standing);
        Assert.Equal(Current, row.Link);
    }

    [Fact]
    public void A_row_without_a_version_reads_as_the_first_one() =>
        Assert.Equal(1, Alert(ReceivedKind.Alert, Id).Version);

    [Fact]
    public void A_withdrawal_stays_marked_even_when_its_version_was_received() =>
        Assert.Equal(StoryStanding.Withdrawn, HistoryRow.Of(Alert(ReceivedKind.FollowUp, Id) with { Version = 3 }, Story(NoticeKind.Withdrawn)).Standing);

    private static ReceivedAlert Alert(ReceivedKind kind, string key) =>
        new("s1", new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), Channel.Email, kind, key, "Truce holds", "Wire", Received, "matched truce");

    private static Article Story(NoticeKind? notice) =>
        new(Id, 3, "Truce holds", "Body", null, "Wire", "en", [], 5, Current, DateTimeOffset.UnixEpoch, Notice: notice is { } kind ? new ArticleNotice(kind, "note") : null);

    private static Task<string> RenderAsync(ReceivedAlert alert, Article? current) => RenderAsync(HistoryRow.Of(alert, current));

    private static async Task<string> RenderAsync(HistoryRow row)
    {
        await using var templates = new RazorTemplates();
        return await templates.RenderAsync<HistoryItem>(new Dictionary<string, object?> { [nameof(HistoryItem.Row)] = row, [nameof(HistoryItem.TimeZone)] = "UTC" });
    }
}
