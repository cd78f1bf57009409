namespace NewsAlerts.Cli.Tests.LocalHost;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Testing;

public sealed class Timer_functions_run_on_their_schedule(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestHost host = null!;

    public async Task InitializeAsync() => host = await TestHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_six_field_ncrontab_timer_fires_every_second()
    {
        await Eventually.TrueAsync(() => Task.FromResult(host.Runs.Of("EverySecond").Count >= 2), "EverySecond ran twice");

        var runs = host.Runs.Of("EverySecond");
        Assert.All(runs, r => Assert.True(r.ScheduleStatus!.Next > r.ScheduleStatus.Last));
    }

    [Fact]
    public async Task A_timer_woken_early_never_runs_one_occurrence_twice()
    {
        await using var early = await TestHost.StartAsync(fixture.Stack, configureServices: s => s.AddSingleton<TimeProvider>(new EarlyTimers(TimeSpan.FromMilliseconds(30))));

        await Eventually.TrueAsync(() => Task.FromResult(early.Runs.Of("EverySecond").Count >= 4), "EverySecond ran four times");

        var runs = early.Runs.Of("EverySecond");
        var occurrences = runs.Select(r => r.ScheduleStatus!.Next).ToList();
        Assert.Equal(occurrences.Count, occurrences.Distinct().Count());
        Assert.All(runs, r => Assert.True(r.ScheduleStatus!.Next > r.ScheduleStatus.Last));
        // Run k+1 happened at runs[k+2].Last and was due at runs[k].Next: never before it.
        for (var k = 0; k + 2 < runs.Count; k++)
        {
            Assert.True(runs[k + 2].ScheduleStatus!.Last >= runs[k].ScheduleStatus!.Next, $"run {k + 1} started before its occurrence");
        }
    }

    [Fact]
    public async Task A_timer_whose_schedule_comes_from_a_setting_waits_for_it_and_runs_on_demand_with_the_master_key()
    {
        Assert.Empty(host.Runs.Of("Yearly"));

        using var refused = await host.Client.PostAsync(new Uri("admin/functions/Yearly", UriKind.Relative), null);
        using var request = new HttpRequestMessage(HttpMethod.Post, "admin/functions/Yearly");
        request.Headers.Add("x-functions-key", TestHost.MasterKey);
        using var accepted = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Single(host.Runs.Of("Yearly"));
    }

    /// <summary>The system clock whose timers fire a little before they are due, as coarse OS timers can.</summary>
    private sealed class EarlyTimers(TimeSpan early) : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            System.CreateTimer(callback, state, dueTime > early ? dueTime - early : dueTime, period);
    }
}
