namespace NewsAlerts.Core.Tests.SignUps;

using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

public sealed class A_code_waiting_on_the_manage_link_can_be_entered_there
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static Subscriber Ann(string? phone = "+447700900123", ContactStatus smsStatus = ContactStatus.Confirmed) =>
        new("s1", "ann@example.com", ContactStatus.Confirmed, phone, smsStatus, "Europe/London", [], 2, Now);

    private static PendingSignUp Change(string phone, DateTimeOffset? expires, int attempts = 0, bool confirmed = false) =>
        new("ms1", null, phone, "Europe/London", [], 2, Now, new PendingConfirmations(null, "hash", expires, attempts), SmsConfirmed: confirmed, SubscriberId: "s1", Replaces: true);

    [Fact]
    public void A_new_number_with_a_live_code_offers_the_field() =>
        Assert.Equal(new WaitingCode("+447700900456", Live: true), WaitingCodes.Of(Ann(), Change("+447700900456", Now.AddMinutes(10)), Now));

    [Fact]
    public void An_expired_code_offers_only_a_new_one() =>
        Assert.Equal(new WaitingCode("+447700900456", Live: false), WaitingCodes.Of(Ann(), Change("+447700900456", Now), Now));

    [Fact]
    public void A_code_tried_five_times_offers_only_a_new_one() =>
        Assert.False(WaitingCodes.Of(Ann(), Change("+447700900456", Now.AddMinutes(10), attempts: 5), Now)!.Live);

    [Fact]
    public void Their_own_unconfirmed_number_resent_from_the_page_offers_the_field() =>
        Assert.True(WaitingCodes.Of(Ann(smsStatus: ContactStatus.Pending), Change("+447700900123", Now.AddMinutes(10)) with { Replaces = false }, Now)!.Live);

    [Fact]
    public void A_confirmed_number_no_number_or_no_sign_up_waits_for_nothing()
    {
        Assert.Null(WaitingCodes.Of(Ann(), Change("+447700900456", Now.AddMinutes(10), confirmed: true), Now));
        Assert.Null(WaitingCodes.Of(Ann(), Change("+447700900123", Now.AddMinutes(10)), Now));
        Assert.Null(WaitingCodes.Of(Ann(), null, Now));
        Assert.Null(WaitingCodes.Of(Ann(), Change("+447700900456", Now.AddMinutes(10)) with { Pending = new PendingConfirmations("nonce", null, null, 0) }, Now));
    }
}
