namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

public sealed class Hostile_values_come_out_escaped(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private const string Script = "<script>alert(1)</script>";

    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Topics_with_markup_quotes_and_script_urls_are_shown_as_text_in_the_preference_centre()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var hostile = $"\"{Script}\"";
        var confirmed = await SignUps.ConfirmedAsync(host, new SubscriberRequest(
            $"hostile-{tag}@example.com", null, "UTC", [(hostile, false), ("\"javascript:alert(1)\"", false)], 2));

        var html = await host.Client.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}", UriKind.Relative));

        AssertEscaped(html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_hostile_sign_up_shown_again_with_its_errors_keeps_every_value_inert()
    {
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();

        var (_, html) = await HtmlForms.PostAsync(host.Client, form,
            [new("email", $"\"><script>alert(1)</script>@x"), new("phone", "javascript:alert(1)"), new("topics", $"{Script}\n\"unclosed {Script}"), new("timeZone", $"\"{Script}")]);

        AssertEscaped(html);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hostile_embed_topic_and_confirm_link_are_escaped()
    {
        using var embed = await host.Client.GetAsync(new Uri($"signup?embed=1&topic={Uri.EscapeDataString("</textarea>" + Script)}", UriKind.Relative));
        using var confirm = await host.Client.GetAsync(new Uri($"confirm?signUp=u{Guid.NewGuid():N}&token={Uri.EscapeDataString("\"><b>x" + Script)}", UriKind.Relative));
        using var badId = await host.Client.GetAsync(new Uri($"confirm?signUp={Uri.EscapeDataString("\"><b>x")}&token=x", UriKind.Relative));
        var embedHtml = await embed.Content.ReadAsStringAsync();
        var confirmHtml = await confirm.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, embed.StatusCode);
        AssertEscaped(embedHtml);
        Assert.Contains("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;", embedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        AssertEscaped(confirmHtml);
        Assert.Contains("&quot;&gt;&lt;b&gt;x&lt;script&gt;alert(1)&lt;/script&gt;", confirmHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, badId.StatusCode);
        AssertEscaped(await badId.Content.ReadAsStringAsync());
    }

    // The only scripts are the page's own external one; no value opens a tag.
    private static void AssertEscaped(string html)
    {
        Assert.DoesNotContain(Script, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.OrdinalIgnoreCase);
    }
}
