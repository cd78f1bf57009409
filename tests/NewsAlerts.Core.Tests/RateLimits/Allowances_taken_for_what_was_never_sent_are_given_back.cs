namespace NewsAlerts.Core.Tests.RateLimits;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.Telemetry;

/// <summary>
/// Issue 16 (stop 34, left 3): a request allowed by the limits whose message then could not be sent (the queue or the
/// store down, every sender failing) kept its counts, so trying while we were down used up the person's allowance.
/// What an allowed request took (<see cref="TakenAllowances"/>) is given back, once; the clock moves between the
/// takes (a real clock does), and a window restarted since is left alone.
/// </summary>
public sealed class Allowances_taken_for_what_was_never_sent_are_given_back : IDisposable
{
    private const string Client = "198.51.100.7";
    private const string Address = "ana@example.org";
    private const string Number = "+447400123456";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(3) };
    private readonly MemoryRateCounters counters = new();
    private readonly TestMeters meters = new();
    private readonly SignUpLimits limits;

    public Allowances_taken_for_what_was_never_sent_are_given_back() =>
        limits = new SignUpLimits(counters, new RateLimitOptions { ManageLinksPerClient = 1, ConfirmationsPerContact = 1, SignUpsPerClient = 1 }, clock, new SignUpMetrics(meters));

    public void Dispose()
    {
        limits.Dispose();
        meters.Dispose();
    }

    [Fact]
    public async Task A_manage_link_never_queued_gives_back_the_clients_and_the_contacts_counts()
    {
        var taken = new TakenAllowances();
        Assert.Null(await limits.TakeManageLinksAsync(Client, [Address], taken, CancellationToken.None));
        Assert.Equal(2, taken.Count);

        await limits.GiveBackAsync(taken, CancellationToken.None);

        Assert.Equal(0, taken.Count);
        Assert.Null(await limits.TakeManageLinksAsync(Client, [Address], null, CancellationToken.None));
        Assert.NotNull(await limits.TakeManageLinksAsync(Client, [Address], null, CancellationToken.None));
    }

    [Fact]
    public async Task A_sign_up_never_sent_gives_back_every_count_and_a_second_give_back_gives_nothing()
    {
        var taken = new TakenAllowances();
        Assert.Null(await limits.TakeConfirmationsAsync(ClientAction.SignUp, Client, Address, Number, taken, CancellationToken.None));
        Assert.Equal(5, taken.Count); // the client, the address, the number, its prefix, the day's SMS budget

        await limits.GiveBackAsync(taken, CancellationToken.None);
        Assert.Null(await limits.TakeConfirmationsAsync(ClientAction.SignUp, Client, Address, Number, CancellationToken.None));
        await limits.GiveBackAsync(taken, CancellationToken.None);

        Assert.NotNull(await limits.TakeConfirmationsAsync(ClientAction.SignUp, Client, Address, Number, CancellationToken.None));
    }

    [Fact]
    public async Task A_refused_request_records_nothing_to_give_back()
    {
        Assert.Null(await limits.TakeManageLinksAsync(Client, [Address], null, CancellationToken.None));
        var taken = new TakenAllowances();

        Assert.NotNull(await limits.TakeManageLinksAsync(Client, [Address], taken, CancellationToken.None));
        Assert.Equal(0, taken.Count);
    }

    [Fact]
    public async Task A_window_restarted_since_is_left_alone()
    {
        var taken = new TakenAllowances();
        Assert.Null(await limits.TakeManageLinksAsync(Client, [Address], taken, CancellationToken.None));
        clock.Advance(TimeSpan.FromDays(2));
        Assert.Null(await limits.TakeManageLinksAsync(Client, [Address], null, CancellationToken.None));

        await limits.GiveBackAsync(taken, CancellationToken.None);

        Assert.NotNull(await limits.TakeManageLinksAsync(Client, [Address], null, CancellationToken.None));
    }
}
