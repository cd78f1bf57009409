namespace NewsAlerts.Core.Dispatch;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;

/// <summary>
/// What the dispatcher may write back to a subscriber's stored row: only what it owns (the SMS opt-out wording sent,
/// a channel disabled after a permanent failure), and only on a row that holds the contact it sent to. The subscriber
/// it sent to may be a view folded from old duplicates (<see cref="Subscriber.MergedIds"/>, the duplicates' topics and
/// contacts) or simply older than the store: writing that view back would save the fold into the survivor's row, or
/// undo a change made meanwhile. So the change is carried from the view onto each row as the store has it now.
/// </summary>
public static class DispatcherOwnedChanges
{
    /// <summary>
    /// <paramref name="stored"/> with the dispatcher's change from <paramref name="before"/> to <paramref name="after"/>
    /// (the view it sent to, and that view changed) applied where the row holds the same contact; null when the row
    /// needs no write.
    /// </summary>
    public static Subscriber? Apply(Subscriber before, Subscriber after, Subscriber stored)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(stored);
        var holdsNumber = stored.Phone is not null && stored.Phone == before.Phone;
        var holdsAddress = stored.Email is not null && before.Email is not null
            && ContactKeys.Of(Channel.Email, stored.Email) == ContactKeys.Of(Channel.Email, before.Email);
        var changed = stored with
        {
            SmsWelcomed = stored.SmsWelcomed || (holdsNumber && after.SmsWelcomed && !before.SmsWelcomed),
            SmsStatus = holdsNumber && after.SmsStatus != before.SmsStatus ? after.SmsStatus : stored.SmsStatus,
            EmailStatus = holdsAddress && after.EmailStatus != before.EmailStatus ? after.EmailStatus : stored.EmailStatus,
        };
        return changed == stored ? null : changed;
    }
}
