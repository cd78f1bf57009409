namespace NewsAlerts.Core.Tests.RateLimits;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.Telemetry;

public sealed class Manage_link_requests_are_limited_per_address_apart_from_confirmations : IDisposable
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly MemoryRateCounters counters = new();
    private readonly TestMeters meters = new();
    private readonly SignUpLimits limits;

    public Manage_link_requests_are_limited_per_address_apart_from_confirmations() =>
        limits = new SignUpLimits(counters, new RateLimitOptions(), clock, new SignUpMetrics(meters));

    public void Dispose()
    {
        limits.Dispose();
        meters.Dispose();
    }

    [Fact]
    public async Task One_address_gets_three_a_day_from_any_clients_and_keeps_its_confirmations()
    {
        var answers = new List<RateLimitRefusal?>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await limits.TakeManageLinksAsync($"198.51.100.{i}", [i % 2 == 0 ? "ana@example.org" : "ANA@example.org"], CancellationToken.None));
        }

        Assert.All(answers.Take(3), Assert.Null);
        Assert.Equal(new RateLimitRefusal(SignUpLimits.Contact, 24 * 3600), answers[3]);
        Assert.Null(await limits.TakeConfirmationsAsync(ClientAction.SignUp, "198.51.100.9", "ana@example.org", null, CancellationToken.None));

        clock.Advance(TimeSpan.FromHours(24));
        Assert.Null(await limits.TakeManageLinksAsync("198.51.100.10", ["ana@example.org"], CancellationToken.None));
    }

    [Fact]
    public async Task One_number_gets_three_texted_links_a_day_apart_from_its_codes_and_from_any_address()
    {
        const string Number = "+447400123456";
        var answers = new List<RateLimitRefusal?>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await limits.TakeManageLinksAsync($"198.51.100.{i}", [Number], CancellationToken.None));
        }

        Assert.All(answers.Take(3), Assert.Null);
        Assert.Equal(new RateLimitRefusal(SignUpLimits.Contact, 24 * 3600), answers[3]);
        Assert.Null(await limits.TakeManageLinksAsync("198.51.100.20", ["ana@example.org"], CancellationToken.None));
        Assert.Null(await limits.TakeConfirmationsAsync(ClientAction.SignUp, "198.51.100.21", null, Number, CancellationToken.None));
    }

    [Fact]
    public async Task One_client_asking_for_many_addresses_meets_its_own_manage_link_limit()
    {
        var refusals = new List<RateLimitRefusal>();
        for (var i = 0; i < 12; i++)
        {
            if (await limits.TakeManageLinksAsync("198.51.100.1", [$"person{i}@example.org"], CancellationToken.None) is { } refusal)
            {
                refusals.Add(refusal);
            }
        }

        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, r => Assert.Equal(SignUpLimits.ManageLinkClient, r.Limit));
    }
}
