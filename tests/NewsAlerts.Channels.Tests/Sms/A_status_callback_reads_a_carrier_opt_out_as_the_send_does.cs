namespace NewsAlerts.Channels.Tests.Sms;

using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// Issue 16: Twilio reports a carrier opt-out (21610) on send and in the status callback; both refuse the number.
/// Only a final failure decides anything; other error codes fail the message without refusing the person.
/// </summary>
public sealed class A_status_callback_reads_a_carrier_opt_out_as_the_send_does
{
    [Theory]
    [InlineData("undelivered", "21610")]
    [InlineData("failed", "21610")]
    [InlineData("failed", " 21610 ")]
    public void A_final_failure_with_21610_refuses_the_number(string status, string code)
    {
        var read = TwilioStatusCallbacks.Read(status, code);

        Assert.Equal(new TwilioStatus(LedgerState.Failed, $"Twilio error {code.Trim()}", ContactRefused: true), read);
    }

    [Theory]
    [InlineData("undelivered", "30003", LedgerState.Failed)]
    [InlineData("failed", "30006", LedgerState.Failed)]
    [InlineData("failed", "216100", LedgerState.Failed)]
    [InlineData("failed", "+21610", LedgerState.Failed)]
    [InlineData("delivered", "", LedgerState.Delivered)]
    public void Other_final_states_refuse_nobody(string status, string code, LedgerState state)
    {
        var read = TwilioStatusCallbacks.Read(status, code);

        Assert.Equal(state, read.State);
        Assert.False(read.ContactRefused);
    }

    [Theory]
    [InlineData("queued")]
    [InlineData("sent")]
    [InlineData("")]
    [InlineData("DELIVERED")]
    public void A_state_on_the_way_decides_nothing(string status)
    {
        Assert.Equal(new TwilioStatus(null, null, false), TwilioStatusCallbacks.Read(status, "21610"));
    }
}
