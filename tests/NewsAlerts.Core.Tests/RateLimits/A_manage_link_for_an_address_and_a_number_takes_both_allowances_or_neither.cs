namespace NewsAlerts.Core.Tests.RateLimits;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.Telemetry;

/// <summary>
/// Issue 16 (stop 33, left 3): "/manage/link" with an address and a number took the address's allowance, then the
/// number's limit refused the request, so the address lost a link it never received. Both are now taken before
/// anything is sent, and a refusal gives back what was taken before it (the per-contact limit is 3 a day).
/// </summary>
public sealed class A_manage_link_for_an_address_and_a_number_takes_both_allowances_or_neither : IDisposable
{
    private const string Address = "ana@example.org";
    private const string Number = "+447400123456";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly MemoryRateCounters counters = new();
    private readonly TestMeters meters = new();
    private readonly SignUpLimits limits;

    public A_manage_link_for_an_address_and_a_number_takes_both_allowances_or_neither() =>
        limits = new SignUpLimits(counters, new RateLimitOptions(), clock, new SignUpMetrics(meters));

    public void Dispose()
    {
        limits.Dispose();
        meters.Dispose();
    }

    [Fact]
    public async Task A_number_over_its_limit_refuses_the_pair_and_leaves_the_address_its_three_links()
    {
        await SpendAsync(Number, 3);

        var refused = await limits.TakeManageLinksAsync("198.51.100.1", [Address, Number], CancellationToken.None);

        Assert.Equal(new RateLimitRefusal(SignUpLimits.Contact, 24 * 3600), refused);
        for (var i = 0; i < 3; i++)
        {
            Assert.Null(await limits.TakeManageLinksAsync($"198.51.100.{10 + i}", [Address], CancellationToken.None));
        }

        Assert.NotNull(await limits.TakeManageLinksAsync("198.51.100.20", [Address], CancellationToken.None));
    }

    [Fact]
    public async Task An_address_over_its_limit_refuses_the_pair_before_the_number_is_counted()
    {
        await SpendAsync(Address, 3);

        Assert.NotNull(await limits.TakeManageLinksAsync("198.51.100.1", [Address, Number], CancellationToken.None));

        for (var i = 0; i < 3; i++)
        {
            Assert.Null(await limits.TakeManageLinksAsync($"198.51.100.{10 + i}", [Number], CancellationToken.None));
        }
    }

    [Fact]
    public async Task The_clients_own_limit_refusing_the_number_gives_back_the_addresss_count()
    {
        // Ten manage links a client a window: nine spent on other people, so the pair's second (the number) is refused.
        for (var i = 0; i < 9; i++)
        {
            Assert.Null(await limits.TakeManageLinksAsync("198.51.100.1", [$"other{i}@example.org"], CancellationToken.None));
        }

        var refused = await limits.TakeManageLinksAsync("198.51.100.1", [Address, Number], CancellationToken.None);

        Assert.Equal(SignUpLimits.ManageLinkClient, refused?.Limit);
        await SpendAsync(Address, 3); // all three still there
    }

    [Fact]
    public async Task A_pair_both_allowed_counts_one_for_each()
    {
        Assert.Null(await limits.TakeManageLinksAsync("198.51.100.1", [Address, Number], CancellationToken.None));

        await SpendAsync(Address, 2);
        await SpendAsync(Number, 2);
        Assert.NotNull(await limits.TakeManageLinksAsync("198.51.100.30", [Address], CancellationToken.None));
        Assert.NotNull(await limits.TakeManageLinksAsync("198.51.100.31", [Number], CancellationToken.None));
    }

    // Takes the contact's manage links from fresh clients, each allowed.
    private async Task SpendAsync(string contact, int times)
    {
        for (var i = 0; i < times; i++)
        {
            Assert.Null(await limits.TakeManageLinksAsync($"203.0.113.{i}", [contact], CancellationToken.None));
        }
    }
}
