namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Channels.Confirmation;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;
using NewsAlerts.Functions.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Review of s35-again16 (issue 16): the change email is worded from two reads of the subscriber store; when they
/// failed, only a confirmed address's sign-up failed (a 500). Now a failure of those reads words the email as any
/// address's confirmation and it is sent: no error, and what is answered is what a new address gets. The failure is
/// real: the subscriber store (Table storage on Azurite) is reached through a proxy that throws on its next call.
/// </summary>
public sealed class A_store_failure_while_wording_a_sign_up_email_sends_the_confirmation(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;
    private SignUpService signUps = null!;
    private ConfirmationMessages failing = null!;
    private A_failure_while_joining_gives_the_link_or_code_back.FailingOnce proxy = null!;

    public async Task InitializeAsync()
    {
        stack = await HostedStack.StartAsync(fixture.Stack);
        signUps = stack.Host.Services.GetRequiredService<SignUpService>();
        var store = DispatchProxy.Create<ISubscriberStore, A_failure_while_joining_gives_the_link_or_code_back.FailingOnce>();
        proxy = (A_failure_while_joining_gives_the_link_or_code_back.FailingOnce)(object)store;
        proxy.Inner = stack.Host.Services.GetRequiredService<ISubscriberStore>();
        var wording = ActivatorUtilities.CreateInstance<ConfirmationWording>(stack.Host.Services, ActivatorUtilities.CreateInstance<SignUpService>(stack.Host.Services, store));
        failing = ActivatorUtilities.CreateInstance<ConfirmationMessages>(stack.Host.Services, ActivatorUtilities.CreateInstance<ConfirmationSending>(stack.Host.Services, wording));
    }

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task A_confirmed_address_whose_state_cannot_be_read_gets_the_confirmation_and_nothing_fails()
    {
        var email = $"again16-wording-fails-{Guid.NewGuid():N}@example.com";
        var first = await signUps.SignUpAsync(new SubscriberRequest(email, null, "UTC", [("Zanzibar", false)], 2), CancellationToken.None);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmEmailAsync(first.SignUp.Id, first.EmailConfirmationToken, CancellationToken.None)).Kind);
        var again = await signUps.SignUpAsync(new SubscriberRequest(email, null, "UTC", [("Comoros", false)], 2), CancellationToken.None);

        proxy.Armed = true;
        var notSent = await failing.SendAsync(again, CancellationToken.None);

        Assert.False(proxy.Armed); // the store was asked, and failed
        Assert.Empty(notSent);
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(email, CancellationToken.None) >= 1, "the email arrives");
        var sent = Assert.Single(await stack.Inbox.ListMessagesAsync(email, CancellationToken.None));
        Assert.Equal(EmailTexts.Of(EmailText.ConfirmSubject, "en", AccountEmails.ServiceName), sent.Subject);
    }
}
