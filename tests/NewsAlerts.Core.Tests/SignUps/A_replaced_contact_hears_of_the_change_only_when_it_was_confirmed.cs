namespace NewsAlerts.Core.Tests.SignUps;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

public sealed class A_replaced_contact_hears_of_the_change_only_when_it_was_confirmed
{
    private static readonly DateTimeOffset At = new(2026, 11, 30, 19, 0, 0, TimeSpan.Zero);

    private static Subscriber With(string? email, ContactStatus emailStatus, string? phone = null, ContactStatus smsStatus = ContactStatus.None) =>
        new("s1", email, emailStatus, phone, smsStatus, "UTC", [], 2, DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_confirmed_address_replaced_by_another_gets_a_notice_naming_the_new_one_masked() =>
        Assert.Equal(new ContactChangeNotice(Channel.Email, "old@example.org", "n***@example.com", At),
            ContactChangeNotices.For(With("old@example.org", ContactStatus.Confirmed), Channel.Email, "new@example.com", At));

    [Fact]
    public void A_confirmed_number_that_did_not_stop_gets_one_and_a_stopped_one_does_not()
    {
        Assert.Equal(new ContactChangeNotice(Channel.Sms, "+447400123456", "+44***89", At),
            ContactChangeNotices.For(With(null, ContactStatus.None, "+447400123456", ContactStatus.Confirmed), Channel.Sms, "+447400999989", At));
        Assert.Null(ContactChangeNotices.For(With(null, ContactStatus.None, "+447400123456", ContactStatus.OptedOut), Channel.Sms, "+447400999989", At));
    }

    [Fact]
    public void No_notice_for_a_first_contact_the_same_one_in_another_case_or_an_unconfirmed_old_one()
    {
        Assert.Null(ContactChangeNotices.For(null, Channel.Email, "new@example.com", At));
        Assert.Null(ContactChangeNotices.For(With(null, ContactStatus.None, "+447400123456", ContactStatus.Confirmed), Channel.Email, "new@example.com", At));
        Assert.Null(ContactChangeNotices.For(With("Ana@Example.org", ContactStatus.Confirmed), Channel.Email, "ana@example.org", At));
        Assert.Null(ContactChangeNotices.For(With("old@example.org", ContactStatus.Pending), Channel.Email, "new@example.com", At));
        Assert.Null(ContactChangeNotices.For(With("old@example.org", ContactStatus.Disabled), Channel.Email, "new@example.com", At));
    }

    [Theory]
    [InlineData(Channel.Email, "n@example.com", "n***@example.com")]
    [InlineData(Channel.Email, "not-an-address", "***")]
    [InlineData(Channel.Sms, "+15551234567", "+15***67")]
    [InlineData(Channel.Sms, "+1", "***")]
    public void Masks_keep_only_a_first_character_and_the_domain_or_the_ends_of_a_number(Channel channel, string contact, string masked) =>
        Assert.Equal(masked, ContactChangeNotices.Mask(channel, contact));
}
