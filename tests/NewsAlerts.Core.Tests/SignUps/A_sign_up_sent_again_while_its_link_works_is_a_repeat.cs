namespace NewsAlerts.Core.Tests.SignUps;

using NewsAlerts.Core.Policy;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Issue 16: the same sign-up sent again (Back, a double click, "I didn't get the email") is a repeat of the waiting one,
/// not a new sign-up; trial s42 A: each channel is decided on its own, so a spent code no longer voids the good link.
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

    // The states a link can be in, as each leaves the sign-up, and whether it still works.
    public enum Link { Works, Expired, Used, Voided, Unsent, Confirmed, None }

    // The states a code can be in, and whether it still works.
    public enum Code { Works, Expired, TriedOut, Voided, Unsent, Confirmed, None }

    private static PendingSignUp With(Link link, Code code)
    {
        var signUp = SignUp(email: link == Link.None ? null : Email, phone: code == Code.None ? null : Phone);
        var p = signUp.Pending;
        p = link switch
        {
            Link.Expired => p with { EmailLinkExpiresAt = Now },
            Link.Used or Link.Confirmed => p with { EmailNonce = null, UsedEmailNonce = "nonce" },
            Link.Voided => p with { EmailNonce = null, EmailLinkExpiresAt = null },
            Link.Unsent => SignUpRepeats.Unsent(p, ["email"], Now),
            _ => p,
        };
        p = code switch
        {
            Code.Expired => p with { SmsCodeExpiresAt = Now.AddSeconds(-1) },
            Code.TriedOut => p with { SmsCodeAttempts = PendingConfirmations.MaxSmsCodeAttempts },
            Code.Voided or Code.Confirmed => p with { SmsCodeHash = null, SmsCodeExpiresAt = null },
            Code.Unsent => SignUpRepeats.Unsent(p, ["sms"], Now),
            _ => p,
        };
        return signUp with { Pending = p, EmailConfirmed = link == Link.Confirmed, SmsConfirmed = code == Code.Confirmed };
    }

    public static TheoryData<Link, Code> EveryCombination()
    {
        var data = new TheoryData<Link, Code>();
        foreach (var link in Enum.GetValues<Link>())
        {
            foreach (var code in Enum.GetValues<Code>())
            {
                data.Add(link, code);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void Each_channel_is_sent_again_only_when_what_it_holds_no_longer_works(Link link, Code code)
    {
        var signUp = With(link, code);
        var repeat = SignUpRepeats.Of([signUp], signUp.Email, signUp.Phone, Now);

        if (signUp.PendingChannels.Count == 0)
        {
            Assert.Null(repeat); // nothing waits (both confirmed, or one confirmed and no other contact): a new sign-up
            return;
        }

        Assert.NotNull(repeat);
        Assert.Equal("u1", repeat.Waiting.Id);
        Assert.Equal(link is Link.Expired or Link.Used or Link.Voided or Link.Unsent, repeat.SendsLink);
        Assert.Equal(code is Code.Expired or Code.TriedOut or Code.Voided or Code.Unsent, repeat.SendsCode);
        Assert.Equal(!repeat.SendsLink && !repeat.SendsCode, repeat.SendsNothing);
    }

    [Fact]
    public void The_trials_case_a_code_tried_out_sends_a_code_and_keeps_the_link()
    {
        // Trial s42 A: de1@example.org with +44 7400 222333, six wrong codes, then the same form again.
        var waiting = SignUp(email: "de1@example.org", phone: "+447400222333", attempts: PendingConfirmations.MaxSmsCodeAttempts);

        var repeat = SignUpRepeats.Of([waiting], "de1@example.org", "+447400222333", Now);

        Assert.Equal(new SignUpRepeat(waiting, SendsLink: false, SendsCode: true), repeat);
    }

    [Fact]
    public void The_mirror_a_link_expired_with_its_code_still_good_sends_a_link_and_keeps_the_code() =>
        Assert.Equal((true, false), SignUpRepeats.Of([SignUp(phone: Phone, linkExpires: Now)], Email, Phone, Now) is { } r ? (r.SendsLink, r.SendsCode) : default);

    [Fact]
    public void The_same_address_while_its_link_works_repeats_the_waiting_sign_up_and_sends_nothing() =>
        Assert.True(SignUpRepeats.Of([SignUp()], Email, null, Now) is { Waiting.Id: "u1", SendsNothing: true });

    [Fact]
    public void The_address_is_compared_as_a_contact_key() =>
        Assert.Equal("u1", SignUpRepeats.Of([SignUp()], "ann@EXAMPLE.com", null, Now)?.Waiting.Id);

    [Fact]
    public void The_newest_waiting_sign_up_is_repeated() =>
        Assert.Equal("u2", SignUpRepeats.Of([SignUp("u1", minutesAgo: 50), SignUp("u2", minutesAgo: 2), SignUp("u3", minutesAgo: 90)], Email, null, Now)?.Waiting.Id);

    [Fact]
    public void A_row_stored_before_the_link_expiry_was_kept_reads_as_made_at_its_creation()
    {
        var old = SignUp() with { Pending = SignUp().Pending with { EmailLinkExpiresAt = null } };
        Assert.False(SignUpRepeats.Of([old], Email, null, Now)!.SendsLink);
        Assert.True(SignUpRepeats.Of([old with { CreatedAt = Now - SubscriberService.EmailConfirmationLifetime }], Email, null, Now)!.SendsLink);
    }

    [Theory]
    [InlineData(Email, Phone, true)] // the same address and number
    [InlineData(Email, null, false)] // the number left out: another sign-up
    [InlineData(null, Phone, false)] // the address left out
    [InlineData("bob@example.com", Phone, false)] // another address
    public void Only_exactly_the_same_contacts_repeat(string? email, string? phone, bool repeated) =>
        Assert.Equal(repeated, SignUpRepeats.Of([SignUp(phone: Phone)], email, phone, Now) is not null);

    [Fact]
    public void The_manage_links_own_sign_ups_are_never_repeated() =>
        Assert.Null(SignUpRepeats.Of([SignUp(id: "msub1"), SignUp(id: "u2") with { Replaces = true }], Email, null, Now));

    [Fact]
    public void What_did_not_go_out_reads_as_expired_now_and_the_other_channel_is_untouched()
    {
        var pending = SignUp(phone: Phone).Pending;

        Assert.Equal(pending with { EmailLinkExpiresAt = Now }, SignUpRepeats.Unsent(pending, ["email"], Now));
        Assert.Equal(pending with { SmsCodeExpiresAt = Now }, SignUpRepeats.Unsent(pending, ["sms"], Now));
        Assert.Equal(pending with { EmailLinkExpiresAt = Now, SmsCodeExpiresAt = Now }, SignUpRepeats.Unsent(pending, ["email", "sms"], Now));
        Assert.Equal(pending, SignUpRepeats.Unsent(pending, [], Now));
        // A link or code that was never issued is left as it is (nothing to mark).
        var none = pending with { EmailNonce = null, SmsCodeHash = null };
        Assert.Equal(none, SignUpRepeats.Unsent(none, ["email", "sms"], Now));
    }

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
