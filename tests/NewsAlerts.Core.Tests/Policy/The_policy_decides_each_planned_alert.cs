namespace NewsAlerts.Core.Tests.Policy;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Policy;

public sealed class The_policy_decides_each_planned_alert
{
    private static readonly TimeZoneInfo London = LocalClock.Zone("Europe/London");
    private static readonly TimeSpan StaleAfter = TimeSpan.FromHours(9);
    private static readonly EmailSchedule Immediate = EmailSchedule.Default with { Frequency = EmailFrequency.Immediate };
    private static readonly QuietHours Night = new(new TimeOnly(22, 0), new TimeOnly(7, 0), FlashThrough: false);

    // Noon in London on a winter Monday; quiet-hours tests move it on to 23:00 (inside 22:00-07:00, 8 h before the end).
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_immediate_email_goes_now()
    {
        var decision = Decide(Email(), Recipient(Preferences(Immediate)));

        Assert.Equal(PolicyDecisionKind.SendNow, decision.Kind);
    }

    [Theory]
    [InlineData(EmailFrequency.Hourly, "2026-11-30T13:00:00Z")]
    [InlineData(EmailFrequency.Daily, "2026-12-01T07:00:00Z")]
    [InlineData(EmailFrequency.Weekly, "2026-12-07T07:00:00Z")] // the next Monday (this one's 07:00 has passed)
    public void A_digest_subscribers_email_becomes_an_entry_of_their_next_digest(EmailFrequency frequency, string due)
    {
        var decision = Decide(Email(), Recipient(Preferences(EmailSchedule.Default with { Frequency = frequency })));

        Assert.Equal(new PolicyDecision(PolicyDecisionKind.Digest, Parse(due), $"{frequency.ToString().ToLowerInvariant()} digest"), decision);
    }

    [Fact]
    public void A_topic_can_go_immediate_while_the_rest_waits_for_the_digest()
    {
        var preferences = Preferences(EmailSchedule.Default) with
        {
            Topics = new Dictionary<string, TopicPreferences> { ["t2"] = new(Immediate, null) },
        };

        Assert.Equal(PolicyDecisionKind.SendNow, Decide(Email("t2"), Recipient(preferences)).Kind);
        Assert.Equal(PolicyDecisionKind.Digest, Decide(Email("t1"), Recipient(preferences)).Kind);
        Assert.Equal(PolicyDecisionKind.Digest, Decide(Email(null), Recipient(preferences)).Kind);
    }

    [Fact]
    public void An_immediate_email_over_the_daily_cap_goes_to_a_daily_digest_at_their_digest_time()
    {
        var preferences = Preferences(Immediate with { At = new TimeOnly(18, 30) }) with { Caps = new DailyCaps(3, null) };

        Assert.Equal(PolicyDecisionKind.SendNow, Decide(Email(), Recipient(preferences, sentToday: 2)).Kind);
        var capped = Decide(Email(), Recipient(preferences, sentToday: 3));
        Assert.Equal(new PolicyDecision(PolicyDecisionKind.Digest, Parse("2026-11-30T18:30:00Z"), "daily email cap of 3 reached", ByCap: true), capped);
    }

    [Fact]
    public void The_email_cap_does_not_hold_digest_entries()
    {
        var preferences = Preferences(EmailSchedule.Default) with { Caps = new DailyCaps(0, null) };

        Assert.Equal(new PolicyDecision(PolicyDecisionKind.Digest, Parse("2026-12-01T07:00:00Z"), "daily digest"), Decide(Email(), Recipient(preferences, sentToday: 9)));
    }

    [Theory]
    [InlineData(2, 2, PolicyDecisionKind.SendNow)]
    [InlineData(3, 2, PolicyDecisionKind.NotWanted)]
    [InlineData(5, 9, PolicyDecisionKind.SendNow)]
    public void A_text_goes_only_at_or_above_the_subscribers_urgency_threshold(int urgency, int threshold, PolicyDecisionKind expected)
    {

        Assert.Equal(expected, Decide(Sms(urgency), Recipient(Preferences(Immediate), threshold: threshold)).Kind);
    }

    [Fact]
    public void A_topic_can_lower_or_raise_the_sms_threshold()
    {
        var preferences = Preferences(Immediate) with
        {
            Topics = new Dictionary<string, TopicPreferences> { ["t1"] = new(null, 5), ["t2"] = new(null, 1) },
        };

        Assert.Equal(PolicyDecisionKind.SendNow, Decide(Sms(4, "t1"), Recipient(preferences, threshold: 2)).Kind);
        Assert.Equal(PolicyDecisionKind.NotWanted, Decide(Sms(2, "t2"), Recipient(preferences, threshold: 2)).Kind);
        Assert.Equal(PolicyDecisionKind.SendNow, Decide(Sms(2, "t3"), Recipient(preferences, threshold: 2)).Kind);
    }

    [Fact]
    public void A_text_in_quiet_hours_is_scheduled_for_their_end()
    {
        LateEvening();
        var decision = Decide(Sms(2), Recipient(Preferences(Immediate) with { QuietHours = Night }));

        Assert.Equal(new PolicyDecision(PolicyDecisionKind.Schedule, Parse("2026-12-01T07:00:00Z"), "quiet hours until 07:00"), decision);
    }

    [Fact]
    public void Quiet_hours_hold_texts_only_as_the_api_document_says_an_immediate_email_inside_them_goes_now()
    {
        LateEvening();
        var quiet = Preferences(Immediate) with { QuietHours = Night with { FlashThrough = true } };

        Assert.Equal(PolicyDecisionKind.SendNow, Decide(Email(), Recipient(quiet)).Kind);
        Assert.Equal(PolicyDecisionKind.Schedule, Decide(Sms(2), Recipient(quiet)).Kind);
        Assert.Equal(PolicyDecisionKind.SendNow, Decide(Sms(DeliveryPolicy.Flash), Recipient(quiet)).Kind);
        Assert.Contains("No texts (SMS)", QuietHours.Meaning, StringComparison.Ordinal);
        Assert.Contains("Emails, immediate or digest, are never held by quiet hours", QuietHours.Meaning, StringComparison.Ordinal);
        Assert.Contains("flash", QuietHours.FlashThroughMeaning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_outside_quiet_hours_goes_now()
    {
        clock.SetUtcNow(Parse("2026-12-01T07:00:00Z"));

        Assert.Equal(PolicyDecisionKind.SendNow, Decide(Sms(2), Recipient(Preferences(Immediate) with { QuietHours = Night })).Kind);
    }

    [Theory]
    [InlineData(true, 1, PolicyDecisionKind.SendNow)]
    [InlineData(true, 2, PolicyDecisionKind.Schedule)]
    [InlineData(false, 1, PolicyDecisionKind.Schedule)]
    public void Only_a_flash_story_passes_quiet_hours_and_only_when_the_subscriber_allows_it(bool flashThrough, int urgency, PolicyDecisionKind expected)
    {
        LateEvening();
        var preferences = Preferences(Immediate) with { QuietHours = Night with { FlashThrough = flashThrough } };

        Assert.Equal(expected, Decide(Sms(urgency), Recipient(preferences)).Kind);
    }

    [Fact]
    public void A_text_that_would_be_stale_when_quiet_hours_end_goes_to_the_email_digest()
    {
        LateEvening();
        var story = Sms(2) with { PublishedAt = clock.GetUtcNow().AddHours(-2) }; // 10 h old at 07:00
        var preferences = Preferences(Immediate) with { QuietHours = Night };

        var decision = Decide(story, Recipient(preferences, hasEmail: true));

        Assert.Equal(PolicyDecisionKind.Digest, decision.Kind);
        Assert.Equal(Parse("2026-12-01T07:00:00Z"), decision.At);
        Assert.Contains("older than 9 h", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_text_for_a_subscriber_without_a_confirmed_email_is_held_stale()
    {
        LateEvening();
        var story = Sms(2) with { PublishedAt = clock.GetUtcNow().AddHours(-2) };

        var decision = Decide(story, Recipient(Preferences(Immediate) with { QuietHours = Night }, hasEmail: false));

        Assert.Equal(PolicyDecisionKind.HeldStale, decision.Kind);
        Assert.Null(decision.At);
    }

    [Fact]
    public void A_text_exactly_as_old_as_the_setting_when_quiet_hours_end_is_still_scheduled()
    {
        LateEvening();
        var story = Sms(2) with { PublishedAt = Parse("2026-11-30T22:00:00Z") }; // 9 h old at 07:00

        Assert.Equal(PolicyDecisionKind.Schedule, Decide(story, Recipient(Preferences(Immediate) with { QuietHours = Night }, hasEmail: false)).Kind);
        Assert.Equal(PolicyDecisionKind.HeldStale, Decide(story with { PublishedAt = story.PublishedAt.AddTicks(-1) }, Recipient(Preferences(Immediate) with { QuietHours = Night }, hasEmail: false)).Kind);
    }

    [Fact]
    public void A_text_over_the_daily_cap_goes_to_the_email_digest_or_is_held_by_cap()
    {
        var preferences = Preferences(EmailSchedule.Default with { Frequency = EmailFrequency.Weekly, Weekday = DayOfWeek.Wednesday }) with { Caps = new DailyCaps(null, 2) };

        Assert.Equal(PolicyDecisionKind.SendNow, Decide(Sms(1), Recipient(preferences, sentToday: 1, hasEmail: true)).Kind);
        Assert.Equal(
            new PolicyDecision(PolicyDecisionKind.Digest, Parse("2026-12-02T07:00:00Z"), "daily sms cap of 2 reached", ByCap: true),
            Decide(Sms(1), Recipient(preferences, sentToday: 2, hasEmail: true)));
        Assert.Equal(
            new PolicyDecision(PolicyDecisionKind.HeldByCap, null, "daily sms cap of 2 reached", ByCap: true),
            Decide(Sms(1), Recipient(preferences, sentToday: 2, hasEmail: false)));
    }

    [Fact]
    public void A_text_over_the_cap_whose_story_reaches_them_by_email_is_held_as_the_dispatcher_holds_it()
    {
        var preferences = Preferences(Immediate) with { Caps = new DailyCaps(null, 2) };
        var recipient = Recipient(preferences, sentToday: 2, hasEmail: true) with { EmailCarriesStory = true };

        var planned = Decide(Sms(1), recipient);

        Assert.Equal(new PolicyDecision(PolicyDecisionKind.HeldByCap, null, "daily sms cap of 2 reached; the story reaches them by email", ByCap: true), planned);
        Assert.Equal(
            NewsAlerts.Core.Caps.DailyCapCounting.OverCap(Channel.Sms, preferences, "t1", London, clock.GetUtcNow(), digestReachesThem: true, emailCarriesStory: true),
            planned);
    }

    [Fact]
    public void The_cap_applies_before_quiet_hours_and_to_flash_stories_too()
    {
        LateEvening();
        var preferences = Preferences(Immediate) with { QuietHours = Night with { FlashThrough = true }, Caps = new DailyCaps(null, 1) };

        Assert.Equal(PolicyDecisionKind.HeldByCap, Decide(Sms(1), Recipient(preferences, sentToday: 1, hasEmail: false)).Kind);
    }

    [Fact]
    public void A_non_positive_stale_setting_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DeliveryPolicy.Decide(Sms(1), Recipient(Preferences(Immediate)), clock.GetUtcNow(), TimeSpan.Zero));
    }

    private void LateEvening() => clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero));

    private PolicyDecision Decide(PlannedAlert alert, PolicyRecipient recipient) => DeliveryPolicy.Decide(alert, recipient, clock.GetUtcNow(), StaleAfter);

    private PlannedAlert Email(string? topicId = "t1") => new(Channel.Email, 5, clock.GetUtcNow(), topicId);

    private PlannedAlert Sms(int urgency, string? topicId = "t1") => new(Channel.Sms, urgency, clock.GetUtcNow(), topicId);

    private static DeliveryPreferences Preferences(EmailSchedule email) => DeliveryPreferences.Default with { Email = email };

    private static PolicyRecipient Recipient(DeliveryPreferences preferences, int sentToday = 0, bool hasEmail = true, int threshold = 2) =>
        new(preferences, London, threshold, hasEmail, sentToday);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
