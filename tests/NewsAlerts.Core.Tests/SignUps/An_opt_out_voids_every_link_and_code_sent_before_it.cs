namespace NewsAlerts.Core.Tests.SignUps;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Issue 16: a link sent before an unsubscribe (or a code before a STOP) confirmed afterwards and restarted alerts.
/// <see cref="OptOutVoids.Voided"/> picks every sign-up still holding a link or code for the opted-out contact, of the
/// sign-up form and of the manage link alike, and voids that one only.
/// </summary>
public sealed class An_opt_out_voids_every_link_and_code_sent_before_it
{
    private const string Email = "ann@example.com";
    private const string Phone = "+447700900123";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static PendingSignUp SignUp(
        string id, string? email = Email, string? phone = Phone, bool emailConfirmed = false, bool smsConfirmed = false, int tries = 0, DateTimeOffset? marked = null) =>
        new(id, email, phone, "UTC", [new Topic("t1", "Syria", false)], 2, Now.AddMinutes(-60),
            new PendingConfirmations(email is null || emailConfirmed ? null : "nonce", phone is null || smsConfirmed ? null : "hash",
                phone is null || smsConfirmed ? null : Now.AddMinutes(10), tries, email is null || emailConfirmed ? null : Now.AddDays(1), OptedOutAt: marked),
            EmailConfirmed: emailConfirmed, SmsConfirmed: smsConfirmed);

    [Fact]
    public void An_unsubscribe_voids_the_link_of_every_sign_up_for_the_address_and_keeps_their_codes()
    {
        var voided = OptOutVoids.Voided([SignUp("u1"), SignUp("mSUB1"), SignUp("u2", email: "other@example.com")], Channel.Email, Email, Now);

        Assert.Equal(["u1", "mSUB1"], voided.Select(v => v.Id));
        Assert.All(voided, v => Assert.Null(v.Pending.EmailNonce));
        Assert.All(voided, v => Assert.Null(v.Pending.EmailLinkExpiresAt));
        Assert.All(voided, v => Assert.Equal("hash", v.Pending.SmsCodeHash));
    }

    [Fact]
    public void A_STOP_spends_the_tries_of_every_code_for_the_number_so_it_reads_as_used_up_not_replaced()
    {
        var voided = Assert.Single(OptOutVoids.Voided([SignUp("u1"), SignUp("u2", phone: "+447700900999")], Channel.Sms, Phone, Now));

        Assert.Equal("u1", voided.Id);
        Assert.Equal(PendingConfirmations.MaxSmsCodeAttempts, voided.Pending.SmsCodeAttempts);
        Assert.Equal("hash", voided.Pending.SmsCodeHash); // not SignUpsAgain.IsVoided: the page says "ask for a new code"
        Assert.False(SignUpsAgain.IsVoided(voided));
        Assert.Equal("nonce", voided.Pending.EmailNonce);
    }

    [Fact]
    public void Contacts_are_compared_as_contact_keys() =>
        Assert.Equal("u1", Assert.Single(OptOutVoids.Voided([SignUp("u1", email: "Ann@EXAMPLE.com")], Channel.Email, Email, Now)).Id);

    [Fact]
    public void Confirmed_used_or_already_voided_ones_are_left_alone()
    {
        Assert.Empty(OptOutVoids.Voided([SignUp("u1", emailConfirmed: true), SignUp("u2", email: null)], Channel.Email, Email, Now));
        Assert.Empty(OptOutVoids.Voided(
            [SignUp("u1", smsConfirmed: true), SignUp("u2", marked: Now), SignUp("u3", phone: null), SignUp("u4", marked: Now.AddSeconds(1))], Channel.Sms, Phone, Now));
    }

    [Fact]
    public void A_link_or_code_claimed_by_a_confirmation_joining_now_is_marked_so_its_give_back_fails()
    {
        var claimedLink = SignUp("u1") with { Pending = SignUp("u1").Pending with { EmailNonce = null } };
        var claimedCode = SignUp("u2") with { Pending = SignUp("u2").Pending with { SmsCodeHash = null, SmsCodeExpiresAt = null, UsedSmsCodeHash = "hash" } };

        var link = Assert.Single(OptOutVoids.Voided([claimedLink], Channel.Email, Email, Now));
        var code = Assert.Single(OptOutVoids.Voided([claimedCode], Channel.Sms, Phone, Now));

        Assert.Equal(Now, link.Pending.OptedOutAt);
        Assert.NotEqual(claimedLink, link); // a write over the claim: the give-back, written only over the claim, fails
        Assert.Equal(Now, code.Pending.OptedOutAt);
        Assert.Null(code.Pending.SmsCodeHash);
        Assert.Empty(OptOutVoids.Voided([link], Channel.Email, Email, Now)); // marked: repeating it ends
        Assert.Single(OptOutVoids.Voided([link], Channel.Email, Email, Now.AddSeconds(1))); // a later opt-out marks again
    }
}
