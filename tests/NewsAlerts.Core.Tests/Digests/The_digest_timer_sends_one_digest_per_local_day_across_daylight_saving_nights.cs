namespace NewsAlerts.Core.Tests.Digests;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Tests.Dispatch;

/// <summary>
/// The daylight-saving nights end to end on a fake clock: stories matched every hour for a week across the
/// change are recorded for the subscriber's next due time (as planning does) and the timer runs every quarter hour; the
/// subscriber gets exactly one digest per local date, and every story is in exactly one of them.
/// </summary>
public sealed class The_digest_timer_sends_one_digest_per_local_day_across_daylight_saving_nights
{
    [Theory]
    [InlineData("Europe/London", "2026-03-26", "07:00")]
    [InlineData("Europe/London", "2026-03-26", "01:30")] // 29 March: 01:00-02:00 does not exist
    [InlineData("Europe/London", "2026-10-22", "01:30")] // 25 October: 01:00-02:00 happens twice
    [InlineData("America/Santiago", "2026-04-01", "23:30")] // 4 April: 23:00-24:00 happens twice (change at midnight)
    [InlineData("America/Santiago", "2026-04-01", "00:00")]
    [InlineData("America/Santiago", "2026-09-03", "00:00")] // 6 September: 00:00-01:00 does not exist
    [InlineData("America/Santiago", "2026-09-03", "00:30")]
    public async Task Every_local_date_has_one_digest_and_every_story_is_in_one(string zoneId, string from, string at)
    {
        var zone = LocalClock.Zone(zoneId);
        var schedule = EmailSchedule.Default with { At = TimeOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture) };
        var start = LocalClock.ToInstant(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(12, 0), zone);
        var clock = new FakeTimeProvider(start);
        var store = new InMemoryDigestStore();
        var publisher = new CapturingPublisher();
        var run = new DigestRun(store, publisher, new InMemoryLedger(), new InMemorySubscribers([]), clock);
        var stories = 0;

        for (var quarter = 0; quarter < 7 * 24 * 4; quarter++)
        {
            var now = clock.GetUtcNow();
            if (quarter % 4 == 0)
            {
                var due = DigestClock.NextDue(schedule, zone, now)!.Value;
                await store.RecordAsync([new DigestEntry("s1", due, $"a{stories++:D4}", "t1", "why", now)], CancellationToken.None);
            }

            await run.RunAsync(CancellationToken.None);
            clock.Advance(TimeSpan.FromMinutes(15));
        }

        var sentDates = publisher.Batches.Select(b => LocalClock.DateAt(b.DueAt, zone)).ToList();
        Assert.Equal(sentDates.Distinct().Count(), sentDates.Count);
        Assert.Equal(Enumerable.Range(0, sentDates.Count).Select(sentDates[0].AddDays), sentDates);
        Assert.InRange(sentDates.Count, 6, 7);
        var carried = publisher.Batches.SelectMany(b => b.ArticleIds).ToList();
        var stillWaiting = await store.ListAsync(DigestClock.NextDue(schedule, zone, clock.GetUtcNow())!.Value, CancellationToken.None).CountAsync();
        Assert.Equal(carried.Count, carried.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(stories, carried.Count + stillWaiting);
    }

    private sealed class CapturingPublisher : IDigestPublisher
    {
        public List<DigestBatch> Batches { get; } = [];

        public Task PublishAsync(IReadOnlyList<DigestBatch> batches, CancellationToken cancellationToken)
        {
            Batches.AddRange(batches);
            return Task.CompletedTask;
        }
    }
}
