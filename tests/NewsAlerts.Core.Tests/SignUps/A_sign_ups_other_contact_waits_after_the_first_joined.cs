namespace NewsAlerts.Core.Tests.SignUps;

using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Issue 16, trial #5: the number was confirmed by code first, and the preference centre said "No email address yet."
/// while the emailed link was unused and still good. The sign-up's waiting contact is found, with until when it works.
/// </summary>
public sealed class A_sign_ups_other_contact_waits_after_the_first_joined
{
    private const string Email = "ann@example.com";
    private const string Phone = "+447700900123";
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private static readonly Subscriber PhoneOnly =
        new("s1", null, ContactStatus.None, Phone, ContactStatus.Confirmed, "Europe/Rome", [new Topic("t1", "Siria", false)], 2, Now.AddMinutes(-5));

    private static PendingSignUp SignUp(
        string id = "u1", string? subscriberId = "s1", bool emailConfirmed = false, bool smsConfirmed = true, DateTimeOffset? linkExpires = null,
        DateTimeOffset? codeExpires = null, int attempts = 0, bool replaces = false, int minutesAgo = 10) =>
        new(id, Email, Phone, "Europe/Rome", [new Topic("t1", "Siria", false)], 2, Now.AddMinutes(-minutesAgo),
            new PendingConfirmations("nonce", "hash", codeExpires ?? Now.AddMinutes(10), attempts, linkExpires ?? Now.AddDays(2)),
            EmailConfirmed: emailConfirmed, SmsConfirmed: smsConfirmed, SubscriberId: subscriberId, Replaces: replaces);

    [Fact]
    public void The_address_of_a_sign_up_whose_number_joined_first_waits_for_its_link_until_it_expires()
    {
        var waiting = SignUpWaits.Of(PhoneOnly, [SignUp()], Now);

        Assert.Equal((Email, Now.AddDays(2), (string?)null), (waiting!.Email, waiting.LinkUntil, waiting.Phone));
        Assert.Equal("u1", waiting.SignUp.Id);
    }

    [Fact]
    public void A_spent_or_expired_link_still_shows_the_address_waiting_with_no_time()
    {
        var expired = SignUpWaits.Of(PhoneOnly, [SignUp(linkExpires: Now)], Now);
        var used = SignUpWaits.Of(PhoneOnly, [SignUp() is var s ? s with { Pending = s.Pending with { EmailNonce = null } } : null!], Now);

        Assert.Equal(Email, expired!.Email);
        Assert.Null(expired.LinkUntil);
        Assert.Equal(Email, used!.Email);
        Assert.Null(used.LinkUntil);
    }

    [Fact]
    public void The_number_of_a_sign_up_whose_address_joined_first_waits_for_its_code_while_it_has_tries_left()
    {
        var emailOnly = PhoneOnly with { Email = Email, EmailStatus = ContactStatus.Confirmed, Phone = null, SmsStatus = ContactStatus.None };

        var live = SignUpWaits.Of(emailOnly, [SignUp(emailConfirmed: true, smsConfirmed: false)], Now);
        var triedOut = SignUpWaits.Of(emailOnly, [SignUp(emailConfirmed: true, smsConfirmed: false, attempts: PendingConfirmations.MaxSmsCodeAttempts)], Now);

        Assert.Equal((Phone, Now.AddMinutes(10), (string?)null), (live!.Phone, live.CodeUntil, live.Email));
        Assert.Equal(Phone, triedOut!.Phone);
        Assert.Null(triedOut.CodeUntil);
    }

    [Fact]
    public void Nothing_waits_once_both_joined_or_for_another_subscriber_or_a_manage_link_change()
    {
        Assert.Null(SignUpWaits.Of(PhoneOnly, [SignUp(emailConfirmed: true)], Now));
        Assert.Null(SignUpWaits.Of(PhoneOnly, [SignUp(subscriberId: "s2")], Now));
        Assert.Null(SignUpWaits.Of(PhoneOnly, [SignUp(subscriberId: null)], Now));
        Assert.Null(SignUpWaits.Of(PhoneOnly, [SignUp(id: "ms1")], Now));
        Assert.Null(SignUpWaits.Of(PhoneOnly, [], Now));
        // The address joined meanwhile (the subscriber has it): the sign-up has nothing more to say.
        Assert.Null(SignUpWaits.Of(PhoneOnly with { Email = Email, EmailStatus = ContactStatus.Confirmed }, [SignUp()], Now));
    }

    [Fact]
    public void The_newest_sign_up_of_the_subscriber_is_the_one_shown()
    {
        var waiting = SignUpWaits.Of(PhoneOnly, [SignUp(id: "u-old", minutesAgo: 60, linkExpires: Now.AddDays(1)), SignUp(id: "u-new", minutesAgo: 5)], Now);

        Assert.Equal("u-new", waiting!.SignUp.Id);
    }
}
