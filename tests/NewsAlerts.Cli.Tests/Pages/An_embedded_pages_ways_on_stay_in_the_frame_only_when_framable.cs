namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Pages.Layout;

/// <summary>
/// Audit s45 gap 1: an embedded answer's link or form opens inside the newsroom's frame only when it asks for the
/// embedded page (<c>embed=1</c>, the one page the embed origins may frame); any other opens the whole window.
/// </summary>
public sealed class An_embedded_pages_ways_on_stay_in_the_frame_only_when_framable
{
    [Theory]
    [InlineData("/signup?embed=1", true, false, null)]
    [InlineData("/signup?lang=fr&embed=1&topic=Syria", true, false, null)]
    [InlineData("/signup?embed=1#field-email", true, false, null)]
    [InlineData("/signup", true, false, "_top")]
    [InlineData("/signup?lang=en", true, false, "_top")]
    [InlineData("/signup?embed=0", true, false, "_top")]
    [InlineData("/signup?embed=10", true, false, "_top")]
    [InlineData("/signup?notembed=1", true, false, "_top")]
    [InlineData("/signup#embed=1", true, false, "_top")]
    [InlineData("/manage/link", true, false, "_top")]
    [InlineData("https://news.example/", true, false, "_top")]
    [InlineData("/manage/link", false, false, null)]
    [InlineData("/signup?embed=1", false, true, "_top")]
    [InlineData("/manage/link", false, true, "_top")]
    public void A_link_opens_in_the_frame_only_when_it_asks_for_the_embedded_page(string href, bool embedded, bool toTop, string? target) =>
        Assert.Equal(target, FrameTargets.ForLink(href, embedded, toTop));

    [Theory]
    [InlineData(true, "1", false, null)]
    [InlineData(true, "0", false, "_top")]
    [InlineData(true, null, false, "_top")]
    [InlineData(false, null, false, null)]
    [InlineData(true, "1", true, "_top")]
    public void A_form_opens_in_the_frame_only_when_it_posts_embed_1(bool embedded, string? embed, bool toTop, string? target)
    {
        KeyValuePair<string, string>[] hidden = [new("formToken", "t"), .. embed is null ? [] : new[] { new KeyValuePair<string, string>("embed", embed) }];

        Assert.Equal(target, FrameTargets.ForForm(hidden, embedded, toTop));
    }
}
