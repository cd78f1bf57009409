namespace NewsAlerts.Integration.Tests.Editors;

using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Caps;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Testing;

/// <summary>
/// Trial r37: flagging a story as breaking previewed one line, "an earlier version reached them or is on its way", for
/// everyone the first version had a record for, a text a daily cap had stopped included. A story reaches four readers
/// by each route (an email now, a daily digest, a text held by quiet hours, a text held by the cap); the breaking
/// preview shows each as its record says, with the digest's and the quiet hours' times as stored.
/// </summary>
[Collection("queues")]
public sealed partial class A_breaking_preview_says_where_each_earlier_alert_stands(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack, runDispatcher: true);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Sent_in_a_digest_after_quiet_hours_and_capped_are_each_a_line_with_the_records_times()
    {
        var tag = "Zs" + Guid.NewGuid().ToString("N")[..8];
        var now = DateTimeOffset.UtcNow;
        // Quiet hours around now that end in about three hours (whole minutes, UTC): the text stays scheduled throughout.
        var minute = new TimeOnly(now.UtcDateTime.Hour, now.UtcDateTime.Minute);
        var quiet = DeliveryPreferences.AsItHappens with { QuietHours = new QuietHours(minute.AddHours(-1), minute.AddHours(3), FlashThrough: false) };
        var capped = DeliveryPreferences.AsItHappens with { Caps = new DailyCaps(null, 1) };
        var emailed = await SignUps.ConfirmedAsync(host, new SubscriberRequest($"now-{tag}@example.com", null, "UTC", [(tag, false)], 3, DeliveryPreferences.AsItHappens));
        await SignUps.ConfirmedAsync(host, new SubscriberRequest($"digest-{tag}@example.com", null, "UTC", [(tag, false)], 3, DeliveryPreferences.Default));
        await SignUps.ConfirmedAsync(host, new SubscriberRequest(null, TestPhones.NewValid(), "UTC", [(tag, false)], 3, quiet));
        var held = await SignUps.ConfirmedAsync(host, new SubscriberRequest(null, TestPhones.NewValid(), "UTC", [(tag, false)], 3, capped));
        // Their one text of the day went already (the counter the dispatcher keeps): the story's text is over the cap.
        await host.Services.GetRequiredService<IDailyCapStore>().UpdateAsync(
            held.Subscriber.Id, Channel.Sms, DailyCapCounting.LocalDay(now, TimeZoneInfo.Utc), _ => new CapTake(true, new CapCount(["an-earlier-story"])), CancellationToken.None);

        using var erin = ConsoleEditor.Browser(host, "Erin", Deadline);
        var (_, story) = await ConsoleEditor.PublishAsync(erin, tag, Deadline);
        var id = StoryKeys.IdOf(story["/editor/stories/".Length..])!;
        var ledger = host.Services.GetRequiredService<IDeliveryLedger>();
        await Eventually.TrueAsync(
            async () => await ledger.ListAsync(id, Channel.Email, CancellationToken.None)
                .AnyAsync(r => r.SubscriberId == emailed.Subscriber.Id && r.State is LedgerState.Sent or LedgerState.Delivered),
            "the email goes", Deadline);
        // The records' own times: the digest entry's due time and the scheduled text's planned time.
        var digestDue = await host.Services.GetRequiredService<IDigestStore>().ForArticleAsync(id, CancellationToken.None).Select(e => e.DueAt).SingleAsync();
        var quietEnd = (await host.Services.GetRequiredService<IPlannedAlerts>().ListPlannedForAsync(id, CancellationToken.None))[Channel.Sms].Values.Single()!.Value;
        Assert.True(quietEnd > now, $"the text is planned for {quietEnd:o}, after now");

        var page = await erin.GetStringAsync(new Uri(story.TrimStart('/'), UriKind.Relative));
        var (answer, preview) = await HtmlForms.PostAsync(erin, HtmlForms.WithStep(page, "breaking"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains($"data-figure=\"{ConsoleStrings.MatchedSubscribers}\">4<", preview, StringComparison.Ordinal);
        Assert.Equal(
            new Dictionary<string, int>
            {
                [ConsoleStrings.OutcomeEarlierSent] = 1,
                [$"{ConsoleStrings.OutcomeEarlierAfterQuietHours} ({ConsoleStrings.OutcomeEarlierFromPrefix}{Utc(quietEnd)} UTC)"] = 1,
                [$"{ConsoleStrings.OutcomeEarlierInDigest} ({ConsoleStrings.OutcomeEarlierFromPrefix}{Utc(digestDue)} UTC)"] = 1,
                [ConsoleStrings.OutcomeEarlierNotSentPrefix + ConsoleStrings.StateHeldByCap] = 1,
            },
            Lines(preview));
    }

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static Dictionary<string, int> Lines(string html) =>
        OutcomeLine().Matches(html).ToDictionary(
            m => WebUtility.HtmlDecode(m.Groups["label"].Value), m => int.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);

    [GeneratedRegex("<dt>(?<label>[^<]*)</dt><dd data-outcome=\"[^\"]*\">(?<value>[0-9]+)<")]
    private static partial Regex OutcomeLine();
}
