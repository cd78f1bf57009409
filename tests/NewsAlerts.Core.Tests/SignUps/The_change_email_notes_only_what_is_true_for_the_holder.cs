namespace NewsAlerts.Core.Tests.SignUps;

using NewsAlerts.Core.Policy;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Trial r36 #5: Chloé (fr, Europe/Paris, confirmed number) signed up again by API with her address and was told to
/// "add your number" and that the form's time zone, frequency and language "were not applied" though she asked for
/// none of them differently. The notes are written only when true.
/// </summary>
public sealed class The_change_email_notes_only_what_is_true_for_the_holder
{
    private static readonly Subscriber Chloe = new(
        "s1", "chloe36@example.fr", ContactStatus.Confirmed, "+447400123636", ContactStatus.Confirmed, "Europe/Paris", [], 2, DateTimeOffset.UnixEpoch, Language: "fr");

    private static PendingSignUp SignUp(string timeZone = "Europe/Paris", string? language = null, DeliveryPreferences? preferences = null) =>
        new("uAAAAAAAAAAAAAAAAAAAA", "chloe36@example.fr", null, timeZone, [new Topic("t1", "Liban", false)], 2, DateTimeOffset.UnixEpoch,
            new PendingConfirmations(null, null, null, 0), Preferences: preferences, Language: language);

    [Fact]
    public void The_trials_sign_up_with_her_own_settings_and_a_confirmed_number_gets_neither_note() =>
        Assert.Equal(new TopicsChangeNotes([], false), TopicsChangeNotes.Of(SignUp(language: "FR", preferences: DeliveryPreferences.AsItHappens), Chloe));

    [Theory]
    [InlineData("America/New_York", null)]
    [InlineData("Europe/Paris", "en")]
    public void Another_time_zone_or_language_is_noted_as_not_applied(string timeZone, string? language) =>
        Assert.True(TopicsChangeNotes.Of(SignUp(timeZone, language), Chloe).SettingsNotApplied);

    [Fact]
    public void Another_frequency_is_noted_as_not_applied() =>
        Assert.True(TopicsChangeNotes.Of(SignUp(preferences: DeliveryPreferences.Default), Chloe).SettingsNotApplied);

    [Theory]
    [InlineData(null, ContactStatus.None, true)]
    [InlineData("+447400123636", ContactStatus.OptedOut, true)]
    [InlineData("+447400123636", ContactStatus.Disabled, true)]
    [InlineData("+447400123636", ContactStatus.Pending, false)]
    [InlineData("+447400123636", ContactStatus.Confirmed, false)]
    public void Only_a_holder_without_a_number_that_gets_or_awaits_texts_is_told_to_add_one(string? phone, ContactStatus status, bool noNumber) =>
        Assert.Equal(noNumber, TopicsChangeNotes.Of(SignUp(), Chloe with { Phone = phone, SmsStatus = status }).NoNumber);
}
