namespace NewsAlerts.Core.Tests.SignUps;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;

/// <summary>
/// Issue 16: a confirmation claimed just before an unsubscribe joined after it and lifted the suppression. The rule
/// (<see cref="OptOutConsent"/>): a link or code issued before the contact's latest opt-out never confirms; the opt-out
/// time is the latest of the contact's suppressed rows (<see cref="SuppressionSnapshot.OptedOutAt"/>).
/// </summary>
public sealed class A_link_issued_before_the_latest_opt_out_never_confirms
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Only_a_link_issued_strictly_after_the_opt_out_confirms()
    {
        Assert.True(OptOutConsent.Confirms(Now, null));
        Assert.True(OptOutConsent.Confirms(Now, Now.AddTicks(-1)));
        Assert.False(OptOutConsent.Confirms(Now, Now)); // a tie: the opt-out wins
        Assert.False(OptOutConsent.Confirms(Now, Now.AddSeconds(1)));
    }

    // Review of s33: a STOP then START while a code joined (opt-out read, then none) refused the confirmation and marked
    // the number opted out again although the person had just texted START. Only a newer opt-out makes a join fail.
    [Fact]
    public void Only_an_opt_out_newer_than_the_one_read_before_the_join_makes_it_fail()
    {
        Assert.True(OptOutConsent.NoNewerOptOut(null, null));
        Assert.True(OptOutConsent.NoNewerOptOut(Now, null)); // START meanwhile
        Assert.True(OptOutConsent.NoNewerOptOut(Now, Now)); // unchanged
        Assert.False(OptOutConsent.NoNewerOptOut(null, Now)); // STOP meanwhile
        Assert.False(OptOutConsent.NoNewerOptOut(Now, Now.AddTicks(1))); // STOP, START, STOP meanwhile
    }

    [Fact]
    public void A_link_or_code_was_issued_its_lifetime_before_it_expires()
    {
        var signUp = new PendingSignUp("u1", "ann@example.com", "+447700900123", "UTC", [], 2, Now.AddDays(-1),
            new PendingConfirmations("nonce", "hash", Now.AddMinutes(5), 0, Now.AddDays(1)));

        Assert.Equal(Now.AddDays(1) - SubscriberService.EmailConfirmationLifetime, OptOutConsent.IssuedAt(signUp, Channel.Email));
        Assert.Equal(Now.AddMinutes(5) - SubscriberService.SmsCodeLifetime, OptOutConsent.IssuedAt(signUp, Channel.Sms));
        // A row stored before the link's expiry was kept reads as issued when the sign-up was made (never later than the truth).
        Assert.Equal(Now.AddDays(-1), OptOutConsent.IssuedAt(signUp with { Pending = signUp.Pending with { EmailLinkExpiresAt = null } }, Channel.Email));
    }

    [Fact]
    public void The_opt_out_read_is_the_latest_suppressed_row_of_the_contact()
    {
        Assert.Null(new SuppressionSnapshot([("a", null), ("b", new SuppressionEntry(false, null, "1"))]).OptedOutAt);
        Assert.Equal(Now, new SuppressionSnapshot([("a", new SuppressionEntry(true, Now.AddDays(-3), "1")), ("b", new SuppressionEntry(true, Now, "2"))]).OptedOutAt);
        Assert.Equal(DateTimeOffset.MaxValue, new SuppressionSnapshot([("a", new SuppressionEntry(true, null, "1"))]).OptedOutAt); // time unknown: the latest
    }
}
