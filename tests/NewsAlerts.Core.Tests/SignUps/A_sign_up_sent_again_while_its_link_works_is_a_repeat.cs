namespace NewsAlerts.Core.Tests.SignUps;

using NewsAlerts.Core.Policy;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Issue 16: the same sign-up sent again (Back, a double click, "I didn't get the email") while what it sent still
/// works is a repeat of the waiting one, not a new sign-up; anything else is new.
/// </summary>
public sealed class A_sign_up_sent_again_while_its_link_works_is_a_repeat
{
    private const string Email = "ann@example.com";
    private const string Phone = "+447700900123";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static PendingSignUp SignUp(
        string id = "u1", string? email = Email, string? phone = null, int minutesAgo = 5, DateTimeOffset? linkExpires = null, DateTimeOffset? codeExpires = null,
        int attempts = 0, bool emailConfirmed = false, bool smsConfirmed = false, string topic = "Syria") =>
        new(id, email, phone, "UTC", [new Topic("t1", topic, false)], 2, Now.AddMinutes(-minutesAgo),
            new PendingConfirmations(email is null ? null : "nonce", phone is null ? null : "hash", phone is null ? null : codeExpires ?? Now.AddMinutes(10), attempts,
                email is null ? null : linkExpires ?? Now.AddDays(1)),
            EmailConfirmed: emailConfirmed, SmsConfirmed: smsConfirmed);

    [Fact]
    public void The_same_address_while_its_link_works_repeats_the_waiting_sign_up() =>
        Assert.Equal("u1", SignUpRepeats.Waiting([SignUp()], Email, null, Now)?.Id);

    [Fact]
    public void The_address_is_compared_as_a_contact_key() =>
        Assert.Equal("u1", SignUpRepeats.Waiting([SignUp()], "ann@EXAMPLE.com", null, Now)?.Id);

    [Fact]
    public void The_newest_waiting_sign_up_is_repeated() =>
        Assert.Equal("u2", SignUpRepeats.Waiting([SignUp("u1", minutesAgo: 50), SignUp("u2", minutesAgo: 2), SignUp("u3", minutesAgo: 90)], Email, null, Now)?.Id);

    [Fact]
    public void An_expired_link_is_no_longer_repeated_a_new_one_is_owed() =>
        Assert.Null(SignUpRepeats.Waiting([SignUp(linkExpires: Now)], Email, null, Now));

    [Fact]
    public void A_row_stored_before_the_link_expiry_was_kept_reads_as_made_at_its_creation()
    {
        var old = SignUp() with { Pending = SignUp().Pending with { EmailLinkExpiresAt = null } };
        Assert.Equal("u1", SignUpRepeats.Waiting([old], Email, null, Now)?.Id);
        Assert.Null(SignUpRepeats.Waiting([old with { CreatedAt = Now - SubscriberService.EmailConfirmationLifetime }], Email, null, Now));
    }

    [Fact]
    public void A_used_link_is_not_repeated() =>
        Assert.Null(SignUpRepeats.Waiting([SignUp() with { Pending = SignUp().Pending with { EmailNonce = null } }], Email, null, Now));

    [Theory]
    [InlineData(Email, Phone, true)] // the same address and number
    [InlineData(Email, null, false)] // the number left out: another sign-up
    [InlineData(null, Phone, false)] // the address left out
    [InlineData("bob@example.com", Phone, false)] // another address
    public void Only_exactly_the_same_contacts_repeat(string? email, string? phone, bool repeated) =>
        Assert.Equal(repeated, SignUpRepeats.Waiting([SignUp(phone: Phone)], email, phone, Now) is not null);

    [Fact]
    public void A_code_that_expired_or_whose_tries_are_spent_is_not_repeated_a_new_one_is_owed()
    {
        Assert.Equal("u1", SignUpRepeats.Waiting([SignUp(email: null, phone: Phone)], null, Phone, Now)?.Id);
        Assert.Null(SignUpRepeats.Waiting([SignUp(email: null, phone: Phone, codeExpires: Now)], null, Phone, Now));
        Assert.Null(SignUpRepeats.Waiting([SignUp(email: null, phone: Phone, attempts: PendingConfirmations.MaxSmsCodeAttempts)], null, Phone, Now));
    }

    [Fact]
    public void A_confirmed_address_with_its_number_still_waiting_is_repeated() =>
        Assert.Equal("u1", SignUpRepeats.Waiting([SignUp(phone: Phone, emailConfirmed: true) with { Pending = SignUp(phone: Phone).Pending with { EmailNonce = null } }], Email, Phone, Now)?.Id);

    [Fact]
    public void A_sign_up_with_nothing_left_to_confirm_is_not_repeated() =>
        Assert.Null(SignUpRepeats.Waiting([SignUp(emailConfirmed: true)], Email, null, Now));

    [Fact]
    public void The_manage_links_own_sign_ups_are_never_repeated() =>
        Assert.Null(SignUpRepeats.Waiting([SignUp(id: "msub1"), SignUp(id: "u2") with { Replaces = true }], Email, null, Now));

    [Fact]
    public void Identical_choices_are_the_same_and_any_change_is_not()
    {
        var waiting = SignUp() with { Preferences = DeliveryPreferences.Default };
        Assert.True(SignUpRepeats.SameChoices(waiting, waiting with { Id = "u9", Preferences = DeliveryPreferences.Default with { } }));
        Assert.False(SignUpRepeats.SameChoices(waiting, waiting with { Topics = [new Topic("t1", "ceasefire", false)] }));
        Assert.False(SignUpRepeats.SameChoices(waiting, waiting with { TimeZone = "Europe/Paris" }));
        Assert.False(SignUpRepeats.SameChoices(waiting, waiting with { SmsMaxUrgency = 5 }));
        Assert.False(SignUpRepeats.SameChoices(waiting, waiting with { Language = "fr" }));
        Assert.False(SignUpRepeats.SameChoices(waiting, waiting with { Preferences = DeliveryPreferences.AsItHappens }));
    }
}
