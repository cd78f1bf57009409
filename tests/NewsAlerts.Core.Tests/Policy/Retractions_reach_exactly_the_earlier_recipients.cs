namespace NewsAlerts.Core.Tests.Policy;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Policy;

public sealed class Retractions_reach_exactly_the_earlier_recipients
{
    private static readonly Dictionary<(string, Channel), string> Contacts = new()
    {
        [("a", Channel.Email)] = "a@example.org",
        [("a", Channel.Sms)] = "+447700900001",
        [("b", Channel.Email)] = "b@example.org",
        [("c", Channel.Sms)] = "+447700900003",
        [("d", Channel.Email)] = "d@example.org",
        [("e", Channel.Email)] = "e@example.org",
        [("f", Channel.Email)] = "f@example.org",
        [("g", Channel.Email)] = "g@example.org",
    };

    [Fact]
    public void Sent_and_delivered_alerts_get_a_follow_up_on_their_channel_and_nothing_else_does()
    {
        var ledger = new[]
        {
            Row("a", Channel.Email, LedgerState.Delivered),
            Row("a", Channel.Sms, LedgerState.Sent),
            Row("b", Channel.Email, LedgerState.Failed),
            Row("c", Channel.Sms, LedgerState.Skipped),
            Row("d", Channel.Email, LedgerState.Retrying),
            Row("e", Channel.Email, LedgerState.Claimed),
        };

        var recipients = RetractionRecipients.Of(ledger, [], ContactOf, (_, _) => false);

        Assert.Equal([new("a", Channel.Email), new("a", Channel.Sms)], recipients);
    }

    [Fact]
    public void Everyone_whose_sent_digest_contained_the_story_gets_one_email()
    {
        var ledger = new[] { Row("f", Channel.Email, LedgerState.Sent) };

        var recipients = RetractionRecipients.Of(ledger, ["g", "f", "g"], ContactOf, (_, _) => false);

        Assert.Equal([new("f", Channel.Email), new("g", Channel.Email)], recipients);
    }

    [Fact]
    public void Suppressed_contacts_and_contacts_gone_since_are_skipped()
    {
        var ledger = new[]
        {
            Row("a", Channel.Email, LedgerState.Sent),
            Row("a", Channel.Sms, LedgerState.Sent),
            Row("gone", Channel.Email, LedgerState.Sent),
        };

        var recipients = RetractionRecipients.Of(ledger, ["b"], ContactOf, (channel, contact) => contact is "+447700900001" or "b@example.org");

        Assert.Equal([new RetractionRecipient("a", Channel.Email)], recipients);
    }

    private static LedgerEntry Row(string subscriberId, Channel channel, LedgerState state) => new(subscriberId, channel, state, null, null);

    private static string? ContactOf(string subscriberId, Channel channel) => Contacts.GetValueOrDefault((subscriberId, channel));
}
