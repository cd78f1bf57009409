namespace NewsAlerts.Core.Tests.SignUps;

using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Issue 16: an email-only sign-up made again with other choices left the earlier link working. Each link sent for an
/// address voids the other sign-ups' links for it (<see cref="NewestLinks.Voided"/>), and an old link's page names the
/// sign-up holding the newest one (<see cref="NewestLinks.Replacing"/>).
/// </summary>
public sealed class Only_the_newest_link_sent_to_an_address_confirms_it
{
    private const string Email = "ann@example.com";
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static PendingSignUp SignUp(
        string id, string? email = Email, string? phone = null, string? nonce = "nonce", int linkSentMinutesAgo = 5, bool emailConfirmed = false, bool replaces = false) =>
        new(id, email, phone, "UTC", [new Topic("t1", "Syria", false)], 2, Now.AddMinutes(-60),
            new PendingConfirmations(nonce, phone is null ? null : "hash", phone is null ? null : Now.AddMinutes(10), 0,
                nonce is null ? null : Now.AddDays(1).AddMinutes(-linkSentMinutesAgo)),
            EmailConfirmed: emailConfirmed, Replaces: replaces);

    [Fact]
    public void A_new_link_voids_the_link_of_an_earlier_sign_up_for_the_same_address()
    {
        var voided = Assert.Single(NewestLinks.Voided([SignUp("u1"), SignUp("u2")], Email, kept: "u2"));
        Assert.Equal("u1", voided.Id);
        Assert.Null(voided.Pending.EmailNonce);
        Assert.Null(voided.Pending.EmailLinkExpiresAt);
    }

    [Fact]
    public void The_address_is_compared_as_a_contact_key() =>
        Assert.Equal("u1", Assert.Single(NewestLinks.Voided([SignUp("u1", email: "Ann@EXAMPLE.com")], Email, kept: "u2")).Id);

    [Fact]
    public void A_number_waiting_in_the_voided_sign_up_keeps_its_code()
    {
        var voided = Assert.Single(NewestLinks.Voided([SignUp("u1", phone: "+447700900123")], Email, kept: "u2"));
        Assert.Equal("hash", voided.Pending.SmsCodeHash);
    }

    [Fact]
    public void Other_addresses_confirmed_links_spent_links_and_the_manage_links_changes_are_left_alone() =>
        Assert.Empty(NewestLinks.Voided(
            [SignUp("u1", email: "bob@example.com"), SignUp("u3", emailConfirmed: true), SignUp("u4", nonce: null), SignUp("mS1"), SignUp("u5", replaces: true), SignUp("u2")],
            Email, kept: "u2"));

    [Fact]
    public void An_old_link_is_replaced_by_the_sign_up_holding_the_newest_link()
    {
        var old = SignUp("u1", nonce: null);
        Assert.Equal("u3", NewestLinks.Replacing([old, SignUp("u2", linkSentMinutesAgo: 30), SignUp("u3", linkSentMinutesAgo: 1), SignUp("u4", emailConfirmed: true)], old)?.Id);
    }

    [Fact]
    public void A_link_sent_again_for_the_same_sign_up_is_its_own_replacement()
    {
        var resent = SignUp("u1", nonce: "newer");
        Assert.Equal("u1", NewestLinks.Replacing([resent], resent)?.Id);
    }

    [Fact]
    public void Nothing_replaces_a_link_when_no_link_for_the_address_still_waits()
    {
        var old = SignUp("u1", nonce: null);
        Assert.Null(NewestLinks.Replacing([old, SignUp("u2", emailConfirmed: true)], old));
        Assert.Null(NewestLinks.Replacing([SignUp("u2")], SignUp("u1", emailConfirmed: true)));
        Assert.Null(NewestLinks.Replacing([SignUp("u2")], SignUp("mS1", nonce: null)));
    }
}
