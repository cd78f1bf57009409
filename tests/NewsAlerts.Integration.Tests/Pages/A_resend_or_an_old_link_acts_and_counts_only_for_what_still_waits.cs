namespace NewsAlerts.Integration.Tests.Pages;

using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Telemetry;
using NewsAlerts.Integration.Tests.Telemetry;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16: "send me a new link" on a sign-up whose address a newer sign-up confirmed, while its number still waited,
/// sent a link to the confirmed address as well as the code; and an older link whose address a newer sign-up confirmed
/// was counted both <c>refused</c> and <c>already_confirmed</c>. The resend goes only to the contact still waiting, and
/// each confirm request is counted once. Real stack: the host's pages, smtp4dev and the SMS sink.
/// </summary>
public sealed class A_resend_or_an_old_link_acts_and_counts_only_for_what_still_waits(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private SignUpStack stack = null!;

    public async Task InitializeAsync() => stack = await SignUpStack.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task A_resend_after_the_address_was_confirmed_elsewhere_sends_the_code_only()
    {
        var email = $"resend16-{Guid.NewGuid():N}@example.com";
        var phone = TestPhones.NewValid();
        var first = await SignUps.StartAsync(stack.SignUps, email, phone, "Syria");
        var second = await SignUps.StartAsync(stack.SignUps, email, null, "Syria", "Elections"); // an address-only sign-up of its own, newer
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await stack.SignUps.ConfirmEmailAsync(second.SignUp.Id, second.EmailConfirmationToken, CancellationToken.None)).Kind);
        var codePage = await stack.ConfirmPageAsync(first.SignUp.Id);

        var (resent, _) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "resend"));

        Assert.True(resent.IsSuccessStatusCode, $"{resent.StatusCode}"); // the client follows the 303 to the page of what was sent
        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count >= 1, "the new code arrives");
        // Nothing went to the address: a control message sent now is the only one there.
        Assert.Equal(1, await stack.SendManageLinkEmailAsync(second.SignUp.Id, email, "en"));
        var stored = (await stack.SignUps.FindAsync(first.SignUp.Id, CancellationToken.None))!;
        Assert.Null(stored.Pending.EmailNonce); // voided by the newer link, and not sent again
        Assert.NotNull(stored.Pending.SmsCodeHash);
    }

    [Fact]
    public async Task An_old_link_whose_address_was_confirmed_since_is_counted_once_as_already_confirmed()
    {
        using var measurements = new HostMeasurements(stack.Host.Services.GetRequiredService<IMeterFactory>());
        var email = $"counted16-{Guid.NewGuid():N}@example.com";
        var first = await SignUps.StartAsync(stack.SignUps, email, null, "Syria");
        var second = await SignUps.StartAsync(stack.SignUps, email, null, "Syria", "Elections");
        var button = await stack.Host.Client.GetStringAsync(
            new Uri($"confirm?signUp={first.SignUp.Id}&token={Uri.EscapeDataString(first.EmailConfirmationToken!)}", UriKind.Relative));
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await stack.SignUps.ConfirmEmailAsync(second.SignUp.Id, second.EmailConfirmationToken, CancellationToken.None)).Kind);

        var (pressed, page) = await HtmlForms.PostAsync(stack.Host.Client, Assert.Single(HtmlForms.Of(button)));

        Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        Assert.Contains(PageStrings.AlreadyConfirmedByNewerMessage, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(1, measurements.Sum("newsalerts.confirmations", (AlertTracing.Channel, "email"), (AlertTracing.Outcome, "already_confirmed")));
        Assert.Equal(0, measurements.Sum("newsalerts.confirmations", (AlertTracing.Channel, "email"), (AlertTracing.Outcome, "refused")));
    }
}
