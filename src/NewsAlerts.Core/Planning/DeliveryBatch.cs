namespace NewsAlerts.Core.Planning;

using System.Security.Cryptography;
using System.Text;
using NewsAlerts.Core.Delivery;

/// <summary>
/// The Service Bus message contract: one article, one channel, up to a few hundred recipients. Its
/// <see cref="MessageId"/> is derived from its content, so sending the same batch again is a no-op under
/// duplicate detection.
/// </summary>
/// <param name="Channel">Email or SMS.</param>
/// <param name="BatchNumber">Position of this batch among the article's batches for the channel.</param>
/// <param name="Content">What the alert says.</param>
/// <param name="Recipients">Who gets it, sorted by subscriber id.</param>
/// <param name="PlannedFor">
/// When the policy meant these alerts to go (the planning time, or the end of quiet hours for a scheduled text): the
/// instant whose local day a daily cap counts them on and from which an over-cap alert's digest is chosen, however late
/// the batch is delivered or redelivered. Null on batches planned without the policy (and on messages written before it
/// was carried): then the dispatcher's clock decides. Not part of <see cref="MessageId"/>.
/// </param>
public sealed record DeliveryBatch(Channel Channel, int BatchNumber, AlertContent Content, IReadOnlyList<BatchRecipient> Recipients, DateTimeOffset? PlannedFor = null)
{
    /// <summary>The queue for a channel.</summary>
    public static string QueueFor(Channel channel) => AlertChannel.For(channel).Queue;

    /// <summary>
    /// The ledger key its alerts are claimed and recorded under: the article id for alerts (any version: one alert per
    /// story), <c>withdrawn:v{version}:{article id}</c> or <c>corrected:v{version}:{article id}</c> for follow-ups, so
    /// a follow-up goes once per article, version, kind and recipient, and never counts as the alert itself.
    /// </summary>
    public string LedgerKey => LedgerKeyOf(Content.ArticleId, Content.ArticleVersion, Content.Notice?.Kind);

    /// <summary>
    /// The ledger key of <paramref name="articleId"/>'s alerts (<paramref name="notice"/> null: the article id), or of the
    /// follow-ups its version <paramref name="version"/> sent (<c>withdrawn:v{version}:{article id}</c>, <c>corrected:v{version}:{article id}</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="articleId"/> is null.</exception>
    public static string LedgerKeyOf(string articleId, string version, Articles.NoticeKind? notice)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        return notice is { } kind ? $"{kind.ToString().ToLowerInvariant()}:v{version}:{articleId}" : articleId;
    }

    /// <summary>The idempotency key: ledger key, version, channel, batch number and a hash of the recipient list.</summary>
    public string MessageId
    {
        get
        {
            var recipients = string.Join(',', Recipients.Select(r => r.SubscriberId));
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{LedgerKey}|{Content.ArticleVersion}|{Channel}|{BatchNumber}|{recipients}"));
            return $"{Channel.ToString().ToLowerInvariant()}-{Convert.ToHexString(hash, 0, 20).ToLowerInvariant()}";
        }
    }
}
