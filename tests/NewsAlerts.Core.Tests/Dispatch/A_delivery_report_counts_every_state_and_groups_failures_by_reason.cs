namespace NewsAlerts.Core.Tests.Dispatch;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;

public sealed class A_delivery_report_counts_every_state_and_groups_failures_by_reason
{
    private static LedgerEntry Row(string id, Channel channel, LedgerState state, string? reason = null) => new(id, channel, state, reason, null);

    [Fact]
    public void Counts_are_per_channel_and_state_with_every_state_present()
    {
        var report = DeliveryReport.From("a1",
        [
            Row("s3", Channel.Sms, LedgerState.Delivered),
            Row("s1", Channel.Email, LedgerState.Sent),
            Row("s2", Channel.Email, LedgerState.Sent),
            Row("s4", Channel.Sms, LedgerState.Sent),
            Row("s5", Channel.Sms, LedgerState.Claimed),
        ]);

        Assert.Equal([Channel.Email, Channel.Sms], report.Channels.Select(c => c.Channel));
        var email = report.Channels[0];
        Assert.Equal(2, email.Total);
        Assert.Equal(2, email.ByState[LedgerState.Sent]);
        Assert.Equal(0, email.ByState[LedgerState.Failed]);
        Assert.Equal(Enum.GetValues<LedgerState>().Length, email.ByState.Count);
        var sms = report.Channels[1];
        Assert.Equal((3, 1, 1, 1), (sms.Total, sms.ByState[LedgerState.Delivered], sms.ByState[LedgerState.Sent], sms.ByState[LedgerState.Claimed]));
        Assert.Empty(sms.Undelivered);
    }

    [Fact]
    public void Failures_retries_and_skips_are_grouped_by_reason_largest_first_with_a_few_examples()
    {
        var rows = Enumerable.Range(0, 7).Select(i => Row($"f{i}", Channel.Sms, LedgerState.Failed, "Twilio 21610: unsubscribed"))
            .Append(Row("r1", Channel.Sms, LedgerState.Retrying, "HTTP 500"))
            .Append(Row("k1", Channel.Sms, LedgerState.Skipped))
            .Append(Row("f9", Channel.Sms, LedgerState.Failed, "Twilio 21211: invalid number"));

        var undelivered = DeliveryReport.From("a1", rows).Channels.Single().Undelivered;

        Assert.Equal(4, undelivered.Count);
        Assert.Equal(("Twilio 21610: unsubscribed", 7), (undelivered[0].Reason, undelivered[0].Count));
        Assert.Equal(DeliveryReport.MaxExamplesPerReason, undelivered[0].ExampleSubscriberIds.Count);
        Assert.Equal(["f0", "f1", "f2", "f3", "f4"], undelivered[0].ExampleSubscriberIds);
        Assert.Contains(undelivered, u => u is { State: LedgerState.Skipped, Reason: "(no reason recorded)", Count: 1 });
        Assert.Contains(undelivered, u => u is { State: LedgerState.Retrying, Reason: "HTTP 500", Count: 1 });
        Assert.Equal(10, undelivered.Sum(u => u.Count));
    }

    [Fact]
    public void An_article_with_no_ledger_rows_has_no_channels()
    {
        Assert.Empty(DeliveryReport.From("never-sent", []).Channels);
    }
}
