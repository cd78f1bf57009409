namespace NewsAlerts.Core.Tests.Subscribers;

using NewsAlerts.Core.Subscribers;

/// <summary>Issue 16: reopening the unsubscribe link asked again; it says "already unsubscribed" once the address is.</summary>
public sealed class The_unsubscribe_link_asks_only_while_email_still_goes
{
    private static Subscriber With(ContactStatus email, ContactStatus sms = ContactStatus.None) =>
        new("s1", "a@example.org", email, sms == ContactStatus.None ? null : "+447700900123", sms, "UTC", [], 2, DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData(ContactStatus.Confirmed, ContactStatus.None, UnsubscribeState.Receiving)]
    [InlineData(ContactStatus.Pending, ContactStatus.None, UnsubscribeState.Receiving)] // waiting for confirmation: unsubscribing still suppresses it
    [InlineData(ContactStatus.Disabled, ContactStatus.None, UnsubscribeState.Receiving)] // bounced: a suppression of its own, but not the person's choice
    [InlineData(ContactStatus.OptedOut, ContactStatus.None, UnsubscribeState.Unsubscribed)]
    [InlineData(ContactStatus.OptedOut, ContactStatus.Confirmed, UnsubscribeState.Unsubscribed)] // texts go on: the link stops email only
    [InlineData(ContactStatus.Confirmed, ContactStatus.OptedOut, UnsubscribeState.Receiving)] // STOP by text leaves email going
    public void The_email_status_alone_decides(ContactStatus email, ContactStatus sms, UnsubscribeState expected) =>
        Assert.Equal(expected, UnsubscribeStates.Of(With(email, sms)));

    [Fact]
    public void An_erased_subscriber_is_gone() => Assert.Equal(UnsubscribeState.Gone, UnsubscribeStates.Of(null));
}
