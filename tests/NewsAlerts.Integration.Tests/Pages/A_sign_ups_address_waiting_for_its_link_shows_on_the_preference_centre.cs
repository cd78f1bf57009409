namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16, trial #5: a person signed up with an address and a number, confirmed the number by code first, and the
/// preference centre said "No email address yet." while the emailed link was unused and still good. It shows the
/// address waiting for its link, and "Send the link again" emails a new link that joins the address to them.
/// </summary>
public sealed class A_sign_ups_address_waiting_for_its_link_shows_on_the_preference_centre(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task The_address_waits_for_its_link_and_send_the_link_again_emails_one_that_joins_it()
    {
        var email = $"waiting-{Guid.NewGuid():N}@example.com";
        var signUps = stack.Host.Services.GetRequiredService<SignUpService>();
        var started = await signUps.SignUpAsync(new SubscriberRequest(email, TestPhones.NewValid(), "UTC", [("Syria", false)], 2), CancellationToken.None);
        var confirmed = await signUps.ConfirmSmsAsync(started.SignUp.Id, started.SmsCode!, CancellationToken.None);
        Assert.Equal(SignUpOutcomeKind.Confirmed, confirmed.Kind);

        var page = await stack.Host.Client.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(confirmed.ManageToken!)}", UriKind.Relative));
        var text = WebUtility.HtmlDecode(page);

        Assert.DoesNotContain(PageStrings.StatusNoEmail, text, StringComparison.Ordinal);
        Assert.Contains("w***@example.com", text, StringComparison.Ordinal);
        Assert.Contains("id=\"waiting-email\"", page, StringComparison.Ordinal);

        var before = await stack.Inbox.CountAsync(email, CancellationToken.None);
        var (sent, _) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(page, "resend"));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(email, CancellationToken.None) == before + 1, "a new link reaches the address");

        // The new link is the sign-up's: confirming it joins the address to the subscriber the number made.
        var resent = (await signUps.FindAsync(started.SignUp.Id, CancellationToken.None))!;
        Assert.NotEqual(started.SignUp.Pending.EmailNonce, resent.Pending.EmailNonce);
        Assert.Equal(confirmed.Subscriber!.Id, resent.SubscriberId);
    }
}
