namespace NewsAlerts.Cli.Operations;

using global::Azure.Messaging.ServiceBus;

/// <summary>Which dead-lettered messages a <c>dlq</c> command acts on: all, or those with one reason and/or article.</summary>
/// <param name="Reason">The dead-letter reason to match exactly (e.g. <c>DeliveryIncomplete</c>), or null for any.</param>
/// <param name="ArticleId">The <c>articleId</c> application property to match, or null for any.</param>
public sealed record DeadLetterFilter(string? Reason, string? ArticleId)
{
    /// <summary>Whether a message with this reason and article is selected.</summary>
    public bool Matches(string? reason, string? articleId) =>
        (Reason is null || string.Equals(Reason, reason, StringComparison.Ordinal))
        && (ArticleId is null || string.Equals(ArticleId, articleId, StringComparison.Ordinal));

    /// <summary>Whether a received or peeked message is selected.</summary>
    public bool Matches(ServiceBusReceivedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Matches(message.DeadLetterReason, ArticleOf(message));
    }

    /// <summary>The message's <c>articleId</c> application property (set by the alert publisher), or null.</summary>
    public static string? ArticleOf(ServiceBusReceivedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.ApplicationProperties.TryGetValue("articleId", out var value) ? value?.ToString() : null;
    }
}
