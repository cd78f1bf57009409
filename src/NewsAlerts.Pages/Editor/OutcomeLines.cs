namespace NewsAlerts.Pages.Editor;

using System.Globalization;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Planning;

/// <summary>
/// The preview's lines of how each matched subscriber hears of a story (<see cref="MatchedOutcomes"/>): one line per
/// outcome that has a subscriber, in the order of <see cref="MatchedOutcome"/>, so the lines add up to the matched
/// subscribers (trial r32 #7: a subscriber who had opted out of both channels was in "matched" and in no other line).
/// </summary>
public static class OutcomeLines
{
    /// <summary>
    /// Whether the lines are shown for a version of <paramref name="decision"/>: only for one that alerts the matched
    /// subscribers (<see cref="VersionDecision.NewStory"/>, <see cref="VersionDecision.Upgrade"/>). A correction alerts
    /// nobody (its plan is empty, every outcome 0), and a withdrawal or major correction sends follow-ups to earlier
    /// recipients, not to the matched subscribers (<see cref="VersionDecision"/>), so lines for them would not add up.
    /// </summary>
    public static bool ShownFor(VersionDecision decision) => decision is VersionDecision.NewStory or VersionDecision.Upgrade;

    /// <summary>(words, subscribers) for every outcome of <paramref name="outcomes"/> with at least one subscriber.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="outcomes"/> is null.</exception>
    public static IReadOnlyList<(string Label, int Value)> Of(MatchedOutcomes outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        (string, int)[] all =
        [
            (ConsoleStrings.OutcomeNow, outcomes.Now),
            (ConsoleStrings.OutcomeAfterQuietHours, outcomes.AfterQuietHours),
            // Trial s44 #5: a reader moved to her digest by a daily cap is said apart from those who chose a digest.
            (ConsoleStrings.OutcomeDigest, outcomes.Digest - outcomes.DigestByCap),
            (ConsoleStrings.OutcomeDigestByCap, outcomes.DigestByCap),
            (ConsoleStrings.OutcomeHeldByCap, outcomes.HeldByCap),
            (ConsoleStrings.OutcomeHeldStale, outcomes.HeldStale),
            .. AlreadySent(outcomes),
            (ConsoleStrings.OutcomePaused, outcomes.Paused),
            (ConsoleStrings.OutcomeNotUrgentEnough, outcomes.NotUrgentEnough),
            (ConsoleStrings.OutcomeNoChannel, outcomes.NoChannel),
        ];
        return [.. all.Where(line => line.Item2 > 0)];
    }

    // "An earlier version reached them or is on its way" as the records say it stands (trial r37: one count held the
    // texts a cap had stopped): sent, being sent, after quiet hours (from when), in a digest (next due), not sent (why).
    // Without the records (EarlierOutcomes null), the one line.
    private static IEnumerable<(string, int)> AlreadySent(MatchedOutcomes outcomes)
    {
        if (outcomes.Earlier is not { } earlier)
        {
            yield return (ConsoleStrings.OutcomeAlreadySent, outcomes.AlreadySent);
            yield break;
        }

        yield return (ConsoleStrings.OutcomeEarlierSent, earlier.Sent);
        yield return (ConsoleStrings.OutcomeEarlierSending, earlier.Sending);
        yield return (ConsoleStrings.OutcomeEarlierAfterQuietHours + From(earlier.QuietHoursEndFirst), earlier.AfterQuietHours);
        yield return (ConsoleStrings.OutcomeEarlierInDigest + From(earlier.NextDigest), earlier.InDigest);
        foreach (var (why, count) in earlier.NotSent)
        {
            yield return (ConsoleStrings.OutcomeEarlierNotSentPrefix + WhyOf(why), count);
        }
    }

    // "HeldByCap" → the state in words; "Skipped: contact suppressed" → the state in words and the ledger's reason.
    private static string WhyOf(string why) =>
        !why.Contains(':', StringComparison.Ordinal) && Enum.TryParse<NewsAlerts.Core.Dispatch.LedgerState>(why, out var state) && Enum.IsDefined(state)
            ? ConsoleWords.State(state)
            : ConsoleWords.Reason(why);

    private static string From(DateTimeOffset? at) => at is { } first
        ? " (" + ConsoleStrings.OutcomeEarlierFromPrefix + first.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC)"
        : string.Empty;
}
