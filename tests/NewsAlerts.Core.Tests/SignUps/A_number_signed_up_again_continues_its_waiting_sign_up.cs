namespace NewsAlerts.Core.Tests.SignUps;

using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

public sealed class A_number_signed_up_again_continues_its_waiting_sign_up
{
    private const string Phone = "+447700900123";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static PendingSignUp SignUp(string id, string? email = null, string? phone = Phone, int minutesAgo = 5, bool smsConfirmed = false, bool emailConfirmed = false, string? code = "hash") =>
        new(id, email, phone, "UTC", [], 2, Now.AddMinutes(-minutesAgo), new PendingConfirmations(null, code, code is null ? null : Now.AddMinutes(10), 0),
            EmailConfirmed: emailConfirmed, SmsConfirmed: smsConfirmed);

    [Fact]
    public void A_phone_only_sign_up_whose_code_page_was_closed_is_continued() =>
        Assert.Equal("u1", SignUpsAgain.Continued([SignUp("u1")], Phone, null)?.Id);

    [Fact]
    public void The_newest_waiting_sign_up_of_the_number_is_continued() =>
        Assert.Equal("u2", SignUpsAgain.Continued([SignUp("u1", minutesAgo: 30), SignUp("u2", minutesAgo: 3), SignUp("u3", minutesAgo: 60)], Phone, null)?.Id);

    [Fact]
    public void The_number_is_compared_as_a_contact_key() =>
        Assert.Equal("u1", SignUpsAgain.Continued([SignUp("u1")], " " + Phone + " ", null)?.Id);

    [Theory]
    [InlineData("ann@example.com", "ann@example.com", true)] // the same address
    [InlineData("ann@example.com", "ann@EXAMPLE.com", true)] // the same address, domain cased differently
    [InlineData(null, null, true)] // no address either time
    [InlineData("ann@example.com", null, false)] // no address this time: a request nobody authenticated never takes over one that has an address
    [InlineData(null, "ann@example.com", false)] // an address added: nobody can attach their address to a stranger's waiting number
    [InlineData("ann@example.com", "bob@example.com", false)] // another address: another sign-up
    public void An_address_continues_only_when_it_is_the_same_on_both_sides(string? waiting, string? again, bool continued) =>
        Assert.Equal(continued, SignUpsAgain.Continued([SignUp("u1", email: waiting)], Phone, again) is not null);

    [Fact]
    public void A_sign_up_whose_email_is_confirmed_but_number_waits_is_continued() =>
        Assert.Equal("u1", SignUpsAgain.Continued([SignUp("u1", email: "ann@example.com", emailConfirmed: true)], Phone, "ann@example.com")?.Id);

    [Fact]
    public void Confirmed_numbers_other_numbers_and_the_manage_links_sign_ups_are_never_continued()
    {
        Assert.Null(SignUpsAgain.Continued([SignUp("u1", smsConfirmed: true)], Phone, null));
        Assert.Null(SignUpsAgain.Continued([SignUp("u1", phone: "+447700900999")], Phone, null));
        Assert.Null(SignUpsAgain.Continued([SignUp("ms1"), SignUp("ms2") with { Replaces = true }], Phone, null));
        Assert.Null(SignUpsAgain.Continued([], Phone, null));
    }

    [Fact]
    public void Every_other_live_code_of_the_number_is_voided_so_one_code_works()
    {
        var kept = SignUp("u2", minutesAgo: 1);
        var voided = SignUpsAgain.Voided([SignUp("u1", email: "bob@example.com"), kept, SignUp("u3", code: null), SignUp("ms1"), SignUp("u4", smsConfirmed: true)], Phone, kept.Id);
        var only = Assert.Single(voided);
        Assert.Equal("u1", only.Id);
        Assert.Null(only.Pending.SmsCodeHash);
        Assert.Null(only.Pending.SmsCodeExpiresAt);
        Assert.Equal("bob@example.com", only.Email); // its address, if waiting, keeps its link

        // A new sign-up (nothing continued) voids them all.
        Assert.Equal(["u1", "u2"], SignUpsAgain.Voided([SignUp("u1"), SignUp("u2")], Phone, null).Select(s => s.Id));
    }

    [Fact]
    public void A_voided_code_is_told_apart_from_every_other_end_of_a_code()
    {
        var voided = Assert.Single(SignUpsAgain.Voided([SignUp("u1")], Phone, "u2"));
        Assert.True(SignUpsAgain.IsVoided(voided));
        Assert.False(SignUpsAgain.IsVoided(SignUp("u1"))); // still holds its code (wrong, expired or tried out are read from it)
        Assert.False(SignUpsAgain.IsVoided(SignUp("u1", smsConfirmed: true, code: null))); // used: confirmed
        Assert.False(SignUpsAgain.IsVoided(SignUp("u1", phone: null, code: null))); // no number: no code ever
        Assert.False(SignUpsAgain.IsVoided(SignUp("ms1", code: null))); // the manage link's change of number is cancelled, not replaced
    }
}
