namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Manage;

public sealed class A_stale_form_says_what_changed_since_the_page_was_opened
{
    private const ContactStatus C = ContactStatus.Confirmed;
    private static readonly ManageSnapshot Both = new(C, C, false, false, false);

    // what the page showed, what is true now, the suppression reasons now -> the reason sentence.
    public static TheoryData<ManageSnapshot, ManageSnapshot, SuppressionReason?, SuppressionReason?, string> Changes => new()
    {
        { Both, Both with { Sms = ContactStatus.OptedOut, PhoneSuppressed = true }, null, SuppressionReason.OptOutReply, PageStrings.ManageChangedStopText },
        { Both, Both with { PhoneSuppressed = true }, null, SuppressionReason.OptOutReply, PageStrings.ManageChangedStopText },
        { Both, Both with { PhoneSuppressed = true }, null, SuppressionReason.ProviderOptOut, PageStrings.ManageChangedCarrierOptOut },
        { Both, Both with { Sms = ContactStatus.Disabled }, null, null, PageStrings.ManageChangedUndeliverable },
        { Both, Both with { Email = ContactStatus.OptedOut, EmailSuppressed = true }, SuppressionReason.Unsubscribe, null, PageStrings.ManageChangedUnsubscribed },
        { Both, Both with { Email = ContactStatus.Disabled, EmailSuppressed = true }, SuppressionReason.HardBounce, null, PageStrings.ManageChangedBounced },
        { Both, Both with { Email = ContactStatus.Disabled }, null, null, PageStrings.ManageChangedBounced },
        {
            Both, new ManageSnapshot(ContactStatus.OptedOut, ContactStatus.OptedOut, true, true, false), SuppressionReason.StopEverything, SuppressionReason.StopEverything,
            PageStrings.ManageChangedStoppedEverything
        },
        { Both with { Email = ContactStatus.Pending }, Both, null, null, PageStrings.ManageChangedEmailOn },
        { Both with { Sms = ContactStatus.OptedOut, PhoneSuppressed = true }, Both, null, null, PageStrings.ManageChangedPhoneOn },
        { Both, Both with { Paused = true }, null, null, PageStrings.ManageChangedPaused },
        { Both with { Paused = true }, Both, null, null, PageStrings.ManageChangedResumed },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_known_change_is_named_and_the_page_says_it_shows_things_as_they_are_now(
        ManageSnapshot seen, ManageSnapshot now, SuppressionReason? emailReason, SuppressionReason? phoneReason, string reason) =>
        Assert.Equal($"{reason} {PageStrings.ManageChangedNow}", ChangedElsewhere.Notice(seen, now, emailReason, phoneReason));

    [Fact]
    public void A_stop_and_an_unsubscribe_together_are_both_named() =>
        Assert.Equal(
            $"{PageStrings.ManageChangedUnsubscribed} {PageStrings.ManageChangedStopText} {PageStrings.ManageChangedNow}",
            ChangedElsewhere.Notice(Both, new ManageSnapshot(ContactStatus.OptedOut, ContactStatus.OptedOut, true, true, false), SuppressionReason.Unsubscribe, SuppressionReason.OptOutReply));

    [Fact]
    public void A_contact_stopped_before_the_page_was_opened_is_not_a_reason_and_nothing_known_reads_generally()
    {
        var stopped = Both with { Sms = ContactStatus.OptedOut, PhoneSuppressed = true };
        var general = $"{PageStrings.ManageChangedElsewhere} {PageStrings.ManageChangedNow}";
        Assert.Equal(general, ChangedElsewhere.Notice(stopped, stopped, null, SuppressionReason.OptOutReply)); // topics or settings in another tab
        Assert.Equal(general, ChangedElsewhere.Notice(null, stopped, null, SuppressionReason.OptOutReply)); // a form that did not say what it saw
    }

    [Theory]
    [InlineData(ContactStatus.Confirmed, ContactStatus.OptedOut, true, false, true)]
    [InlineData(ContactStatus.None, ContactStatus.Disabled, false, true, false)]
    [InlineData(ContactStatus.Pending, ContactStatus.Pending, false, false, false)]
    public void A_snapshot_reads_back_what_it_wrote(ContactStatus email, ContactStatus sms, bool emailSuppressed, bool phoneSuppressed, bool paused)
    {
        var snapshot = new ManageSnapshot(email, sms, emailSuppressed, phoneSuppressed, paused);
        Assert.Equal(snapshot, ManageSnapshot.Parse(snapshot.Encoded));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2200")]
    [InlineData("220000")]
    [InlineData("92000")]
    [InlineData("22200")]
    [InlineData("2a000")]
    [InlineData("٢2000")]
    public void Anything_else_is_no_snapshot(string? value) => Assert.Null(ManageSnapshot.Parse(value));
}
