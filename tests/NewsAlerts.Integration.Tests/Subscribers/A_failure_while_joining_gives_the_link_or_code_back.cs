namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Review of s31: a link or code is claimed before its sign-up joins a subscriber; when the join failed (a storage
/// error, say) the claim stayed, so the person got an error and then "used or replaced" (for a code, "a newer code was
/// sent") for ever. A failure while joining gives the link or code back as it was read, and trying again confirms.
/// The failure is real: the subscriber store (Table storage on Azurite) is reached through a proxy that throws on its
/// first call after the test arms it.
/// </summary>
public sealed class A_failure_while_joining_gives_the_link_or_code_back(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;
    private SignUpService signUps = null!;
    private SignUpService failing = null!;
    private FailingOnce proxy = null!;

    public async Task InitializeAsync()
    {
        host = await TestFunctionHost.StartAsync(fixture.Stack);
        signUps = host.Services.GetRequiredService<SignUpService>();
        var store = DispatchProxy.Create<ISubscriberStore, FailingOnce>();
        proxy = (FailingOnce)(object)store;
        proxy.Inner = host.Services.GetRequiredService<ISubscriberStore>();
        failing = ActivatorUtilities.CreateInstance<SignUpService>(host.Services, store);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_link_whose_join_failed_confirms_when_tried_again()
    {
        var started = await signUps.SignUpAsync(new SubscriberRequest($"join-fails-{Guid.NewGuid():N}@example.com", null, "UTC", [("Syria", false)], 2), CancellationToken.None);

        proxy.Armed = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.ConfirmEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None));

        Assert.False(proxy.Armed);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None)).Kind);
    }

    [Fact]
    public async Task A_code_whose_join_failed_confirms_when_entered_again()
    {
        var started = await signUps.SignUpAsync(new SubscriberRequest(null, TestPhones.NewValid(), "UTC", [("Syria", false)], 2), CancellationToken.None);

        proxy.Armed = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.ConfirmSmsAsync(started.SignUp.Id, started.SmsCode, CancellationToken.None));

        Assert.False(proxy.Armed);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmSmsAsync(started.SignUp.Id, started.SmsCode, CancellationToken.None)).Kind);
    }

    /// <summary>Passes every call to <see cref="Inner"/>, except the first one after <see cref="Armed"/> is set, which throws.</summary>
    public class FailingOnce : DispatchProxy
    {
        public ISubscriberStore Inner { get; set; } = null!;

        public volatile bool Armed;

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            if (Armed)
            {
                Armed = false;
                throw new InvalidOperationException("the subscriber store failed (injected by the test)");
            }

            try
            {
                return targetMethod.Invoke(Inner, args);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw e.InnerException;
            }
        }
    }
}
