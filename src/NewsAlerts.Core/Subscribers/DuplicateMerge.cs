namespace NewsAlerts.Core.Subscribers;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Suppression;

/// <summary>
/// Merges subscribers that share a contact (made before one contact meant one subscriber) into one: the oldest
/// survives; topics are united in age order up to the limit (the survivor's first; the rest are returned so the caller
/// can name them in a log line); for each channel an opt-out on any row wins, then a disabled channel, then a
/// confirmation. The merged ids are returned, and kept on the survivor (<see cref="Subscriber.MergedIds"/>), so their
/// ledger rows count for the survivor. Rows linked by one contact may differ in the other: the survivor keeps its own
/// address (number) unless only another one is confirmed, then the oldest confirmed one; no contact is dropped: the
/// others become <see cref="Subscriber.OtherEmails"/> (<see cref="Subscriber.OtherPhones"/>), never sent to but still
/// this person's, so a STOP or an unsubscribe from them stops the survivor.
/// </summary>
public static class DuplicateMerge
{
    /// <summary>The merge of <paramref name="duplicates"/> (at least one).</summary>
    /// <exception cref="ArgumentException"><paramref name="duplicates"/> is empty.</exception>
    public static MergedSubscriber Merge(IReadOnlyList<Subscriber> duplicates)
    {
        ArgumentNullException.ThrowIfNull(duplicates);
        if (duplicates.Count == 0)
        {
            throw new ArgumentException("There is nothing to merge.", nameof(duplicates));
        }

        var byAge = duplicates.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        var survivor = byAge[0];
        var topics = byAge.Skip(1).Aggregate(survivor.Topics, (all, s) => SignUpTopics.Unite(all, s.Topics));
        var kept = topics.Take(SubscriberRequestParser.MaxTopics).ToList();
        // Ids merged now and earlier (a survivor folded on read may meet a changed duplicate again).
        List<string> mergedIds = [.. byAge.Skip(1).Select(s => s.Id).Concat(byAge.SelectMany(s => s.MergedIds ?? [])).Distinct(StringComparer.Ordinal).Where(id => id != survivor.Id)];
        var (email, otherEmails) = Keep(byAge, s => s.Email, s => s.EmailStatus, s => s.OtherEmails, e => ContactKeys.Of(Channel.Email, e));
        var (phone, otherPhones) = Keep(byAge, s => s.Phone, s => s.SmsStatus, s => s.OtherPhones, p => p);
        var merged = survivor with
        {
            Email = email,
            EmailStatus = byAge.Where(s => s.Email is not null).Select(s => s.EmailStatus).DefaultIfEmpty(ContactStatus.None).MaxBy(Rank),
            OtherEmails = otherEmails,
            Phone = phone,
            SmsStatus = byAge.Where(s => s.Phone is not null).Select(s => s.SmsStatus).DefaultIfEmpty(ContactStatus.None).MaxBy(Rank),
            OtherPhones = otherPhones,
            Topics = kept,
            SmsWelcomed = byAge.Any(s => s.SmsWelcomed),
            MergedIds = mergedIds.Count == 0 ? null : mergedIds,
        };
        return new MergedSubscriber(merged, mergedIds, [.. topics.Skip(SubscriberRequestParser.MaxTopics)]);
    }

    // The contact of one channel the survivor keeps, and the others (distinct by key, oldest row first), null when none.
    private static (string? Kept, IReadOnlyList<string>? Others) Keep(
        List<Subscriber> byAge, Func<Subscriber, string?> contact, Func<Subscriber, ContactStatus> status,
        Func<Subscriber, IReadOnlyList<string>?> others, Func<string, string> key)
    {
        var confirmed = byAge.Where(s => contact(s) is not null && status(s) == ContactStatus.Confirmed).Select(s => key(contact(s)!)).ToHashSet(StringComparer.Ordinal);
        var own = contact(byAge[0]);
        var kept = own is not null && (confirmed.Count == 0 || confirmed.Contains(key(own)))
            ? own
            : byAge.Select(contact).FirstOrDefault(c => c is not null && confirmed.Contains(key(c))) ?? byAge.Select(contact).FirstOrDefault(c => c is not null);
        var keptKey = kept is null ? null : key(kept);
        List<string> rest = [.. byAge.SelectMany(s => (IEnumerable<string?>)[contact(s), .. others(s) ?? []])
            .OfType<string>().DistinctBy(key, StringComparer.Ordinal).Where(c => key(c) != keptKey)];
        return (kept, rest.Count == 0 ? null : rest);
    }

    // Which status of one contact wins over the others: an opt-out above all.
    private static int Rank(ContactStatus status) => status switch
    {
        ContactStatus.OptedOut => 4,
        ContactStatus.Disabled => 3,
        ContactStatus.Confirmed => 2,
        ContactStatus.Pending => 1,
        _ => 0,
    };
}
