namespace NewsAlerts.Channels.Tests.Sms;

using System.Net.Http.Json;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Channels.Tests.Support;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.SmsSink;

/// <summary>
/// Issue 16 (stop 34, left 3): only 21610 was treated in status callbacks; 30004 "Message blocked", 30005 (no such
/// number) and friends were recorded and the number texted again with every alert, and an unknown code on send disabled
/// the subscriber's texts. One table (<see cref="TwilioErrors"/>, a source per row) decides each code for the send
/// (through the real Twilio SDK against the sink) and the callback alike: permanent ones are not retried, transient
/// ones never suppress or disable, our content's or account's refusals blame nobody.
/// </summary>
public sealed class Twilio_error_codes_are_decided_once_for_the_send_and_the_callback(SmsSinkFixture sink) : IClassFixture<SmsSinkFixture>
{
    [Theory]
    [InlineData(21610, TwilioErrorKind.OptedOut)]
    [InlineData(21211, TwilioErrorKind.NumberUnusable)]
    [InlineData(21614, TwilioErrorKind.NumberUnusable)]
    [InlineData(21635, TwilioErrorKind.NumberUnusable)]
    [InlineData(30004, TwilioErrorKind.NumberUnusable)]
    [InlineData(30005, TwilioErrorKind.NumberUnusable)]
    [InlineData(30006, TwilioErrorKind.NumberUnusable)]
    [InlineData(30003, TwilioErrorKind.Transient)]
    [InlineData(30008, TwilioErrorKind.Transient)]
    [InlineData(30007, TwilioErrorKind.MessageRefused)]
    [InlineData(21408, TwilioErrorKind.MessageRefused)]
    [InlineData(21212, TwilioErrorKind.OurConfiguration)]
    [InlineData(21606, TwilioErrorKind.OurConfiguration)]
    [InlineData(21659, TwilioErrorKind.OurConfiguration)]
    [InlineData(20003, TwilioErrorKind.OurConfiguration)]
    [InlineData(21608, TwilioErrorKind.MessageRefused)]
    [InlineData(30034, TwilioErrorKind.OurConfiguration)]
    [InlineData(21617, TwilioErrorKind.MessageRefused)] // not in the table: our request, not the number
    public void Each_code_has_one_kind(int code, TwilioErrorKind kind)
    {
        Assert.Equal(kind, TwilioErrors.Of(code).Kind);
    }

    [Fact]
    public void Every_row_names_twilios_page_for_its_code_and_a_reason()
    {
        Assert.NotEmpty(TwilioErrors.Known);
        foreach (var row in TwilioErrors.Known)
        {
            Assert.Equal($"https://www.twilio.com/docs/api/errors/{row.Code}", row.Source.AbsoluteUri);
            Assert.False(string.IsNullOrWhiteSpace(row.Reason));
        }
    }

    [Fact]
    public void The_send_and_the_callback_take_the_same_decision_for_every_code()
    {
        foreach (var row in TwilioErrors.Known.Append(TwilioErrors.Of(21617)))
        {
            var sent = TwilioFailures.Of(row);
            var called = TwilioStatusCallbacks.Read("undelivered", row.Code.ToString(System.Globalization.CultureInfo.InvariantCulture));

            Assert.Equal(sent.ContactRefused, called.ContactRefused);
            // A permanent failure of the number disables it on both paths; nothing else does.
            Assert.Equal(sent.Status == SendStatus.PermanentFailure && !sent.MessageOnly && !sent.ContactRefused, called.NumberUnusable);
            Assert.Equal(LedgerState.Failed, called.State);
            Assert.Equal(row.Kind is TwilioErrorKind.Transient or TwilioErrorKind.OurConfiguration, sent.Status == SendStatus.TransientFailure);
        }
    }

    /// <summary>
    /// Issue 16 review: 21212 (invalid From), 21606, 21659, 20003 were "message-only" failures, dropped
    /// quietly although every message fails alike until an operator fixes a setting. Over every row of the table: one of
    /// our configuration is retried (so its batch reaches the dead-letter queue), never blames or disables the number, and
    /// its reason names the setting to fix on the send and the callback; no other row names a setting.
    /// </summary>
    [Fact]
    public void Every_code_of_our_configuration_is_retried_with_the_setting_to_fix_and_blames_no_number()
    {
        foreach (var row in TwilioErrors.Known)
        {
            var sent = TwilioFailures.Of(row);
            var called = TwilioStatusCallbacks.Read("failed", row.Code.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (row.Kind != TwilioErrorKind.OurConfiguration)
            {
                Assert.Null(row.Setting);
                Assert.Null(called.OurConfiguration);
                Assert.Null(TwilioFailures.ConfigurationFault(sent));
                continue;
            }

            Assert.False(string.IsNullOrWhiteSpace(row.Setting), $"{row.Code} names no setting");
            Assert.Equal(SendStatus.TransientFailure, sent.Status);
            Assert.False(sent.MessageOnly || sent.ContactRefused, $"{row.Code} blames the number or drops the message");
            Assert.Contains($"fix {row.Setting}", sent.Reason, StringComparison.Ordinal);
            Assert.Equal(row, TwilioFailures.ConfigurationFault(sent));
            Assert.False(called.ContactRefused || called.NumberUnusable, $"{row.Code} touches the number on a callback");
            Assert.Equal(row, called.OurConfiguration);
            Assert.Contains($"fix {row.Setting}", called.Reason, StringComparison.Ordinal);
        }

        Assert.Contains(TwilioErrors.Known, r => r.Code == 21212 && r.Setting!.Contains("Twilio__FromNumber", StringComparison.Ordinal));
        Assert.Contains(TwilioErrors.Known, r => r.Code == 20003 && r.Setting!.Contains("Twilio__AuthToken", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("undelivered", "30004", false, true)]
    [InlineData("failed", " 30005 ", false, true)]
    [InlineData("undelivered", "30006", false, true)]
    [InlineData("failed", "21211", false, true)]
    [InlineData("undelivered", "30003", false, false)]
    [InlineData("undelivered", "30007", false, false)]
    [InlineData("undelivered", "99999", false, false)]
    [InlineData("undelivered", "3000x", false, false)]
    [InlineData("sent", "30005", false, false)]
    [InlineData("delivered", "", false, false)]
    public void A_callback_disables_only_numbers_that_cannot_receive_texts(string status, string code, bool refused, bool unusable)
    {
        var read = TwilioStatusCallbacks.Read(status, code);

        Assert.Equal(refused, read.ContactRefused);
        Assert.Equal(unusable, read.NumberUnusable);
    }

    [Theory]
    [InlineData(30004, SendStatus.PermanentFailure, false)]
    [InlineData(30005, SendStatus.PermanentFailure, false)]
    [InlineData(30003, SendStatus.TransientFailure, false)]
    [InlineData(30007, SendStatus.PermanentFailure, true)]
    [InlineData(21408, SendStatus.PermanentFailure, true)]
    [InlineData(21212, SendStatus.TransientFailure, false)]
    [InlineData(21606, SendStatus.TransientFailure, false)]
    [InlineData(21617, SendStatus.PermanentFailure, true)]
    public async Task A_send_answered_with_a_code_gets_the_tables_outcome(int code, SendStatus status, bool messageOnly)
    {
        using var sender = sink.Sender();
        (await sink.Http.PostAsJsonAsync("sink/faults", new SinkFault(400, 1, Code: code))).EnsureSuccessStatusCode();

        var outcome = await sender.SendAsync(Alerts.Sms(SmsSinkFixture.UniqueNumber()), CancellationToken.None);

        Assert.Equal(status, outcome.Status);
        Assert.Equal(messageOnly, outcome.MessageOnly);
        Assert.False(outcome.ContactRefused);
        Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome.ProviderErrorCode);
    }
}
