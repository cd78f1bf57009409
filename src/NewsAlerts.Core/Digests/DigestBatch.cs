namespace NewsAlerts.Core.Digests;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

/// <summary>
/// One subscriber's digest as a queue message: keys, not bodies (the dispatcher reads the entries' articles), so even
/// the largest digest stays far under Service Bus's 256 KB. Its <see cref="MessageId"/> is the subscriber and the due
/// time, so a digest is sent once across restarts and replays.
/// </summary>
/// <param name="SubscriberId">Whose digest.</param>
/// <param name="DueAt">The due time (UTC, whole minutes).</param>
/// <param name="ArticleIds">The stories, newest first, at most <see cref="MaxStories"/>.</param>
/// <param name="More">How many older stories did not fit (the email says "and N more").</param>
public sealed record DigestBatch(string SubscriberId, DateTimeOffset DueAt, IReadOnlyList<string> ArticleIds, int More)
{
    /// <summary>Most stories in one digest: 500 article ids of up to 400 characters stay under 256 KB.</summary>
    public const int MaxStories = 500;

    /// <summary>The idempotency key: a hash of the subscriber id and the due time.</summary>
    public string MessageId
    {
        get
        {
            var due = DueAt.UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'", CultureInfo.InvariantCulture);
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{SubscriberId}|{due}"));
            return $"digest-{Convert.ToHexString(hash, 0, 20).ToLowerInvariant()}";
        }
    }
}
