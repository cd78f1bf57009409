namespace NewsAlerts.Core.Tests.SignUps;

using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Trial r37 #3: an older code of a sign-up (continued by signing up again, or sent again) read as "wrong". The codes a
/// newer one replaced are remembered, newest first and bounded, so the code page can say a newer code was sent.
/// </summary>
public sealed class A_code_replaced_by_a_newer_one_is_remembered_as_replaced
{
    private const string Phone = "+447700900123";
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Nothing_replaced_is_nothing_remembered()
    {
        Assert.Null(SupersededCodes.With(null, null));
        Assert.Equal("A", SupersededCodes.With("A", null));
        Assert.False(SupersededCodes.Hold(null, _ => true));
    }

    [Fact]
    public void Each_replaced_code_is_added_newest_first_and_only_the_last_few_are_kept()
    {
        var kept = SupersededCodes.With(SupersededCodes.With(SupersededCodes.With(SupersededCodes.With(null, "A"), "B"), "C"), "D");

        Assert.Equal("D C B", kept);
        Assert.Equal(SupersededCodes.Kept, kept!.Split(' ').Length);
        Assert.True(SupersededCodes.Hold(kept, h => h == "B"));
        Assert.False(SupersededCodes.Hold(kept, h => h == "A")); // the oldest dropped
    }

    [Fact]
    public void A_hash_replaced_twice_is_kept_once() =>
        Assert.Equal("A B", SupersededCodes.With("B A", "A"));

    [Fact]
    public void A_code_voided_by_another_sign_up_of_the_number_is_remembered_for_after_its_own_new_code()
    {
        var waiting = new PendingSignUp("u1", null, Phone, "UTC", [], 2, Now, new PendingConfirmations(null, "A", Now.AddMinutes(10), 2));

        var voided = Assert.Single(SignUpsAgain.Voided([waiting], Phone, "u2"));

        Assert.Null(voided.Pending.SmsCodeHash);
        Assert.Equal("A", voided.Pending.SupersededSmsCodeHashes);
        Assert.True(SignUpsAgain.IsVoided(voided)); // still read as voided by the newer sign-up until it gets its own code
    }

    [Fact]
    public void Pending_confirmations_with_the_same_replaced_codes_are_equal_values() =>
        Assert.Equal(new PendingConfirmations(null, "B", Now, 0, SupersededSmsCodeHashes: "A"), new PendingConfirmations(null, "B", Now, 0, SupersededSmsCodeHashes: "A"));
}
