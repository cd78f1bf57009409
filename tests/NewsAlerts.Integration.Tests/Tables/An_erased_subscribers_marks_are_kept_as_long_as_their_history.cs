namespace NewsAlerts.Integration.Tests.Tables;

using global::Azure.Data.Tables;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.History;
using NewsAlerts.Testing;

/// <summary>
/// sub16b: erasing a subscriber leaves a mark per MessageSid (a SHA-256, no personal data) so a late Twilio callback
/// finds "Gone"; the marks were never purged. They are kept as long as the delivery history they stand for
/// (<see cref="AlertHistory.Window"/>, 30 days): in Azurite, an old mark is purged and a fresh one kept.
/// </summary>
public sealed class An_erased_subscribers_marks_are_kept_as_long_as_their_history(StackFixture fixture) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task A_mark_older_than_the_history_window_is_purged_and_a_fresh_one_kept()
    {
        var time = new ShiftedClock();
        var ledger = new TableDeliveryLedger(new TableSet(
            new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("em") })), time);
        var oldSid = await SentAndErasedAsync(ledger, "old");
        time.Offset = AlertHistory.Window - TimeSpan.FromDays(1);
        var freshSid = await SentAndErasedAsync(ledger, "fresh");
        time.Offset = AlertHistory.Window + TimeSpan.FromHours(1);

        var purged = await ledger.PurgeErasedMarksBeforeAsync(AlertHistory.Cutoff(time.GetUtcNow()), CancellationToken.None);

        Assert.Equal(1, purged);
        Assert.Equal(MessageRecipient.Unknown, await ledger.RecipientOfAsync(oldSid, CancellationToken.None));
        Assert.Equal(MessageRecipient.Gone, await ledger.RecipientOfAsync(freshSid, CancellationToken.None));
        Assert.Equal(0, await ledger.PurgeErasedMarksBeforeAsync(AlertHistory.Cutoff(time.GetUtcNow()), CancellationToken.None));
    }

    // A text recorded for a subscriber who is then erased: its MessageSid, now only a mark.
    private static async Task<string> SentAndErasedAsync(TableDeliveryLedger ledger, string name)
    {
        var subscriberId = $"s-{name}-{Guid.NewGuid():N}";
        var sid = "SM" + Guid.NewGuid().ToString("N");
        var articleId = $"urn:test:marks:{Guid.NewGuid():N}";
        await ledger.ClaimAsync(articleId, Channel.Sms, [subscriberId], CancellationToken.None);
        await ledger.RecordAsync(articleId, Channel.Sms, [new LedgerRecord(subscriberId, LedgerState.Sent, sid, null)], CancellationToken.None);
        await ledger.EraseSubscriberAsync(subscriberId, CancellationToken.None);
        Assert.Equal(MessageRecipient.Gone, await ledger.RecipientOfAsync(sid, CancellationToken.None));
        return sid;
    }
}
