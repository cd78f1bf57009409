namespace NewsAlerts.Core.Tests.Dispatch;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Subscribers;

public sealed class Each_recipient_is_decided_by_plain_functions
{
    [Fact]
    public void An_alert_the_ledger_shows_done_is_neither_sent_nor_recorded_again()
    {
        var decision = RecipientDecisions.BeforeSend("s1", ClaimResult.AlreadyDone, Samples.Subscriber(), Channel.Email, urgency: 1);

        Assert.Equal(new RecipientDecision(RecipientResult.AlreadyDone, null, null), decision);
    }

    [Fact]
    public void A_subscriber_who_is_gone_is_recorded_skipped()
    {
        var decision = RecipientDecisions.BeforeSend("s1", ClaimResult.Claimed, subscriber: null, Channel.Email, urgency: 1);

        Assert.Equal(RecipientResult.Skipped, decision!.Result);
        Assert.Equal(new LedgerRecord("s1", LedgerState.Skipped, null, RecipientDecisions.SkippedReason), decision.Record);
    }

    [Theory]
    [InlineData(Channel.Email, ContactStatus.OptedOut, ContactStatus.Confirmed, 1)]
    [InlineData(Channel.Sms, ContactStatus.Confirmed, ContactStatus.Disabled, 1)]
    [InlineData(Channel.Sms, ContactStatus.Confirmed, ContactStatus.Confirmed, 5)] // less urgent than the SMS threshold
    public void A_channel_not_wanted_now_is_recorded_skipped(Channel channel, ContactStatus email, ContactStatus sms, int urgency)
    {
        var decision = RecipientDecisions.BeforeSend("s1", ClaimResult.Claimed, Samples.Subscriber(email: email, sms: sms), channel, urgency);

        Assert.Equal(LedgerState.Skipped, decision!.Record!.State);
    }

    [Theory]
    [InlineData(ClaimResult.Claimed)]
    [InlineData(ClaimResult.ClaimedAfterCrash)]
    public void A_wanted_channel_is_sent(ClaimResult claim)
    {
        Assert.Null(RecipientDecisions.BeforeSend("s1", claim, Samples.Subscriber(), Channel.Sms, urgency: 2));
    }

    [Fact]
    public void A_send_is_recorded_with_the_providers_id()
    {
        var decision = RecipientDecisions.AfterSend(Samples.Subscriber(), Channel.Email, ClaimResult.Claimed, SendOutcome.Sent("<m1@example.com>"));

        Assert.Equal(new RecipientDecision(RecipientResult.Sent, null, new LedgerRecord("s1", LedgerState.Sent, "<m1@example.com>", null)), decision);
    }

    [Fact]
    public void A_send_of_an_alert_claimed_after_a_crash_counts_as_a_possible_duplicate()
    {
        var decision = RecipientDecisions.AfterSend(Samples.Subscriber(), Channel.Email, ClaimResult.ClaimedAfterCrash, SendOutcome.Sent("<m1@example.com>"));

        Assert.Equal(RecipientResult.SentAfterCrash, decision.Result);
        Assert.Equal(LedgerState.Sent, decision.Record!.State);
    }

    [Fact]
    public void The_first_sms_marks_the_opt_out_wording_sent_and_later_ones_change_nothing()
    {
        var first = RecipientDecisions.AfterSend(Samples.Subscriber(smsWelcomed: false), Channel.Sms, ClaimResult.Claimed, SendOutcome.Sent("SM1"));
        var later = RecipientDecisions.AfterSend(Samples.Subscriber(smsWelcomed: true), Channel.Sms, ClaimResult.Claimed, SendOutcome.Sent("SM2"));

        Assert.True(first.SubscriberUpdate!.SmsWelcomed);
        Assert.Null(later.SubscriberUpdate);
    }

    [Theory]
    [InlineData(Channel.Email)]
    [InlineData(Channel.Sms)]
    public void A_permanent_failure_disables_that_channel_only_and_records_the_providers_code(Channel channel)
    {
        var decision = RecipientDecisions.AfterSend(Samples.Subscriber(), channel, ClaimResult.Claimed, SendOutcome.Permanent("opted out", "21610"));

        Assert.Equal(RecipientResult.Failed, decision.Result);
        Assert.Equal(new LedgerRecord("s1", LedgerState.Failed, null, "21610 opted out"), decision.Record);
        Assert.Equal(channel == Channel.Email ? ContactStatus.Disabled : ContactStatus.Confirmed, decision.SubscriberUpdate!.EmailStatus);
        Assert.Equal(channel == Channel.Sms ? ContactStatus.Disabled : ContactStatus.Confirmed, decision.SubscriberUpdate.SmsStatus);
    }

    [Theory]
    [InlineData(Channel.Email)]
    [InlineData(Channel.Sms)]
    public void A_failure_of_the_message_only_is_final_and_leaves_the_contact_enabled(Channel channel)
    {
        var decision = RecipientDecisions.AfterSend(Samples.Subscriber(), channel, ClaimResult.Claimed, SendOutcome.Rejected("filtered by the carrier", "30007"));

        Assert.Equal(RecipientResult.Failed, decision.Result);
        Assert.Equal(new LedgerRecord("s1", LedgerState.Failed, null, "30007 filtered by the carrier"), decision.Record);
        Assert.Null(decision.SubscriberUpdate);
    }

    [Fact]
    public void A_transient_failure_is_recorded_retrying_with_its_reason()
    {
        var decision = RecipientDecisions.AfterSend(Samples.Subscriber(), Channel.Sms, ClaimResult.Claimed, SendOutcome.Transient("429 Too Many Requests"));

        Assert.Equal(new RecipientDecision(RecipientResult.Retrying, "429 Too Many Requests", new LedgerRecord("s1", LedgerState.Retrying, null, "429 Too Many Requests")), decision);
    }

    [Fact]
    public void The_batch_outcome_counts_each_result_and_lists_each_retry_reason_once()
    {
        RecipientDecision Of(RecipientResult result, string? reason = null) => new(result, reason, null);

        var outcome = BatchOutcome.Of(
        [
            Of(RecipientResult.Sent), Of(RecipientResult.SentAfterCrash), Of(RecipientResult.AlreadyDone), Of(RecipientResult.Skipped),
            Of(RecipientResult.Failed, "21610 opted out"), Of(RecipientResult.Retrying, "429"), Of(RecipientResult.Retrying, "429"), Of(RecipientResult.Retrying),
        ]);

        Assert.Equal(new BatchOutcome(2, 1, 1, 1, 3, 1, outcome.RetryReasons), outcome);
        Assert.Equal(["429", "unknown"], outcome.RetryReasons);
        Assert.False(outcome.IsComplete);
    }
}
