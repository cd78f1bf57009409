namespace NewsAlerts.Cli.Tests.Dev;

using System.Text.Json;
using NewsAlerts.Cli.Dev;

/// <summary>
/// Audit s45 gap 11: the <c>dev</c> banner's sign-up line was printed but only <c>--once</c>'s JSON was asserted, and
/// the banner said nothing about the embedded sign-up (<c>Pages:EmbedOrigins</c>): which origins may frame it, or how to
/// try it when none may.
/// </summary>
public sealed class The_banner_names_the_sign_up_page_and_the_embed
{
    private static readonly Dictionary<string, string> Urls = new()
    {
        ["functions"] = "http://127.0.0.1:7071/api/",
        ["health"] = "http://127.0.0.1:7071/api/health",
        ["signUp"] = "http://127.0.0.1:7071/signup",
        ["editorConsole"] = "http://127.0.0.1:7071/editor",
        ["emailInbox"] = "http://127.0.0.1:5000/",
        ["smsSink"] = "http://127.0.0.1:5100/sink/messages",
        ["smsReplies"] = "http://127.0.0.1:5100/sink/inbound",
        ["storage"] = "UseDevelopmentStorage=true",
        ["dataDirectory"] = "/tmp/data",
        ["feedServer"] = "http://127.0.0.1:5200/",
    };

    [Theory]
    [InlineData(null, "  Embedded sign-up none: set Pages:EmbedOrigins=<your site> to try /signup?embed=1 in an iframe")]
    [InlineData("", "  Embedded sign-up none: set Pages:EmbedOrigins=<your site> to try /signup?embed=1 in an iframe")]
    [InlineData("not-an-origin", "  Embedded sign-up none: set Pages:EmbedOrigins=<your site> to try /signup?embed=1 in an iframe")]
    [InlineData("https://News.example/", "  Embedded sign-up http://127.0.0.1:7071/signup?embed=1 may be framed by https://news.example")]
    [InlineData("https://a.example, http://127.0.0.2:8080", "  Embedded sign-up http://127.0.0.1:7071/signup?embed=1 may be framed by https://a.example http://127.0.0.2:8080")]
    public async Task The_banner_prints_the_sign_up_line_then_the_embed_line(string? embedOrigins, string embedLine)
    {
        using var output = new StringWriter();
        using var body = JsonDocument.Parse("""{"status":"Healthy"}""");

        await DevBanner.WriteAsync(output, Urls, new HealthProbe.Result(200, body.RootElement), demo: null, embedOrigins);

        var lines = output.ToString().Split(Environment.NewLine);
        var signUp = Array.IndexOf(lines, "  Sign-up page     http://127.0.0.1:7071/signup");
        Assert.True(signUp >= 0, output.ToString());
        Assert.Equal(embedLine, lines[signUp + 1]);
    }
}
