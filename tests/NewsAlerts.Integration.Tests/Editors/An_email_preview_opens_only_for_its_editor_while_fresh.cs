namespace NewsAlerts.Integration.Tests.Editors;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Functions.EditorConsole;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Testing;

/// <summary>
/// The reach preview frames its email from <c>/editor/preview/email?id=</c>: the id hides the unpublished story, the
/// email comes with its own policy (sandboxed, inline styles only, framed by this app only), and the id opens only for
/// the editor it was issued to, unaltered and unexpired.
/// </summary>
public sealed partial class An_email_preview_opens_only_for_its_editor_while_fresh(StackFixture fixture)
    : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() =>
        host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_preview_frames_the_email_from_its_own_address_under_its_own_policy()
    {
        var headline = $"Embargoed quake report {Guid.NewGuid():N}";
        using var erin = Browser("Erin");
        var console = await erin.GetStringAsync(new Uri("editor", UriKind.Relative));
        var publish = HtmlForms.Of(console).Single(f => f.Action == "/editor/preview");

        var (preview, page) = await HtmlForms.PostAsync(erin, publish, [new("headline", headline), new("body", "Shaking was felt downtown."), new("urgency", "3")]);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("frame-src 'self'", preview.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var source = WebUtility.HtmlDecode(FrameSource().Match(page).Groups["src"].Value);
        Assert.StartsWith($"{EmailPreviewFunction.Path}?id=", source, StringComparison.Ordinal);
        Assert.DoesNotContain("quake", source, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("srcdoc", page, StringComparison.Ordinal);

        using var email = await erin.GetAsync(new Uri(source.TrimStart('/'), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, email.StatusCode);
        Assert.Equal(EmailPreviewFunction.ContentSecurityPolicy, email.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("text/html", email.Content.Headers.ContentType?.MediaType);
        Assert.Contains(WebUtility.HtmlEncode(headline), await email.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var mallory = Browser("Mallory");
        using var foreign = await mallory.GetAsync(new Uri(source.TrimStart('/'), UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.DoesNotContain("quake", await foreign.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var id = Uri.UnescapeDataString(source[(source.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var altered = id[..^2] + (id[^2] == 'A' ? 'B' : 'A') + id[^1];
        using var tampered = await erin.GetAsync(new Uri($"editor/preview/email?id={Uri.EscapeDataString(altered)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);

        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.Client.BaseAddress };
        using var signedOut = await anonymous.GetAsync(new Uri(source.TrimStart('/'), UriKind.Relative));
        Assert.Equal(HttpStatusCode.SeeOther, signedOut.StatusCode);
    }

    [Fact]
    public async Task An_expired_id_opens_nothing()
    {
        var alerts = host.Services.GetRequiredService<IOptions<AlertsOptions>>();
        var past = new EmailPreviewTickets(alerts, new ShiftedClock { Offset = -(EmailPreviewTickets.Lifetime + TimeSpan.FromMinutes(1)) });
        var erinEditor = host.Services.GetRequiredService<EditorSessions>().Verify(host.Services.GetRequiredService<EditorSessions>().Issue("Erin"))!;
        var content = new AlertContent("urn:test:expired", "1", "Old news", "Summary", null, null, 3, DateTimeOffset.UtcNow);
        var expired = past.Issue(erinEditor, new EmailPreviewTicket(content, "a test", DateTimeOffset.UtcNow));
        var fresh = new EmailPreviewTickets(alerts, TimeProvider.System).Issue(erinEditor, new EmailPreviewTicket(content, "a test", DateTimeOffset.UtcNow));
        using var erin = Browser("Erin");

        using var old = await erin.GetAsync(new Uri(EmailPreviewFunction.Source(expired).TrimStart('/'), UriKind.Relative));
        using var ok = await erin.GetAsync(new Uri(EmailPreviewFunction.Source(fresh).TrimStart('/'), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Contains("Old news", await ok.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private HttpClient Browser(string name) => ConsoleEditor.Browser(host, name);

    [GeneratedRegex("<iframe[^>]*class=\"email-frame\"[^>]*src=\"(?<src>[^\"]+)\"")]
    private static partial Regex FrameSource();
}
