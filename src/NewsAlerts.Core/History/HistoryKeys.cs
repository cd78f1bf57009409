namespace NewsAlerts.Core.History;

using NewsAlerts.Core.Articles;

/// <summary>The article a history row is about, read from the ledger key it was written under (<see cref="ReceivedAlert.Key"/>).</summary>
public static class HistoryKeys
{
    private const string DigestPrefix = "digest:";

    /// <summary>
    /// The article id of <paramref name="key"/>: an alert's key is the article id; a follow-up's is
    /// <c>withdrawn:v{version}:{article id}</c> or <c>corrected:v{version}:{article id}</c>
    /// (<see cref="Planning.DeliveryBatch.LedgerKeyOf"/>); a digest story's is <c>digest:{due}|{article id}</c>
    /// (<see cref="AlertHistory.Of(Digests.DigestEmail, DateTimeOffset)"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static string ArticleIdOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.StartsWith(DigestPrefix, StringComparison.Ordinal) && key.IndexOf('|', StringComparison.Ordinal) is var bar and > 0)
        {
            return key[(bar + 1)..];
        }

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

        return key;
    }

    /// <summary>
    /// What a follow-up's <paramref name="key"/> says the editor did (<c>withdrawn:v…</c> or <c>corrected:v…</c>, as
    /// <see cref="ArticleIdOf"/> reads it), so a history row tells a correction from a withdrawal of the same story (trial
    /// r33 #6); null for an alert's or a digest's key, or a follow-up key of an older shape.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static NoticeKind? NoticeOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var id = ArticleIdOf(key);
        if (id.Length == key.Length || key.StartsWith(DigestPrefix, StringComparison.Ordinal))
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
