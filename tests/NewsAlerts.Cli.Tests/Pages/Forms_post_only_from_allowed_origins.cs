namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Pages.Forms;

public sealed class Forms_post_only_from_allowed_origins
{
    private static readonly string[] Allowed = ["https://alerts.example", "https://news.example:8443"];

    [Theory]
    [InlineData("https://alerts.example", null, true)]
    [InlineData("https://ALERTS.example", null, true)]
    [InlineData("https://news.example:8443", null, true)]
    [InlineData("https://news.example", null, false)]
    [InlineData("https://evil.example", null, false)]
    [InlineData("http://alerts.example", null, false)]
    [InlineData("not an origin", null, false)]
    [InlineData(null, "https://alerts.example/signup?embed=1", true)]
    [InlineData(null, "https://evil.example/page", false)]
    [InlineData("https://evil.example", "https://alerts.example/signup", false)]
    public void A_named_origin_or_referer_must_be_allowed(string? origin, string? referer, bool allowed) =>
        Assert.Equal(allowed, Origins.MayPost(origin, referer, Allowed));

    [Theory]
    [InlineData(null)]
    [InlineData("null")]
    [InlineData("")]
    public void A_post_that_names_no_origin_is_left_to_the_form_token(string? origin) =>
        Assert.True(Origins.MayPost(origin, null, Allowed));

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
