namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Manage;

public sealed class Each_contact_state_reads_true_on_the_preference_centre
{
    // channel, status, change pending, paused, stopped everything, suppressed -> the sentence.
    public static TheoryData<Channel, ContactStatus, bool, bool, bool, bool, string> States => new()
    {
        { Channel.Email, ContactStatus.None, false, false, false, false, PageStrings.StatusNoEmail },
        { Channel.Sms, ContactStatus.None, false, false, false, false, PageStrings.StatusNoPhone },
        { Channel.Sms, ContactStatus.None, true, false, false, false, $"{PageStrings.StatusNoPhone} {PageStrings.StatusNewOneAfterConfirming}" },
        { Channel.Email, ContactStatus.Pending, false, false, false, false, PageStrings.StatusPending },
        { Channel.Email, ContactStatus.Confirmed, false, false, false, false, PageStrings.StatusConfirmed },
        { Channel.Sms, ContactStatus.Confirmed, true, false, false, false, PageStrings.StatusConfirmedUntilChange },
        { Channel.Sms, ContactStatus.OptedOut, false, false, false, false, PageStrings.StatusStopReplied },
        { Channel.Sms, ContactStatus.OptedOut, true, false, false, false, $"{PageStrings.StatusStopReplied} {PageStrings.StatusNewOneAfterConfirming}" },
        { Channel.Email, ContactStatus.OptedOut, false, false, false, false, PageStrings.StatusUnsubscribedEmail },
        { Channel.Email, ContactStatus.Disabled, false, false, false, false, PageStrings.StatusBouncedEmail },
        { Channel.Sms, ContactStatus.Disabled, false, false, false, false, PageStrings.StatusUndeliverablePhone },
        { Channel.Email, ContactStatus.Confirmed, false, false, false, true, PageStrings.StatusSuppressedEmail },
        { Channel.Sms, ContactStatus.Confirmed, false, true, false, true, PageStrings.StatusSuppressedPhone },
        { Channel.Email, ContactStatus.Confirmed, false, true, false, false, PageStrings.StatusPaused },
        { Channel.Sms, ContactStatus.Confirmed, true, true, false, false, PageStrings.StatusPaused },
        { Channel.Email, ContactStatus.OptedOut, false, false, true, false, PageStrings.StatusStoppedEverything },
        // A number that replied STOP (phone only, so nothing else runs) is told texts stopped and how START restarts them.
        { Channel.Sms, ContactStatus.OptedOut, false, true, true, false, PageStrings.StatusStopReplied },
    };

    [Fact]
    public void A_number_that_replied_stop_is_told_its_texts_stopped_never_that_it_unsubscribed()
    {
        // Phone only: its STOP left nothing running, which the page reads as "stopped everything".
        var sentence = ContactSentences.Of(Channel.Sms, ContactStatus.OptedOut, changePending: false, paused: false, stoppedEverything: true, suppressed: false);

        Assert.Equal(PageStrings.StatusStopReplied, sentence);
        Assert.Contains("STOP", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("unsubscribed", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_daily_limit_hint_says_where_extra_emails_and_extra_texts_go()
    {
        // Trial r31: what DailyCapCounting.OverCap does (Core: What_the_caps_hint_says_holds_...): a text over the cap is
        // held, never put in the email digest, since the email carries the story anyway.
        Assert.Contains("Extra emails go into your next digest", PageStrings.CapsHint, StringComparison.Ordinal);
        Assert.Contains("Extra texts are not sent", PageStrings.CapsHint, StringComparison.Ordinal);
        Assert.DoesNotContain("texts go into your email digest", PageStrings.CapsHint, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(States))]
    public void The_status_sentence_fits_the_state(Channel channel, ContactStatus status, bool changePending, bool paused, bool stoppedEverything, bool suppressed, string expected) =>
        Assert.Equal(expected, ContactSentences.Of(channel, status, changePending, paused, stoppedEverything, suppressed));

    [Fact]
    public void Only_a_confirmed_contact_that_is_not_suppressed_is_told_alerts_keep_going()
    {
        Assert.Equal(PageStrings.ChangeContactHint, ContactSentences.ChangeHint(receiving: ContactSentences.Receives(ContactStatus.Confirmed, suppressed: false), paused: false));
        Assert.Equal(PageStrings.ChangeContactHintNothingGoes, ContactSentences.ChangeHint(receiving: ContactSentences.Receives(ContactStatus.OptedOut, suppressed: false), paused: false));
        Assert.Equal(PageStrings.ChangeContactHintNothingGoes, ContactSentences.ChangeHint(receiving: ContactSentences.Receives(ContactStatus.Confirmed, suppressed: true), paused: false));
        Assert.Equal(PageStrings.ChangeContactHintPaused, ContactSentences.ChangeHint(receiving: true, paused: true));
    }

    [Fact]
    public void No_sentence_for_a_stopped_or_unconfirmed_contact_says_alerts_keep_going()
    {
        foreach (var status in new[] { ContactStatus.None, ContactStatus.Pending, ContactStatus.OptedOut, ContactStatus.Disabled })
        {
            foreach (var channel in new[] { Channel.Email, Channel.Sms })
            {
                Assert.DoesNotContain("keep going", ContactSentences.Of(channel, status, changePending: true, paused: false, stoppedEverything: false, suppressed: false), StringComparison.Ordinal);
            }
        }
    }
}
