namespace NewsAlerts.Core.Tests.SignUps;

using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Issue 16 (reviewer's medium of stop 33): a sign-up naming a number that replied STOP is stored and answered as any
/// other, and its code is withheld, never handed to the sender (trial r33 #1: nothing goes to a suppressed number).
/// </summary>
public sealed class A_sign_up_with_a_number_that_replied_STOP_is_texted_nothing_and_answered_alike
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    private static SignUpStarted Started(string? email, string? phone) => new(
        new PendingSignUp("uAAAAAAAAAAAAAAAAAAAA", email, phone, "UTC", [new Topic("t1", "Syria", false)], 2, Now,
            new PendingConfirmations(email is null ? null : "nonce", phone is null ? null : "hash", phone is null ? null : Now.AddMinutes(10), 0)),
        email is null ? null : "link-token",
        phone is null ? null : "123456");

    [Fact]
    public void A_suppressed_numbers_code_is_withheld_and_recorded_as_not_sent()
    {
        var started = Started(null, "+447700900123");

        var sendable = StoppedNumbers.Withheld(started, numberSuppressed: true);

        Assert.Null(sendable.SmsCode);
        Assert.True(sendable.SmsCodeWithheld);
    }

    [Fact]
    public void The_sign_up_is_kept_as_stored_so_its_answer_reads_as_a_fresh_numbers()
    {
        var started = Started("ann@example.com", "+447700900123");

        var sendable = StoppedNumbers.Withheld(started, numberSuppressed: true);

        Assert.Same(started.SignUp, sendable.SignUp);
        Assert.Equal(["email", "sms"], sendable.SignUp.PendingChannels);
        Assert.Equal(StoppedNumbers.Withheld(started, numberSuppressed: false).SignUp.PendingChannels, sendable.SignUp.PendingChannels);
    }

    [Fact]
    public void The_address_of_a_sign_up_with_a_suppressed_number_still_gets_its_link() =>
        Assert.Equal("link-token", StoppedNumbers.Withheld(Started("ann@example.com", "+447700900123"), numberSuppressed: true).EmailConfirmationToken);

    [Fact]
    public void A_number_not_suppressed_is_texted_its_code()
    {
        var started = Started(null, "+447700900123");

        var sendable = StoppedNumbers.Withheld(started, numberSuppressed: false);

        Assert.Equal("123456", sendable.SmsCode);
        Assert.False(sendable.SmsCodeWithheld);
    }

    [Fact]
    public void Nothing_to_send_is_not_called_withheld()
    {
        // A repeat, or a resend with nothing waiting: no code was to go, so none is said to be withheld.
        var repeat = Started(null, "+447700900123") with { SmsCode = null };

        Assert.False(StoppedNumbers.Withheld(repeat, numberSuppressed: true).SmsCodeWithheld);
    }
}
