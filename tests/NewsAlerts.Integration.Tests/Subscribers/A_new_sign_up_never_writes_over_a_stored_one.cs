namespace NewsAlerts.Integration.Tests.Subscribers;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16 (stop 34, left 3): a new sign-up was written unconditionally under its random id, so the (astronomically
/// rare) clash with a stored sign-up would have replaced that person's pending confirmations. It is now written
/// insert-if-absent and a taken id is drawn again. The clash is made real: the store below stores another sign-up under
/// the first id drawn just before the service writes, on Azurite.
/// </summary>
public sealed class A_new_sign_up_never_writes_over_a_stored_one(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_taken_id_is_drawn_again_and_the_stored_sign_up_is_untouched()
    {
        var store = new TakenOnce(host.Services.GetRequiredService<ISignUpStore>());
        var service = ActivatorUtilities.CreateInstance<SignUpService>(host.Services, store);
        var email = $"clash16-{Guid.NewGuid():N}@example.com";

        var started = await service.SignUpAsync(new SubscriberRequest(email, null, "UTC", [("Syria", false)], 2), CancellationToken.None);

        var squatter = Assert.Single(store.Squatters);
        Assert.NotEqual(squatter.Id, started.SignUp.Id);
        Assert.Equal(2, store.Adds);
        var kept = await store.GetAsync(squatter.Id, CancellationToken.None);
        Assert.Equal(squatter.Email, kept!.Email);
        Assert.Equal(squatter.Topics, kept.Topics);
        var written = await store.GetAsync(started.SignUp.Id, CancellationToken.None);
        Assert.Equal(email, written!.Email);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await service.ConfirmEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None)).Kind);
    }

    // Before the first insert it is asked for, stores another person's sign-up under that id: the insert then finds it taken.
    private sealed class TakenOnce(ISignUpStore inner) : ISignUpStore
    {
        public List<PendingSignUp> Squatters { get; } = [];

        public int Adds { get; private set; }

        public async Task<bool> AddIfAbsentAsync(PendingSignUp signUp, CancellationToken cancellationToken)
        {
            Adds++;
            if (Squatters.Count == 0)
            {
                var squatter = signUp with { Email = $"other16-{Guid.NewGuid():N}@example.com", Topics = [new Topic("t1", "Elections", false)] };
                Assert.True(await inner.AddIfAbsentAsync(squatter, cancellationToken));
                Squatters.Add(squatter);
            }

            return await inner.AddIfAbsentAsync(signUp, cancellationToken);
        }

        public Task<PendingSignUp?> GetAsync(string signUpId, CancellationToken cancellationToken) => inner.GetAsync(signUpId, cancellationToken);

        public Task<IReadOnlyList<PendingSignUp>> FindByPhoneAsync(string phone, CancellationToken cancellationToken) => inner.FindByPhoneAsync(phone, cancellationToken);

        public Task<IReadOnlyList<PendingSignUp>> FindByEmailAsync(string email, CancellationToken cancellationToken) => inner.FindByEmailAsync(email, cancellationToken);

        public Task SaveAsync(PendingSignUp signUp, CancellationToken cancellationToken) => inner.SaveAsync(signUp, cancellationToken);

        public Task<bool> ReplaceIfUnchangedAsync(PendingSignUp read, PendingSignUp replacement, CancellationToken cancellationToken) =>
            inner.ReplaceIfUnchangedAsync(read, replacement, cancellationToken);

        public Task<int> PurgeWrittenBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) => inner.PurgeWrittenBeforeAsync(before, cancellationToken);

        public Task EraseForSubscriberAsync(string subscriberId, CancellationToken cancellationToken) => inner.EraseForSubscriberAsync(subscriberId, cancellationToken);
    }
}
