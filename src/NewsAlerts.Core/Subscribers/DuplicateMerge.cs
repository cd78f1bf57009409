namespace NewsAlerts.Core.Subscribers;

using NewsAlerts.Core.SignUps;

/// <summary>
/// Merges subscribers that share a contact (made before one contact meant one subscriber) into one: the oldest
/// survives; topics are united in age order up to the limit (the survivor's first; the rest are returned so the caller
/// can name them in a log line); for each channel an opt-out on any row wins, then a disabled channel, then a
/// confirmation. The merged ids are returned, and kept on the survivor (<see cref="Subscriber.MergedIds"/>), so their
/// ledger rows count for the survivor.
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
        var merged = survivor with
        {
            Email = survivor.Email ?? byAge.Select(s => s.Email).FirstOrDefault(e => e is not null),
            EmailStatus = byAge.Where(s => s.Email is not null).Select(s => s.EmailStatus).DefaultIfEmpty(ContactStatus.None).MaxBy(Rank),
            Phone = survivor.Phone ?? byAge.Select(s => s.Phone).FirstOrDefault(p => p is not null),
            SmsStatus = byAge.Where(s => s.Phone is not null).Select(s => s.SmsStatus).DefaultIfEmpty(ContactStatus.None).MaxBy(Rank),
            Topics = kept,
            SmsWelcomed = byAge.Any(s => s.SmsWelcomed),
            MergedIds = mergedIds.Count == 0 ? null : mergedIds,
        };
        return new MergedSubscriber(merged, mergedIds, [.. topics.Skip(SubscriberRequestParser.MaxTopics)]);
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
