namespace NewsAlerts.Core.Tests.RateLimits;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.Telemetry;

public sealed class Sign_up_limits_hold_the_pumping_case_to_three_codes_per_number_and_ten_per_client : IDisposable
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly MemoryRateCounters counters = new();
    private readonly TestMeters meters = new();
    private readonly SignUpLimits limits;

    public Sign_up_limits_hold_the_pumping_case_to_three_codes_per_number_and_ten_per_client() =>
        limits = new SignUpLimits(counters, new RateLimitOptions(), clock, new SignUpMetrics(meters));

    public void Dispose()
    {
        limits.Dispose();
        meters.Dispose();
    }

    [Fact]
    public async Task Thirty_numbers_then_ten_to_one_number_from_one_client_send_ten()
    {
        var sent = 0;
        var refusals = new List<RateLimitRefusal>();
        for (var i = 0; i < 30; i++)
        {
            await TryAsync("198.51.100.1", null, $"+4474001{i:D5}");
        }

        for (var i = 0; i < 10; i++)
        {
            await TryAsync("198.51.100.1", null, "+447400999999");
        }

        Assert.Equal(10, sent);
        Assert.All(refusals, r => Assert.Equal(SignUpLimits.Client, r.Limit));
        Assert.All(refusals, r => Assert.Equal(3600, r.RetryAfterSeconds));

        async Task TryAsync(string client, string? email, string phone)
        {
            if (await limits.TakeConfirmationsAsync(ClientAction.SignUp, client, email, phone, CancellationToken.None) is { } refusal)
            {
                refusals.Add(refusal);
            }
            else
            {
                sent++;
            }
        }
    }

    [Fact]
    public async Task One_number_gets_three_codes_a_day_from_any_number_of_clients()
    {
        var answers = new List<RateLimitRefusal?>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add(await limits.TakeConfirmationsAsync(ClientAction.SignUp, $"198.51.100.{i}", null, "+447400999999", CancellationToken.None));
            clock.Advance(TimeSpan.FromHours(1));
        }

        clock.Advance(TimeSpan.FromHours(19));
        var nextDay = await limits.TakeConfirmationsAsync(ClientAction.SignUp, "198.51.100.9", null, "+447400999999", CancellationToken.None);

        Assert.Equal([null, null, null, SignUpLimits.Contact, SignUpLimits.Contact], answers.Select(a => a?.Limit));
        // A whole window, not the 21 h left until the first code's window ends: the answer does not tell when someone
        // else last signed this number up.
        Assert.Equal(24 * 3600, answers[3]!.RetryAfterSeconds);
        Assert.Null(nextDay);
    }

    [Fact]
    // Someone exhausting a number prefix (or the day's SMS budget) must not use up a person's own three confirmations:
    // the counts a refused request took before the refusing limit are given back.
    public async Task A_refusal_by_the_prefix_gives_back_the_contact_counts_it_took()
    {
        for (var i = 0; i < 20; i++)
        {
            Assert.Null(await limits.TakeConfirmationsAsync(ClientAction.SignUp, $"198.51.100.{i % 2}", null, $"+4474005{i:D5}", CancellationToken.None));
        }

        var refused = new List<string?>();
        for (var i = 0; i < 4; i++)
        {
            var refusal = await limits.TakeConfirmationsAsync(ClientAction.SignUp, "203.0.113.7", "person@example.com", "+447400588888", CancellationToken.None);
            refused.Add(refusal?.Limit);
        }

        clock.Advance(TimeSpan.FromHours(1));
        var afterThePrefixWindow = await limits.TakeConfirmationsAsync(ClientAction.SignUp, "203.0.113.8", "person@example.com", "+447400588888", CancellationToken.None);

        Assert.All(refused, limit => Assert.Equal(SignUpLimits.Prefix, limit));
        Assert.Null(afterThePrefixWindow);
        Assert.Equal(1, counters.Counters[(SignUpLimits.Contact, "sms:+447400588888")].Count);
        Assert.Equal(1, counters.Counters[(SignUpLimits.Contact, "email:person@example.com")].Count);
    }

    [Fact]
    public async Task An_email_address_counts_whatever_its_case()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Null(await limits.TakeConfirmationsAsync(ClientAction.SignUp, $"198.51.100.{i}", i % 2 == 0 ? "Reader@example.com" : "reader@example.com", null, CancellationToken.None));
        }

        Assert.Equal(SignUpLimits.Contact, (await limits.TakeConfirmationsAsync(ClientAction.SignUp, "198.51.100.9", "READER@example.com", null, CancellationToken.None))?.Limit);
    }

    [Fact]
    public async Task Twenty_codes_an_hour_reach_one_number_prefix_from_many_clients()
    {
        var refused = new List<string?>();
        for (var i = 0; i < 21; i++)
        {
            refused.Add((await limits.TakeConfirmationsAsync(ClientAction.SignUp, $"198.51.100.{i}", null, $"+4474001{i:D5}", CancellationToken.None))?.Limit);
        }

        clock.Advance(TimeSpan.FromHours(1));
        var anHourLater = await limits.TakeConfirmationsAsync(ClientAction.SignUp, "198.51.100.99", null, "+447400199999", CancellationToken.None);

        Assert.Equal([.. Enumerable.Repeat<string?>(null, 20), SignUpLimits.Prefix], refused);
        Assert.Null(anHourLater);
    }

    [Fact]
    public async Task The_days_sms_budget_holds_for_the_whole_service()
    {
        using var small = new SignUpLimits(counters, new RateLimitOptions { ConfirmationSmsPerDay = 2 }, clock, new SignUpMetrics(meters));

        var first = await small.TakeConfirmationsAsync(ClientAction.SignUp, "198.51.100.1", null, "+12025550123", CancellationToken.None);
        var second = await small.TakeConfirmationsAsync(ClientAction.SignUp, "198.51.100.2", null, "+6591234567", CancellationToken.None);
        var third = await small.TakeConfirmationsAsync(ClientAction.SignUp, "198.51.100.3", null, "+447400123456", CancellationToken.None);
        var mailOnly = await small.TakeConfirmationsAsync(ClientAction.SignUp, "198.51.100.3", "reader@example.com", null, CancellationToken.None);

        Assert.Null(first);
        Assert.Null(second);
        Assert.Equal(SignUpLimits.SmsBudget, third?.Limit);
        Assert.Null(mailOnly);
    }

    [Fact]
    public async Task Confirm_attempts_are_limited_per_client()
    {
        var refused = new List<string?>();
        for (var i = 0; i < 31; i++)
        {
            refused.Add((await limits.TakeConfirmAttemptAsync("198.51.100.1", CancellationToken.None))?.Limit);
        }

        Assert.Equal([.. Enumerable.Repeat<string?>(null, 30), SignUpLimits.ConfirmClient], refused);
        Assert.Null(await limits.TakeConfirmAttemptAsync("198.51.100.2", CancellationToken.None));
    }
}
