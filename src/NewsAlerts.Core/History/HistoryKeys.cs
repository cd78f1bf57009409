namespace NewsAlerts.Core.History;

using NewsAlerts.Core.Articles;

/// <summary>The article a history row is about, read from the ledger key it was written under (<see cref="ReceivedAlert.Key"/>).</summary>
public static class HistoryKeys
{
    private const string DigestPrefix = "digest:";

    /// <summary>
    /// The article id of <paramref name="key"/>, a key written for a row of <paramref name="kind"/>: an alert's key is
    /// the article id itself, whatever it looks like (an id such as <c>withdrawn:v3:x</c> is an article's own); a
    /// follow-up's is <c>withdrawn:v{version}:{article id}</c> or <c>corrected:v{version}:{article id}</c>
    /// (<see cref="Planning.DeliveryBatch.LedgerKeyOf"/>); a digest story's is <c>digest:{due}|{article id}</c>
    /// (<see cref="AlertHistory.Of(Digests.DigestEmail, DateTimeOffset)"/>). A follow-up or digest key of another shape
    /// is given back whole.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static string ArticleIdOf(ReceivedKind kind, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return kind switch
        {
            ReceivedKind.Digest when key.StartsWith(DigestPrefix, StringComparison.Ordinal) && key.IndexOf('|', StringComparison.Ordinal) is var bar and > 0 => key[(bar + 1)..],
            ReceivedKind.FollowUp => FollowUpArticleId(key) ?? key,
            _ => key,
        };
    }

    /// <summary>The article id of the row <paramref name="alert"/>, read from its key by its kind (<see cref="ArticleIdOf(ReceivedKind, string)"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="alert"/> is null.</exception>
    public static string ArticleIdOf(ReceivedAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return ArticleIdOf(alert.Kind, alert.Key);
    }

    // The article id after a follow-up key's "{kind}:v{version}:" prefix, or null when the key has no such prefix.
    private static string? FollowUpArticleId(string key)
    {
        foreach (var kind in Enum.GetValues<NoticeKind>())
        {
            var prefix = $"{kind.ToString().ToLowerInvariant()}:v";
            if (key.StartsWith(prefix, StringComparison.Ordinal)
                && key.IndexOf(':', prefix.Length) is var colon and > 0
                && key.AsSpan(prefix.Length, colon - prefix.Length) is { Length: > 0 } version
                && int.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                return key[(colon + 1)..];
            }
        }

        return null;
    }

    /// <summary>
    /// What a follow-up's <paramref name="key"/> (a row of kind <see cref="ReceivedKind.FollowUp"/>) says the editor did
    /// (<c>withdrawn:v…</c> or <c>corrected:v…</c>, as <see cref="ArticleIdOf(ReceivedKind, string)"/> reads it), so a
    /// history row tells a correction from a withdrawal of the same story (trial r33 #6); null for a follow-up key of an
    /// older shape. Only a follow-up's key is read so: an alert's key is an article id, whatever it looks like.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static NoticeKind? NoticeOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (FollowUpArticleId(key) is null)
        {
            return null;
        }

        foreach (var kind in Enum.GetValues<NoticeKind>())
        {
            if (key.StartsWith($"{kind.ToString().ToLowerInvariant()}:v", StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }
}
