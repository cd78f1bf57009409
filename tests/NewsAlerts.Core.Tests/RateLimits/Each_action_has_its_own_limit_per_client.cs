namespace NewsAlerts.Core.Tests.RateLimits;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.Telemetry;

/// <summary>
/// Sign-up, resend, manage link and contact change each count apart per client address: one used up leaves the others
/// whole (a person asking for a new link a few times can still sign up); the per-contact limit stays shared.
/// </summary>
public sealed class Each_action_has_its_own_limit_per_client : IDisposable
{
    private static readonly ClientAction[] Actions = [ClientAction.SignUp, ClientAction.Resend, ClientAction.ManageLink, ClientAction.ContactChange];

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly MemoryRateCounters counters = new();
    private readonly TestMeters meters = new();
    private readonly SignUpLimits limits;

    public Each_action_has_its_own_limit_per_client() =>
        limits = new SignUpLimits(counters, new RateLimitOptions
        {
            SignUpsPerClient = 2,
            ResendsPerClient = 3,
            ManageLinksPerClient = 4,
            ContactChangesPerClient = 5,
            ConfirmationsPerContact = 100,
        }, clock, new SignUpMetrics(meters));

    public void Dispose()
    {
        limits.Dispose();
        meters.Dispose();
    }

    public static TheoryData<ClientAction> EachAction() => [.. Actions];

    [Theory]
    [MemberData(nameof(EachAction))]
    public async Task Using_up_one_action_leaves_every_other_action_of_the_client_whole(ClientAction usedUp)
    {
        const string client = "198.51.100.7";
        var allowed = 0;
        while (await TakeAsync(usedUp, client, allowed) is null)
        {
            allowed++;
            Assert.True(allowed < 50, "the limit never refused");
        }

        Assert.Equal(LimitOf(usedUp), allowed);
        var refusal = await TakeAsync(usedUp, client, 99);
        Assert.Equal(NameOf(usedUp), refusal!.Limit);
        Assert.Equal(3600, refusal.RetryAfterSeconds);

        foreach (var other in Actions.Where(a => a != usedUp))
        {
            for (var i = 0; i < LimitOf(other); i++)
            {
                Assert.Null(await TakeAsync(other, client, 1000 + i));
            }

            Assert.Equal(NameOf(other), (await TakeAsync(other, client, 2000))!.Limit);
        }

        // Another client is untouched by all of it; the window's end frees the used-up action.
        Assert.Null(await TakeAsync(usedUp, "198.51.100.8", 3000));
        clock.Advance(TimeSpan.FromMinutes(60));
        Assert.Null(await TakeAsync(usedUp, client, 4000));
    }

    [Fact]
    public async Task The_per_contact_limit_is_shared_by_sign_up_resend_and_change()
    {
        using var shared = new SignUpLimits(new MemoryRateCounters(), new RateLimitOptions(), clock, new SignUpMetrics(meters));
        const string phone = "+447400123456";
        Assert.Null(await shared.TakeConfirmationsAsync(ClientAction.SignUp, "198.51.100.1", null, phone, CancellationToken.None));
        Assert.Null(await shared.TakeConfirmationsAsync(ClientAction.Resend, "198.51.100.1", null, phone, CancellationToken.None));
        Assert.Null(await shared.TakeConfirmationsAsync(ClientAction.ContactChange, "198.51.100.1", null, phone, CancellationToken.None));
        foreach (var action in new[] { ClientAction.SignUp, ClientAction.Resend, ClientAction.ContactChange })
        {
            Assert.Equal(SignUpLimits.Contact, (await shared.TakeConfirmationsAsync(action, "198.51.100.2", null, phone, CancellationToken.None))!.Limit);
        }
    }

    [Fact]
    public async Task A_manage_link_is_not_a_confirmation_action()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            limits.TakeConfirmationsAsync(ClientAction.ManageLink, "198.51.100.1", "ana@example.org", null, CancellationToken.None));
    }

    // Each request to a contact of its own, so only the client's count can refuse.
    private Task<RateLimitRefusal?> TakeAsync(ClientAction action, string client, int n) => action == ClientAction.ManageLink
        ? limits.TakeManageLinksAsync(client, [$"person{n}@example.org"], CancellationToken.None)
        : limits.TakeConfirmationsAsync(action, client, $"person{n}@example.org", null, CancellationToken.None);

    private static int LimitOf(ClientAction action) => action switch
    {
        ClientAction.SignUp => 2,
        ClientAction.Resend => 3,
        ClientAction.ManageLink => 4,
        _ => 5,
    };

    private static string NameOf(ClientAction action) => action switch
    {
        ClientAction.SignUp => SignUpLimits.Client,
        ClientAction.Resend => SignUpLimits.ResendClient,
        ClientAction.ManageLink => SignUpLimits.ManageLinkClient,
        _ => SignUpLimits.ContactChangeClient,
    };
}
