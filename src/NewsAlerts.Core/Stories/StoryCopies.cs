namespace NewsAlerts.Core.Stories;

using System.Globalization;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// One story, one alert (pure): whether a subscriber already has another copy of a story (another article id sharing a
/// same-story key, <see cref="SameStory"/>) on the channel an alert is about to go on, so this one is recorded not sent.
/// A copy counts when the subscriber received it (its ledger row sent or delivered, or, by email, a digest that carried
/// it was sent), or when it is on its way to them (its row claimed or retrying, or queued without a row yet) and it came
/// first (<see cref="Precedes"/>): of two copies in flight at once the first goes and the other waits for nothing, so
/// the two never hold each other back. A copy that failed, was skipped or held never counts: the reader did not get it.
/// Withdrawals and corrections are follow-ups of their own article (ledger key per article), never held back by this.
/// </summary>
public static class StoryCopies
{
    /// <summary>How every reason of this rule begins in the ledger ("same story as …"): the story page counts these apart.</summary>
    public const string ReasonPrefix = "same story as ";

    /// <summary>
    /// The most other copies whose records are read for one alert (8, the first recorded in the window): each costs a point
    /// read per recipient, so a story syndicated to dozens of sites stays cheap; a reader who received only a later copy
    /// of such a story may get one more alert.
    /// </summary>
    public const int MaxCopiesRead = 8;

    /// <summary>The other copies to read for the alert of <paramref name="articleId"/>: not its own, the first <see cref="MaxCopiesRead"/> recorded.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<StoryCopy> OthersToRead(string articleId, IEnumerable<StoryCopy> found)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(found);
        return [.. found.Where(c => !string.Equals(c.ArticleId, articleId, StringComparison.Ordinal))
            .OrderBy(c => c.At).ThenBy(c => c.ArticleId, StringComparer.Ordinal).Take(MaxCopiesRead)];
    }

    /// <summary>The most characters of a copy's headline quoted in a reason (longer ones end in "…").</summary>
    public const int MaxQuotedHeadline = 120;

    /// <summary>Whether copy <paramref name="a"/> comes before <paramref name="b"/>: recorded earlier, then the smaller article id (ordinal).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool Precedes(StoryCopy a, StoryCopy b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var order = a.At.CompareTo(b.At);
        return order < 0 || (order == 0 && string.CompareOrdinal(a.ArticleId, b.ArticleId) < 0);
    }

    /// <summary>
    /// The reason the alert of <paramref name="self"/> is not sent to a subscriber given where the other copies stand
    /// for them (<paramref name="standings"/>), or null to send it. The first copy received wins the reason's words;
    /// else the first on its way.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string? Covering(StoryCopy self, IEnumerable<CopyStanding> standings)
    {
        ArgumentNullException.ThrowIfNull(self);
        ArgumentNullException.ThrowIfNull(standings);
        var others = standings.Where(s => !string.Equals(s.Copy.ArticleId, self.ArticleId, StringComparison.Ordinal))
            .OrderBy(s => s.Copy.At).ThenBy(s => s.Copy.ArticleId, StringComparer.Ordinal).ToList();
        if (others.FirstOrDefault(s => s.Row?.State is LedgerState.Sent or LedgerState.Delivered) is { } sent)
        {
            return SentReason(sent.Copy, sent.Row!.UpdatedAt);
        }

        if (others.FirstOrDefault(s => s.InSentDigest) is { } digested)
        {
            return DigestReason(digested.Copy);
        }

        var onItsWay = others.FirstOrDefault(s => Precedes(s.Copy, self)
            && (s.Row?.State is LedgerState.Claimed or LedgerState.Retrying || (s.Row is null && s.Queued)));
        return onItsWay is null ? null : QueuedReason(onItsWay.Copy);
    }

    /// <summary>"same story as "{headline}" sent at yyyy-MM-dd HH:mm UTC" (the time left out when not known).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="copy"/> is null.</exception>
    public static string SentReason(StoryCopy copy, DateTimeOffset? at)
    {
        ArgumentNullException.ThrowIfNull(copy);
        return at is { } when
            ? $"{ReasonPrefix}{Quoted(copy.Headline)} sent at {when.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC"
            : $"{ReasonPrefix}{Quoted(copy.Headline)} sent";
    }

    /// <summary>"same story as "{headline}" already on its way": the copy was queued or being sent when this one was about to go.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="copy"/> is null.</exception>
    public static string QueuedReason(StoryCopy copy)
    {
        ArgumentNullException.ThrowIfNull(copy);
        return $"{ReasonPrefix}{Quoted(copy.Headline)} already on its way";
    }

    /// <summary>"same story as "{headline}" sent in a digest".</summary>
    /// <exception cref="ArgumentNullException"><paramref name="copy"/> is null.</exception>
    public static string DigestReason(StoryCopy copy)
    {
        ArgumentNullException.ThrowIfNull(copy);
        return $"{ReasonPrefix}{Quoted(copy.Headline)} sent in a digest";
    }

    /// <summary>Whether a ledger <paramref name="reason"/> is this rule's (<see cref="ReasonPrefix"/>).</summary>
    public static bool IsSameStoryReason(string? reason) => reason?.StartsWith(ReasonPrefix, StringComparison.Ordinal) == true;

    private static string Quoted(string headline)
    {
        var text = headline.ReplaceLineEndings(" ").Trim();
        return $"\"{(text.Length <= MaxQuotedHeadline ? text : text[..(MaxQuotedHeadline - 1)].TrimEnd() + "…")}\"";
    }
}
