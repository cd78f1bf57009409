namespace NewsAlerts.Core.Tests.SignUps;

using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Issue 16 (trials r32/r33 defect 3; review of s34): a sign-up's email is worded by its address's own state only
/// (<see cref="SignUpEmails.KindOf"/>): confirmed for a subscriber and not suppressed → the change email; new, pending,
/// opted out, disabled, suppressed, or a former address → the confirmation. Nothing about the number enters the rule.
/// A sign-up's number joins the sign-up's subscriber only when the sign-up created it (<see cref="SignUpJoins"/>).
/// </summary>
public sealed class A_sign_up_email_is_worded_by_its_address_state_only
{
    private const string Email = "ann@example.com";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static Subscriber Holder(string? email = Email, ContactStatus status = ContactStatus.Confirmed, string? phone = null, ContactStatus smsStatus = ContactStatus.None, IReadOnlyList<string>? otherEmails = null) =>
        new("s1", email, status, phone, smsStatus, "UTC", [new Topic("t1", "Zanzibar", false)], 2, Now, OtherEmails: otherEmails);

    [Fact]
    public void A_new_address_gets_the_confirmation() =>
        Assert.Equal(SignUpEmailKind.Confirm, SignUpEmails.KindOf(Email, null, suppressed: false));

    [Theory]
    [InlineData(ContactStatus.Pending)]
    [InlineData(ContactStatus.OptedOut)]
    [InlineData(ContactStatus.Disabled)]
    [InlineData(ContactStatus.None)]
    public void An_address_not_confirmed_now_gets_the_confirmation_which_is_new_consent(ContactStatus status) =>
        Assert.Equal(SignUpEmailKind.Confirm, SignUpEmails.KindOf(Email, Holder(status: status), suppressed: false));

    [Fact]
    public void A_confirmed_address_on_the_suppression_list_gets_the_confirmation() =>
        Assert.Equal(SignUpEmailKind.Confirm, SignUpEmails.KindOf(Email, Holder(), suppressed: true));

    [Fact]
    public void A_subscribers_former_address_gets_the_confirmation_as_alerts_no_longer_go_there() =>
        Assert.Equal(SignUpEmailKind.Confirm, SignUpEmails.KindOf(Email, Holder(email: "new@example.com", otherEmails: [Email]), suppressed: false));

    [Fact]
    public void A_confirmed_address_gets_the_change() =>
        Assert.Equal(SignUpEmailKind.Change, SignUpEmails.KindOf(Email, Holder(), suppressed: false));

    [Fact]
    public void A_confirmed_address_is_compared_as_a_contact_key() =>
        Assert.Equal(SignUpEmailKind.Change, SignUpEmails.KindOf("Ann@EXAMPLE.com", Holder(), suppressed: false));

    [Theory]
    [InlineData(null, ContactStatus.None)]
    [InlineData("+14155550100", ContactStatus.Confirmed)]
    [InlineData("+14155550100", ContactStatus.Pending)]
    [InlineData("+14155550100", ContactStatus.OptedOut)]
    public void The_holders_number_in_any_state_does_not_change_the_wording(string? phone, ContactStatus smsStatus) =>
        Assert.Equal(SignUpEmailKind.Change, SignUpEmails.KindOf(Email, Holder(phone: phone, smsStatus: smsStatus), suppressed: false));

    [Fact]
    public void Only_topics_not_followed_are_new_compared_as_uniting_compares_them()
    {
        var followed = new List<Topic> { new("t1", "Zanzibar", false), new("t2", "ceasefire", true) };
        // TopicIdentity: " zanzibar" is the topic followed; "ZANZIBAR", in capitals, is an acronym topic, so new (trial s42 #A).
        var requested = new List<Topic> { new("t1", " zanzibar", false), new("t2", "ZANZIBAR", false), new("t3", "Comoros", false), new("t4", "ceasefire", false), new("t5", "ceasefire", true) };

        var added = SignUpEmails.NewTopics(followed, requested);

        Assert.Equal([("t1", "ZANZIBAR", false), ("t2", "Comoros", false), ("t3", "ceasefire", false)], added.Select(t => (t.Id, t.Text, t.Exact)));
    }

    [Fact]
    public void Nothing_is_new_when_every_topic_is_followed() =>
        Assert.Empty(SignUpEmails.NewTopics([new Topic("t1", "Zanzibar", false)], [new Topic("t1", "zanzibar", false)]));

    private static PendingSignUp SignUp(string id = "uABC", string? subscriberId = null, string? created = null, bool replaces = false) =>
        new(id, Email, "+14155550100", "UTC", [], 2, Now, new PendingConfirmations(null, null, null, 0), SubscriberId: subscriberId, Replaces: replaces, CreatedSubscriberId: created);

    [Fact]
    public void A_number_joins_the_subscriber_its_sign_up_created() =>
        Assert.True(SignUpJoins.NumberMayJoinSignUpsSubscriber(SignUp(subscriberId: "s9", created: "s9")));

    [Fact]
    public void A_number_never_joins_a_subscriber_that_had_the_address_before_the_sign_up() =>
        Assert.False(SignUpJoins.NumberMayJoinSignUpsSubscriber(SignUp(subscriberId: "s1", created: null)));

    [Fact]
    public void A_number_does_not_join_a_subscriber_the_sign_up_did_not_create_even_if_it_created_another() =>
        Assert.False(SignUpJoins.NumberMayJoinSignUpsSubscriber(SignUp(subscriberId: "s1", created: "s9")));

    [Fact]
    public void A_sign_up_with_no_subscriber_yet_joins_none() =>
        Assert.False(SignUpJoins.NumberMayJoinSignUpsSubscriber(SignUp()));

    [Fact]
    public void The_manage_links_change_of_number_joins_its_subscriber() =>
        Assert.True(SignUpJoins.NumberMayJoinSignUpsSubscriber(SignUp(id: SignUpService.ManageSignUpId("s1"), subscriberId: "s1", replaces: true)));

    [Fact]
    public void The_manage_links_resend_to_its_own_number_joins_its_subscriber() =>
        Assert.True(SignUpJoins.NumberMayJoinSignUpsSubscriber(SignUp(id: SignUpService.ManageSignUpId("s1"), subscriberId: "s1")));
}
