namespace NewsAlerts.Core.Tests.SignUps;

using NewsAlerts.Core.Policy;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// sub16b: a sign-up that only added topics for a confirmed address or number said its time zone, language and email
/// frequency were not applied, whatever it chose, and never named its quiet hours or SMS urgency. The choices named are
/// exactly those the sign-up gave that differ from the holder's settings, none when nothing differed.
/// </summary>
public sealed class A_sign_up_that_only_adds_topics_names_exactly_the_choices_not_applied
{
    private static readonly DeliveryPreferences HolderPreferences = DeliveryPreferences.Default with { QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), false) };

    private static readonly Subscriber Holder = new(
        "s1", "ana@example.pt", ContactStatus.Confirmed, "+351912345678", ContactStatus.Confirmed, "Europe/Lisbon", [], 3, DateTimeOffset.UnixEpoch,
        Preferences: HolderPreferences, Language: "pt", Languages: ["en"]);

    // A sign-up with the holder's own settings, as the form posts them.
    private static PendingSignUp Same() =>
        new("uAAAAAAAAAAAAAAAAAAAA", "ana@example.pt", null, "Europe/Lisbon", [new Topic("t1", "Lisboa", false)], 3, DateTimeOffset.UnixEpoch,
            new PendingConfirmations(null, null, null, 0), Preferences: HolderPreferences, Language: "PT", Languages: ["EN"]);

    [Fact]
    public void A_sign_up_with_the_holders_own_settings_names_none() =>
        Assert.Empty(ChoicesNotApplied.Of(Same(), Holder));

    [Fact]
    public void Other_quiet_hours_are_named_alone() =>
        Assert.Equal([SignUpChoice.QuietHours], ChoicesNotApplied.Of(Same() with { Preferences = HolderPreferences with { QuietHours = new QuietHours(new TimeOnly(23, 0), new TimeOnly(7, 0), false) } }, Holder));

    [Fact]
    public void Letting_flash_news_through_quiet_hours_is_a_change_of_quiet_hours() =>
        Assert.Equal([SignUpChoice.QuietHours], ChoicesNotApplied.Of(Same() with { Preferences = HolderPreferences with { QuietHours = HolderPreferences.QuietHours! with { FlashThrough = true } } }, Holder));

    [Fact]
    public void Another_sms_urgency_is_named_alone() =>
        Assert.Equal([SignUpChoice.SmsUrgency], ChoicesNotApplied.Of(Same() with { SmsMaxUrgency = 5 }, Holder));

    [Fact]
    public void The_default_urgency_of_a_sign_up_that_gave_none_is_not_a_choice() =>
        Assert.Empty(ChoicesNotApplied.Of(Same() with { SmsMaxUrgency = Subscriber.DefaultSmsMaxUrgency }, Holder));

    [Fact]
    public void No_quiet_hours_no_caps_and_no_language_given_ask_for_nothing() =>
        Assert.Empty(ChoicesNotApplied.Of(Same() with { Preferences = HolderPreferences with { QuietHours = null }, Language = null, Languages = null }, Holder));

    [Fact]
    public void Every_choice_that_differs_is_named_in_order()
    {
        var signUp = Same() with
        {
            TimeZone = "America/Sao_Paulo",
            Language = "es",
            Languages = ["fr"],
            SmsMaxUrgency = 1,
            Preferences = new DeliveryPreferences(
                EmailSchedule.Default with { Frequency = EmailFrequency.Immediate }, new QuietHours(new TimeOnly(21, 0), new TimeOnly(6, 0), true), new DailyCaps(5, 2),
                new Dictionary<string, TopicPreferences> { ["t1"] = new(null, 1) }),
        };

        Assert.Equal(Enum.GetValues<SignUpChoice>(), ChoicesNotApplied.Of(signUp, Holder));
    }

    [Fact]
    public void Read_languages_compare_as_a_set() =>
        Assert.Empty(ChoicesNotApplied.Of(Same() with { Languages = ["en", "EN"] }, Holder));

    [Fact]
    public void The_notes_carry_the_choices_and_say_settings_were_not_applied_only_with_some()
    {
        Assert.False(TopicsChangeNotes.Of(Same(), Holder).SettingsNotApplied);
        Assert.Equal(new TopicsChangeNotes([SignUpChoice.SmsUrgency], false), TopicsChangeNotes.Of(Same() with { SmsMaxUrgency = 5 }, Holder));
    }
}
