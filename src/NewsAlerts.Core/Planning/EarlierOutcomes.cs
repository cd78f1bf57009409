namespace NewsAlerts.Core.Planning;

using NewsAlerts.Core.Dispatch;

/// <summary>
/// The subscribers of <see cref="MatchedOutcome.AlreadySent"/> counted by where their earlier alert stands
/// (<see cref="EarlierRecords.Pick"/>, one per subscriber), so the counts add up to <see cref="MatchedOutcomes.AlreadySent"/>.
/// </summary>
/// <param name="Sent">Handed to the provider (sent, delivered, or in a digest that went).</param>
/// <param name="Sending">Being sent now (queued for now, claimed or retrying).</param>
/// <param name="AfterQuietHours">Texts waiting for the end of quiet hours.</param>
/// <param name="QuietHoursEndFirst">The earliest of those texts' planned times (UTC), or null.</param>
/// <param name="InDigest">In an email digest not sent yet.</param>
/// <param name="NextDigest">The earliest of those digests' due times (UTC), or null.</param>
/// <param name="NotSent">Not sent, by why: the ledger state, and for a skipped alert its reason ("Skipped: contact suppressed").</param>
public sealed record EarlierOutcomes(
    int Sent, int Sending, int AfterQuietHours, DateTimeOffset? QuietHoursEndFirst, int InDigest, DateTimeOffset? NextDigest,
    IReadOnlyList<NotSentCount> NotSent)
{
    /// <summary>Value equality, the not-sent counts included (a dry run and the real run compare equal: a list compares by reference otherwise).</summary>
    public bool Equals(EarlierOutcomes? other) =>
        other is not null && (Sent, Sending, AfterQuietHours, QuietHoursEndFirst, InDigest, NextDigest) ==
            (other.Sent, other.Sending, other.AfterQuietHours, other.QuietHoursEndFirst, other.InDigest, other.NextDigest) && NotSent.SequenceEqual(other.NotSent);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sent, Sending, AfterQuietHours, QuietHoursEndFirst, InDigest, NextDigest, NotSent.Count);

    /// <summary>Every subscriber counted.</summary>
    public int Total => Sent + Sending + AfterQuietHours + InDigest + NotSent.Sum(n => n.Count);

    /// <summary>The counts of one record per subscriber.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static EarlierOutcomes Count(IReadOnlyCollection<EarlierRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        int N(EarlierStanding s) => records.Count(r => r.Standing == s);
        DateTimeOffset? First(EarlierStanding s) => records.Where(r => r.Standing == s && r.At is not null).Select(r => r.At).Min();
        var notSent = records.Where(r => r.Standing == EarlierStanding.NotSent)
            .GroupBy(WhyOf, StringComparer.Ordinal)
            .Select(g => new NotSentCount(g.Key, g.Count()))
            .OrderBy(g => g.Why, StringComparer.Ordinal)
            .ToList();
        return new EarlierOutcomes(
            N(EarlierStanding.Sent), N(EarlierStanding.Sending), N(EarlierStanding.AfterQuietHours), First(EarlierStanding.AfterQuietHours),
            N(EarlierStanding.InDigest), First(EarlierStanding.InDigest), notSent);
    }

    // The tally's reason key ("State" or "State: reason"), which the console words (ConsoleWords.Reason).
    private static string WhyOf(EarlierRecord record)
    {
        var state = (record.NotSentAs ?? LedgerState.Skipped).ToString();
        return record.Reason is { Length: > 0 } reason ? $"{state}: {reason}" : state;
    }
}
