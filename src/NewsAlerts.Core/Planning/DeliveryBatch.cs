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
public sealed record DeliveryBatch(Channel Channel, int BatchNumber, AlertContent Content, IReadOnlyList<BatchRecipient> Recipients)
{
    /// <summary>The queue for a channel.</summary>
    public static string QueueFor(Channel channel) => AlertChannel.For(channel).Queue;

    /// <summary>The idempotency key: article, version, channel, batch number and a hash of the recipient list.</summary>
    public string MessageId
    {
        get
        {
            var recipients = string.Join(',', Recipients.Select(r => r.SubscriberId));
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{Content.ArticleId}|{Content.ArticleVersion}|{Channel}|{BatchNumber}|{recipients}"));
            return $"{Channel.ToString().ToLowerInvariant()}-{Convert.ToHexString(hash, 0, 20).ToLowerInvariant()}";
        }
    }
}
