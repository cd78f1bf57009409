namespace NewsAlerts.Cli.Dev;

using System.Globalization;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Stories;

/// <summary>
/// What the demo waits for and says of its story's alerts on one channel. Every run publishes the same sample story
/// (a new id, the same link and headline: <see cref="SameStory"/>), so, by one story, one alert (<see cref="StoryCopies"/>),
/// a subscriber who already received an earlier run's copy within <c>Alerts:SameStoryWindowHours</c> (earlier demos'
/// subscribers, or people when <c>--demo</c> asks) is recorded "same story as …" and sent nothing. The demo counts what
/// the dispatcher really sends: the alerts the ingest planned now, less those the ledger shows held back so.
/// </summary>
public static class DemoDeliveries
{
    /// <summary>
    /// How many alerts of the story to wait for on a channel: the <paramref name="planned"/> ones (the reach's
    /// <c>emailAlerts</c> or <c>smsAlerts</c>) less the <paramref name="alreadyHad"/> ones recorded so far, and at least
    /// the demo's own (<paramref name="ownDemo"/>: its subscribers are new each run, so none of them had the story).
    /// As the dispatcher records more held back, this falls to exactly what it sends; it is never below what has already
    /// been sent (a delivered alert is never also held back), so the wait never ends early.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative.</exception>
    public static int Expected(int planned, int ownDemo, int alreadyHad)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(planned);
        ArgumentOutOfRangeException.ThrowIfNegative(ownDemo);
        ArgumentOutOfRangeException.ThrowIfNegative(alreadyHad);
        return Math.Max(ownDemo, planned - alreadyHad);
    }

    /// <summary>The rows of <paramref name="rows"/> held back because their reader already had the story (skipped, a reason of <see cref="StoryCopies"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static int AlreadyHad(IEnumerable<LedgerEntry> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Count(r => r.State == LedgerState.Skipped && StoryCopies.IsSameStoryReason(r.Reason));
    }

    /// <summary>
    /// The summary's delivery words: <c>delivered 1 email(s) and 1 SMS</c>, then, when some were held back,
    /// <c>; not sent to 3 who already had this story from an earlier run (2 email(s), 1 SMS; one story, one alert)</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative.</exception>
    public static string Line(int emails, int texts, int emailsAlreadyHad, int textsAlreadyHad)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(emails);
        ArgumentOutOfRangeException.ThrowIfNegative(texts);
        ArgumentOutOfRangeException.ThrowIfNegative(emailsAlreadyHad);
        ArgumentOutOfRangeException.ThrowIfNegative(textsAlreadyHad);
        var delivered = string.Create(CultureInfo.InvariantCulture, $"delivered {emails} email(s) and {texts} SMS");
        var had = emailsAlreadyHad + textsAlreadyHad;
        return had == 0
            ? delivered
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{delivered}; not sent to {had} who already had this story from an earlier run ({emailsAlreadyHad} email(s), {textsAlreadyHad} SMS; one story, one alert)");
    }
}
