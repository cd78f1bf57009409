namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// A confirmation link pressed again after it worked leads to the preferences; asking for a new link when nothing waits
/// says nothing was sent; a rate-limited request for a new code says how long to wait and keeps the code form.
/// </summary>
public sealed class A_used_link_or_a_limit_never_leaves_a_person_stuck(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?>
    {
        ["RateLimits:ConfirmationsPerContact"] = "1",
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_confirmed_link_pressed_again_says_already_confirmed_and_opens_the_preferences()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var signUps = host.Services.GetRequiredService<SignUpService>();
        var started = await signUps.SignUpAsync(new SubscriberRequest($"again-{tag}@example.com", null, "UTC", [("Syria", false)], 2), CancellationToken.None);
        using var opened = await host.Client.GetAsync(new Uri(
            $"confirm?signUp={started.SignUp.Id}&token={Uri.EscapeDataString(started.EmailConfirmationToken!)}", UriKind.Relative));
        var button = HtmlForms.WithStep(await opened.Content.ReadAsStringAsync(), "email");
        var (first, _) = await HtmlForms.PostAsync(host.Client, button);

        var (again, againPage) = await HtmlForms.PostAsync(host.Client, button);
        var (manage, managePage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(againPage, "open"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("You’re already confirmed", System.Net.WebUtility.HtmlDecode(againPage), StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.SendNewLinkButton, againPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, manage.StatusCode);
        Assert.Contains($"again-{tag}@example.com", managePage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_a_new_link_when_nothing_waits_says_nothing_was_sent()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var signUps = host.Services.GetRequiredService<SignUpService>();
        var started = await signUps.SignUpAsync(new SubscriberRequest($"done-{tag}@example.com", null, "UTC", [("Syria", false)], 2), CancellationToken.None);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None)).Kind);
        var before = await signUps.FindAsync(started.SignUp.Id, CancellationToken.None);
        // A replaced or tampered link of the same sign-up still offers the new link; pressing it sends nothing.
        using var opened = await host.Client.GetAsync(new Uri($"confirm?signUp={started.SignUp.Id}&token=tampered", UriKind.Relative));
        var (refused, refusedPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(await opened.Content.ReadAsStringAsync(), "email"));

        var (resent, resentPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(refusedPage, "resend"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Contains(PageStrings.NothingToSendTitle, resentPage, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.NewLinkSentTitle, resentPage, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/signup?lang=en\">", resentPage, StringComparison.Ordinal);
        Assert.Equal(before!.Pending, (await signUps.FindAsync(started.SignUp.Id, CancellationToken.None))!.Pending);
    }

    [Fact]
    public async Task A_limited_request_for_a_new_code_says_how_long_to_wait_and_keeps_the_code_form()
    {
        var signUps = host.Services.GetRequiredService<SignUpService>();
        var started = await signUps.SignUpAsync(new SubscriberRequest(null, TestPhones.NewValid(), "UTC", [("Syria", false)], 2), CancellationToken.None);
        using var opened = await host.Client.GetAsync(new Uri($"confirm?signUp={started.SignUp.Id}", UriKind.Relative));
        var resend = HtmlForms.WithStep(await opened.Content.ReadAsStringAsync(), "resend");

        var (first, _) = await HtmlForms.PostAsync(host.Client, resend);
        var (limited, limitedPage) = await HtmlForms.PostAsync(host.Client, resend);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromHours(24), limited.Headers.RetryAfter?.Delta);
        Assert.Contains("Try again in about ", limitedPage, StringComparison.Ordinal);
        Assert.Matches("about (a minute|[0-9]+ (minutes|hours))", limitedPage);
        Assert.Equal("/confirm", HtmlForms.WithStep(limitedPage, "code").Action);
        Assert.Equal(started.SignUp.Id, HtmlForms.WithStep(limitedPage, "code").Hidden["signUp"]);
    }
}
