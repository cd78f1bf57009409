namespace NewsAlerts.Core.Tests.Editor;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Editor;

// Session 44: an alert held back as another copy of a story the reader had is its own outcome on the story page, not "not sent".
public sealed class A_story_page_counts_readers_who_already_had_the_story_apart
{
    [Fact]
    public void Held_back_copies_are_counted_as_already_had_with_their_reason_and_not_as_not_sent()
    {
        const string why = "same story as \"Truce extended\" sent at 2026-12-03 11:31 UTC";
        LedgerEntry[] rows =
        [
            new("s1", Channel.Email, LedgerState.Sent, null, null),
            new("s2", Channel.Email, LedgerState.Skipped, why, null),
            new("s3", Channel.Email, LedgerState.Skipped, why, null),
            new("s4", Channel.Email, LedgerState.Skipped, "contact suppressed", null),
        ];

        var tally = DeliveryTally.Of(Channel.Email, rows, planned: 4);

        Assert.Equal((1, 2, 1), (tally.Sent, tally.AlreadyHad, tally.NotSent));
        Assert.Contains(new KeyValuePair<string, int>($"Skipped: {why}", 2), tally.Reasons);
        Assert.Equal(0, tally.Queued);
    }
}
