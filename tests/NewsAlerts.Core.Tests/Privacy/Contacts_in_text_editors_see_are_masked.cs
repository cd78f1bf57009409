namespace NewsAlerts.Core.Tests.Privacy;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Privacy;

/// <summary>
/// Issue 17 (console17): console pages showed subscribers' contacts inside failure reasons (a provider's error names the
/// number, an SMTP refusal the address) and samples (a topic written as an address). Every such text is masked as logs
/// mask contacts, and text without a contact is left as it is. Issue 17 (console30): the mask hid any run of 7 digits,
/// so article ids, counts, timestamps and queue ids were mangled; contacts are now found as phone numbers
/// (libphonenumber's matcher) and addresses, not as digit runs.
/// </summary>
public sealed class Contacts_in_text_editors_see_are_masked
{
    [Theory]
    [InlineData("The 'To' number +447700900123 is not a valid phone number.", "The 'To' number +44********23 is not a valid phone number.")]
    [InlineData("550 5.1.1 <alice.smith@example.com>: Recipient address rejected", "550 5.1.1 <a***@example.com>: Recipient address rejected")]
    [InlineData("Attempt to send to unsubscribed recipient +1 (415) 555-0100", "Attempt to send to unsubscribed recipient +1 ************00")]
    [InlineData("bob@example.org and 07700 900123", "b***@example.org and 077*******23")]
    [InlineData("Call me on +44 7400 333444", "Call me on +44**********44")]
    [InlineData("desk: (020) 7946 0958", "desk: (02**********58")]
    [InlineData("call 415-555-0100 now", "call 415*******00 now")]
    [InlineData("Numbers +447400333444,+33 6 12 34 56 78", "Numbers +44********44,+33************78")]
    [InlineData("550 5.1.1 <carol@example.net> queue id 20261201123456", "550 5.1.1 <c***@example.net> queue id 20261201123456")]
    public void An_address_or_number_in_a_reason_is_masked(string text, string masked) => Assert.Equal(masked, ContactsInText.Mask(text));

    [Theory]
    [InlineData("Twilio error 21211: invalid 'To' number")]
    [InlineData("550 5.1.1 mailbox unavailable")]
    [InlineData("held: daily cap of 3 reached")]
    [InlineData("Syria AND (ceasefire OR truce)")]
    [InlineData("")]
    [InlineData("article 12345678 failed")]
    [InlineData("550 5.1.1 mailbox unavailable; queue id 20261201123456")]
    [InlineData("order 1234567890 (a GB area code, yet written without the trunk prefix no one dials)")]
    [InlineData("article urn:newsml:example.com:20261201:12345678 v3")]
    [InlineData("sent at 2026-12-01T12:34:56Z, 1733054400000 ms after the epoch")]
    [InlineData("dead-lettered after 10 attempts; 4815162342 bytes")]
    [InlineData("550 5.7.1 client [192.168.100.200] blocked")]
    public void Text_without_a_contact_is_unchanged(string text) => Assert.Equal(text, ContactsInText.Mask(text));

    [Theory]
    [InlineData("DE", "Rückruf 030 123456789", "Rückruf 030********89")]
    [InlineData("GB", "Rückruf 030 123456789", "Rückruf 030 123456789")]
    public void Numbers_without_a_country_code_are_read_in_the_given_countries(string region, string text, string masked) =>
        Assert.Equal(masked, ContactsInText.Mask(text, [region]));

    [Fact]
    public void Failures_that_differ_only_by_recipient_are_one_masked_reason()
    {
        LedgerEntry Failed(string id, string number) => new(id, Channel.Sms, LedgerState.Failed, $"The 'To' number {number} is not a valid phone number.", null);

        var tally = DeliveryTally.Of(Channel.Sms, [Failed("s1", "+447700900123"), Failed("s2", "+447700900223")], planned: 2);

        var (reason, count) = Assert.Single(tally.Reasons);
        Assert.Equal("Failed: The 'To' number +44********23 is not a valid phone number.", reason);
        Assert.Equal(2, count);
        Assert.DoesNotContain("7700900", reason, StringComparison.Ordinal);
    }
}
