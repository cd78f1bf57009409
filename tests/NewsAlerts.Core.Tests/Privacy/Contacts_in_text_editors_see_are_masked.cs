namespace NewsAlerts.Core.Tests.Privacy;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Privacy;

/// <summary>
/// Issue 17 (console17): console pages showed subscribers' contacts inside failure reasons (a provider's error names the
/// number, an SMTP refusal the address) and samples (a topic written as an address). Every such text is masked as logs
/// mask contacts, and text without a contact is left as it is.
/// </summary>
public sealed class Contacts_in_text_editors_see_are_masked
{
    [Theory]
    [InlineData("The 'To' number +447700900123 is not a valid phone number.", "The 'To' number +44********23 is not a valid phone number.")]
    [InlineData("550 5.1.1 <alice.smith@example.com>: Recipient address rejected", "550 5.1.1 <a***@example.com>: Recipient address rejected")]
    [InlineData("Attempt to send to unsubscribed recipient +1 (415) 555-0100", "Attempt to send to unsubscribed recipient +1 ************00")]
    [InlineData("bob@example.org and 07700 900123", "b***@example.org and 077*******23")]
    public void An_address_or_number_in_a_reason_is_masked(string text, string masked) => Assert.Equal(masked, ContactsInText.Mask(text));

    [Theory]
    [InlineData("Twilio error 21211: invalid 'To' number")]
    [InlineData("550 5.1.1 mailbox unavailable")]
    [InlineData("held: daily cap of 3 reached")]
    [InlineData("Syria AND (ceasefire OR truce)")]
    [InlineData("")]
    public void Text_without_a_contact_is_unchanged(string text) => Assert.Equal(text, ContactsInText.Mask(text));

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
