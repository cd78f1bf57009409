namespace NewsAlerts.Core.Tests.SignUps;

using NewsAlerts.Core.Policy;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Review r40 #5: <see cref="ChoicesNotApplied.Of"/> had two near-copies of its rules, one for rows that keep the choices
/// given (<see cref="PendingSignUp.Given"/>) and one for rows stored before. Now one rule: a choice is named when it was
/// given (as listed, or guessed from a value other than the default) and differs from the holder's.
/// </summary>
public sealed class A_choice_is_named_by_one_rule_whether_the_row_kept_what_it_gave_or_not
{
    private static readonly Subscriber Holder = new(
        "s1", "ana@example.pt", ContactStatus.Confirmed, "+351912345678", ContactStatus.Confirmed, "Europe/Lisbon", [], 5, DateTimeOffset.UnixEpoch,
        Preferences: DeliveryPreferences.Default with { QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), false), Caps = new DailyCaps(5, 2) },
        Language: "pt", Languages: ["en"]);

    // A sign-up that differs from the holder in every choice, none of them at its default.
    private static PendingSignUp Different(IReadOnlyList<string>? given) =>
        new("uAAAAAAAAAAAAAAAAAAAA", "ana@example.pt", null, "America/Sao_Paulo", [new Topic("t1", "Lisboa", false)], 1, DateTimeOffset.UnixEpoch,
            new PendingConfirmations(null, null, null, 0),
            Preferences: new DeliveryPreferences(
                EmailSchedule.Default with { Frequency = EmailFrequency.Immediate }, new QuietHours(new TimeOnly(21, 0), new TimeOnly(6, 0), true), new DailyCaps(9, 1),
                new Dictionary<string, TopicPreferences> { ["t1"] = new(null, 1) }),
            Language: "es", Languages: ["fr"], Given: given);

    // A sign-up whose optional choices are each at its default (no language or languages read, no quiet hours, no caps, urgency 2).
    private static PendingSignUp Defaults(IReadOnlyList<string>? given) =>
        new("uAAAAAAAAAAAAAAAAAAAA", "ana@example.pt", null, "Europe/Lisbon", [new Topic("t1", "Lisboa", false)], Subscriber.DefaultSmsMaxUrgency, DateTimeOffset.UnixEpoch,
            new PendingConfirmations(null, null, null, 0), Preferences: DeliveryPreferences.Default, Language: null, Languages: null, Given: given);

    private static readonly string[] EveryField = [.. Enum.GetValues<SignUpChoice>().Select(ChoicesNotApplied.FieldOf)];

    [Fact]
    public void Every_differing_choice_is_named_in_order_with_and_without_the_given_list()
    {
        Assert.Equal(Enum.GetValues<SignUpChoice>(), ChoicesNotApplied.Of(Different(EveryField), Holder));
        Assert.Equal(Enum.GetValues<SignUpChoice>(), ChoicesNotApplied.Of(Different(given: null), Holder));
    }

    [Fact]
    public void A_row_that_gave_nothing_optional_names_only_what_is_always_given() =>
        Assert.Equal([SignUpChoice.TimeZone, SignUpChoice.TopicSettings], ChoicesNotApplied.Of(Different(given: []), Holder));

    [Fact]
    public void Defaults_given_explicitly_are_named_where_the_holder_differs()
    {
        var named = ChoicesNotApplied.Of(Defaults(EveryField), Holder);

        Assert.Equal([SignUpChoice.Language, SignUpChoice.ReadLanguages, SignUpChoice.QuietHours, SignUpChoice.SmsUrgency, SignUpChoice.DailyLimits], named);
    }

    [Fact]
    public void Defaults_on_a_row_stored_before_the_given_list_read_as_not_given() =>
        Assert.Empty(ChoicesNotApplied.Of(Defaults(given: null), Holder));

    [Theory]
    [InlineData(SignUpChoice.Language)]
    [InlineData(SignUpChoice.ReadLanguages)]
    [InlineData(SignUpChoice.EmailFrequency)]
    [InlineData(SignUpChoice.QuietHours)]
    [InlineData(SignUpChoice.SmsUrgency)]
    [InlineData(SignUpChoice.DailyLimits)]
    public void Each_optional_choice_counts_as_given_by_the_list_when_there_is_one_else_by_its_value(SignUpChoice choice)
    {
        Assert.True(ChoicesNotApplied.Gave(Defaults([ChoicesNotApplied.FieldOf(choice)]), choice));
        Assert.False(ChoicesNotApplied.Gave(Different([]), choice));
        Assert.True(ChoicesNotApplied.Gave(Different(given: null), choice));
        Assert.Equal(choice == SignUpChoice.EmailFrequency, ChoicesNotApplied.Gave(Defaults(given: null), choice));
    }
}
