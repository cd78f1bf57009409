namespace NewsAlerts.Core.Subscribers;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Suppression;

/// <summary>
/// Folds subscribers that share a contact into one as they are read: duplicates saved before one contact meant one
/// subscriber live on in the store until the merge migration runs, and meanwhile the replicas (matching index,
/// dispatcher directory) must see one subscriber per contact. Subscribers linked through any shared contact (email
/// compared as <see cref="ContactKeys"/> does, phone in E.164) form a group; a group of one passes through as it is,
/// a larger one becomes its <see cref="DuplicateMerge"/> survivor and the others are removed from the replicas.
/// Not thread-safe: one caller at a time (the <see cref="SubscriberSync"/> gate).
/// </summary>
public sealed class ContactGroups
{
    private readonly Dictionary<string, Subscriber> known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> idsByContact = new(StringComparer.Ordinal);
    private readonly List<string> touched = [];
    private readonly HashSet<string> touchedSet = new(StringComparer.Ordinal);
    private readonly List<string> erased = [];

    /// <summary>Changes seen since the last <see cref="Flush"/>.</summary>
    public int Pending => touched.Count + erased.Count;

    /// <summary>Takes subscribers as they already are in the replicas (a restored snapshot), without reporting them.</summary>
    public void Seed(IEnumerable<Subscriber> subscribers)
    {
        ArgumentNullException.ThrowIfNull(subscribers);
        foreach (var subscriber in subscribers)
        {
            Unlink(subscriber.Id, report: false);
            known[subscriber.Id] = subscriber;
            Link(subscriber, report: false);
        }
    }

    /// <summary>A subscriber as the store has it now (new or changed).</summary>
    public void Upsert(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        Unlink(subscriber.Id, report: true);
        known[subscriber.Id] = subscriber;
        Link(subscriber, report: true);
        Touch(subscriber.Id);
    }

    /// <summary>A subscriber erased from the store.</summary>
    public void Remove(string subscriberId)
    {
        ArgumentNullException.ThrowIfNull(subscriberId);
        Unlink(subscriberId, report: true);
        known.Remove(subscriberId);
        erased.Add(subscriberId);
    }

    /// <summary>
    /// What the replicas must do for the changes since the last flush: ids to remove (erased, or folded into a survivor)
    /// and subscribers to upsert (survivors merged with their duplicates, and everyone else touched, as they are).
    /// </summary>
    public FoldedChanges Flush()
    {
        var removals = new List<string>(erased);
        var upserts = new List<Subscriber>(touched.Count);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in touched)
        {
            if (!done.Add(id) || !known.ContainsKey(id))
            {
                continue;
            }

            var group = GroupOf(id);
            done.UnionWith(group.Select(s => s.Id));
            if (group.Count == 1)
            {
                upserts.Add(group[0]);
                continue;
            }

            var merged = DuplicateMerge.Merge(group);
            upserts.Add(merged.Survivor);
            removals.AddRange(group.Select(s => s.Id).Where(other => other != merged.Survivor.Id));
        }

        erased.Clear();
        touched.Clear();
        touchedSet.Clear();
        return new FoldedChanges(upserts, removals);
    }

    /// <summary>
    /// The contacts of a subscriber, as group keys: the address in lower case (as <see cref="ContactKeys"/> compares it),
    /// the number as stored (always E.164: parsing it again for every subscriber of a full load would cost seconds).
    /// </summary>
    public static IEnumerable<string> ContactsOf(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        // The contacts kept from merged duplicates too: a row that still has one belongs to the same person.
        foreach (var email in subscriber.AllEmails())
        {
            yield return ContactKeys.Of(Channel.Email, email);
        }

        foreach (var phone in subscriber.AllPhones())
        {
            yield return "sms:" + phone;
        }
    }

    private List<Subscriber> GroupOf(string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        var queue = new Queue<string>([id]);
        var group = new List<Subscriber>();
        while (queue.TryDequeue(out var next))
        {
            var subscriber = known[next];
            group.Add(subscriber);
            foreach (var contact in ContactsOf(subscriber))
            {
                foreach (var other in idsByContact[contact].Where(seen.Add))
                {
                    queue.Enqueue(other);
                }
            }
        }

        return group;
    }

    private void Link(Subscriber subscriber, bool report)
    {
        foreach (var contact in ContactsOf(subscriber))
        {
            if (!idsByContact.TryGetValue(contact, out var ids))
            {
                idsByContact[contact] = [subscriber.Id];
                continue;
            }

            if (report)
            {
                ids.ForEach(Touch);
            }

            if (!ids.Contains(subscriber.Id))
            {
                ids.Add(subscriber.Id);
            }
        }
    }

    private void Unlink(string subscriberId, bool report)
    {
        if (!known.TryGetValue(subscriberId, out var previous))
        {
            return;
        }

        foreach (var contact in ContactsOf(previous))
        {
            if (!idsByContact.TryGetValue(contact, out var ids))
            {
                continue;
            }

            ids.Remove(subscriberId);
            if (ids.Count == 0)
            {
                idsByContact.Remove(contact);
            }
            else if (report)
            {
                // Its old group partners may stand alone now: they are recomputed too.
                ids.ForEach(Touch);
            }
        }
    }

    private void Touch(string id)
    {
        if (touchedSet.Add(id))
        {
            touched.Add(id);
        }
    }
}
