namespace NewsAlerts.Core.Planning;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;

/// <summary>
/// Turns matches into delivery batches: email for every confirmed address, SMS for confirmed numbers when the
/// article is at least as urgent as the subscriber asked for; batches of at most <c>batchSize</c> recipients that fit
/// one Service Bus message (<see cref="BatchPacking"/>), recipients
/// in subscriber-id order so a re-plan produces the same batches.
/// </summary>
public static class AlertPlanner
{
    /// <summary>The default number of recipients per batch.</summary>
    public const int DefaultBatchSize = 250;

    /// <summary>
    /// Plans the batches for an article; a contact for which <paramref name="suppressed"/> (channel, address or number)
    /// says true gets nothing on that channel, nor does a subscriber for which <paramref name="settled"/> (channel,
    /// subscriber id) says the ledger already settled this article's alert (an earlier version went out), under its
    /// own id or under the id of a duplicate folded into it (<see cref="Subscribers.Subscriber.MergedIds"/>).
    /// </summary>
    public static IReadOnlyList<DeliveryBatch> Plan(
        Article article, IReadOnlyList<SubscriberMatch> matches, int batchSize = DefaultBatchSize,
        Func<Channel, string, bool>? suppressed = null, Func<Channel, string, bool>? settled = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var content = ContentOf(article);
        var ordered = matches.OrderBy(m => m.Subscriber.Id, StringComparer.Ordinal).ToList();
        suppressed ??= static (_, _) => false;
        settled ??= static (_, _) => false;
        var email = ordered.Where(m => m.Subscriber.WantsEmail && !suppressed(Channel.Email, m.Subscriber.Email!) && !Settled(settled, Channel.Email, m.Subscriber));
        var sms = ordered.Where(m => m.Subscriber.WantsSms(article.Urgency) && !suppressed(Channel.Sms, m.Subscriber.Phone!) && !Settled(settled, Channel.Sms, m.Subscriber));
        return [.. Batches(Channel.Email, email, content, batchSize), .. Batches(Channel.Sms, sms, content, batchSize)];
    }

    /// <summary>The reach of a plan.</summary>
    public static Reach ReachOf(IReadOnlyList<SubscriberMatch> matches, IReadOnlyList<DeliveryBatch> batches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(batches);
        return new Reach(
            matches.Sum(m => m.MatchedTopics),
            matches.Count,
            batches.Where(b => b.Channel == Channel.Email).Sum(b => b.Recipients.Count),
            batches.Where(b => b.Channel == Channel.Sms).Sum(b => b.Recipients.Count),
            batches.Count);
    }

    /// <summary>What alerts say about the article; its source as every alert shows it (<see cref="ArticleSource.Of(Article)"/>).</summary>
    public static AlertContent ContentOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new AlertContent(
            article.Id, article.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), article.Headline, article.Summary(),
            article.Url, ArticleSource.Of(article), article.Urgency, article.PublishedAt);
    }

    private static bool Settled(Func<Channel, string, bool> settled, Channel channel, Subscribers.Subscriber subscriber) =>
        subscriber.LedgerIds().Any(id => settled(channel, id));

    private static IEnumerable<DeliveryBatch> Batches(Channel channel, IEnumerable<SubscriberMatch> matches, AlertContent content, int batchSize) =>
        BatchPacking.Pack(channel, matches.Select(m => new BatchRecipient(m.Subscriber.Id, m.Reason)), content, batchSize);
}
