namespace NewsAlerts.Core.Articles;

using System.Text;

/// <summary>
/// The one rule for an article id, from the API or a feed: at most <see cref="MaxBytes"/> bytes of UTF-8, one line.
/// Ids become Table keys base64url-encoded (<c>TableKeys.Encode</c>), so the characters Table keys forbid
/// (<c>/ \ # ?</c>, control characters; see "Characters disallowed in key fields",
/// https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model) are allowed in an
/// id: a URI id keeps its slashes and query. What the encoding cannot hide is length: a key holds at most 1 KiB
/// (512 UTF-16 characters, <c>TableKeys.MaxLength</c>), base64url makes 4 characters of every 3 bytes, and row keys
/// put a prefix before the id (a recent line's inverted time, 20 characters; a ledger partition's channel; a digest
/// entry's subscriber), so 300 bytes (400 characters encoded) leave room for every prefix. Counted in bytes, not
/// characters: 300 Arabic letters are 600 bytes, 75 emoji 300.
/// </summary>
public static class ArticleIds
{
    /// <summary>The longest id, in UTF-8 bytes (300).</summary>
    public const int MaxBytes = 300;

    /// <summary>
    /// The beginnings an id may not have (any case): the delivery ledger keys a follow-up as
    /// <c>{withdrawn|corrected}:v{version}:{article id}</c> (<see cref="Planning.DeliveryBatch.LedgerKeyOf"/>) and a digest as
    /// <c>digest:{due}</c> (<see cref="Digests.DigestMessage.LedgerKey"/>) next to alerts keyed by the bare article id, so
    /// an article whose id is <c>withdrawn:v3:x</c> would share its claims with the withdrawal of article <c>x</c>
    /// (stop 34, left 3). A feed item with such an id gets its hashed id (<see cref="Feeds.FeedArticles"/>).
    /// </summary>
    public static IReadOnlyList<string> ReservedPrefixes { get; } =
        [.. Enum.GetValues<NoticeKind>().Select(k => k.ToString().ToLowerInvariant() + ":"), "digest:"];

    /// <summary>Why <paramref name="id"/> cannot be an article id, in words for a problem+json field error; null when it can.</summary>
    /// <param name="id">The id as received (already trimmed).</param>
    /// <returns>
    /// <c>is N bytes of UTF-8 (M characters); an id holds at most 300 bytes</c>, <c>contains a line break or tab, which an
    /// id cannot hold</c>, <c>contains half of a character pair</c>, <c>begins with 'withdrawn:', which is reserved…</c>
    /// (<see cref="ReservedPrefixes"/>), or null.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static string? Problem(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        for (var i = 0; i < id.Length; i++)
        {
            if (char.IsControl(id[i]))
            {
                return "contains a line break, tab or other control character, which an id cannot hold";
            }

            // A lone surrogate would be encoded as U+FFFD: two different ids would share one key.
            if (char.IsSurrogate(id[i]) && !(char.IsHighSurrogate(id[i]) && i + 1 < id.Length && char.IsLowSurrogate(id[++i])))
            {
                return "contains half of a character pair (not valid Unicode)";
            }
        }

        if (ReservedPrefixes.FirstOrDefault(p => id.StartsWith(p, StringComparison.OrdinalIgnoreCase)) is { } reserved)
        {
            return $"begins with '{id[..reserved.Length]}', which is reserved for the keys of follow-ups and digests (an id may not begin with {string.Join(", ", ReservedPrefixes)})";
        }

        var bytes = Encoding.UTF8.GetByteCount(id);
        return bytes <= MaxBytes
            ? null
            : $"is {bytes} bytes of UTF-8 ({id.Length} characters); an id holds at most {MaxBytes} bytes (a letter outside ASCII takes 2 to 4)";
    }
}
