namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Pages.Forms;

public sealed class Forms_post_only_from_allowed_origins
{
    private static readonly string[] Allowed = ["https://alerts.example", "https://news.example:8443"];

    [Theory]
    [InlineData("https://alerts.example", null, null, true)]
    [InlineData("https://ALERTS.example", null, null, true)]
    [InlineData("https://news.example:8443", null, null, true)]
    [InlineData("https://news.example:8443", null, "cross-site", true)]
    [InlineData("https://news.example", null, null, false)]
    [InlineData("https://evil.example", null, null, false)]
    [InlineData("https://evil.example", null, "same-origin", false)]
    [InlineData("http://alerts.example", null, null, false)]
    [InlineData("not an origin", null, null, false)]
    [InlineData(null, "https://alerts.example/signup?embed=1", null, true)]
    [InlineData(null, "https://evil.example/page", null, false)]
    [InlineData(null, "https://alerts.example/signup", "cross-site", false)]
    [InlineData("https://evil.example", "https://alerts.example/signup", null, false)]
    public void A_named_origin_or_referer_must_be_allowed(string? origin, string? referer, string? fetchSite, bool allowed) =>
        Assert.Equal(allowed, Origins.MayPost(origin, referer, fetchSite, Allowed));

    [Theory]
    [InlineData(null, null)]
    [InlineData("null", null)]
    [InlineData("", null)]
    [InlineData("null", "cross-site")]
    [InlineData("null", "same-site")]
    [InlineData(null, "none")]
    public void A_post_that_names_no_origin_is_refused_unless_the_browser_says_it_is_same_origin(string? origin, string? fetchSite) =>
        Assert.Equal((false, true), (Origins.MayPost(origin, null, fetchSite, Allowed), Origins.MayPost(origin, null, "same-origin", Allowed)));

    [Fact]
    public void Settings_list_origins_and_report_what_is_not_one()
    {
        var origins = Origins.Parse("https://News.example/path, http://localhost:7071 ftp://x.example nonsense", out var invalid);

        Assert.Equal(["https://news.example", "http://localhost:7071"], origins);
        Assert.Equal(["ftp://x.example", "nonsense"], invalid);
    }

    [Fact]
    public void Pages_may_be_framed_only_by_the_embed_origins_and_otherwise_by_nobody()
    {
        Assert.EndsWith("frame-ancestors 'none'", ContentSecurity.For([]), StringComparison.Ordinal);
        Assert.EndsWith("frame-ancestors https://news.example https://b.example", ContentSecurity.For(["https://news.example", "https://b.example"]), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", ContentSecurity.For([]), StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", ContentSecurity.For([]), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_origin_settings_stop_start_up_naming_the_setting()
    {
        var result = new PageOptionsValidator().Validate(null, new PageOptions { AllowedOrigins = "https://ok.example", EmbedOrigins = "news.example" });

        Assert.True(result.Failed);
        Assert.Contains("Pages:EmbedOrigins", result.FailureMessage, StringComparison.Ordinal);
    }
}
