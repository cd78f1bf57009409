namespace NewsAlerts.Core.ManageLinks;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// How a manage-link request message is settled, as plain functions: done (link sent, or none due) completes it; a
/// message that is not a request, or a link the mail server refused for good, is dead-lettered at once with the reason;
/// a failure for now (storage or mail server unavailable) goes round again until the last attempt, then is
/// dead-lettered with the reason. Reasons and descriptions never hold the address.
/// </summary>
public static class ManageLinkSettlement
{
    /// <summary>The dead-letter reason of a message that is not a manage-link request.</summary>
    public const string MalformedRequest = "MalformedRequest";

    /// <summary>The dead-letter reason of a link the mail server refused for good.</summary>
    public const string SendRefused = "SendRefused";

    /// <summary>The dead-letter reason of a request still failing after its last attempt.</summary>
    public const string RequestFailed = "RequestFailed";

    /// <summary>A request interrupted by a stop goes back to the queue for the next worker.</summary>
    public static Settlement HandBack { get; } = new(SettlementAction.Abandon);

    /// <summary>Dead-letters a message that could not be read as a request.</summary>
    public static Settlement Unreadable(string problem) => new(SettlementAction.DeadLetter, MalformedRequest, problem);

    /// <summary>
    /// Settles a handled request: complete when no link was due or it was sent; dead-letter when the mail server
    /// refused it for good; otherwise (a failure for now) <see cref="Failed"/>.
    /// </summary>
    /// <param name="result">What handling decided and, when it sent, the send's outcome.</param>
    /// <param name="deliveryCount">This attempt, from 1.</param>
    /// <param name="maxAttempts">Attempts before a request still failing is dead-lettered.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static Settlement After(ManageLinkResult result, int deliveryCount, int maxAttempts)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Send?.Status switch
        {
            null or SendStatus.Sent => new Settlement(SettlementAction.Complete),
            SendStatus.PermanentFailure => new Settlement(SettlementAction.DeadLetter, SendRefused, $"The mail server refused the link: {result.Send.Reason ?? "no reason given"}."),
            _ => Failed($"The link could not be sent for now: {result.Send.Reason ?? "no reason given"}", deliveryCount, maxAttempts),
        };
    }

    /// <summary>
    /// A request that failed for now (<paramref name="problem"/>, without personal data): abandoned for another
    /// attempt, or dead-lettered once <paramref name="deliveryCount"/> (from 1) has reached <paramref name="maxAttempts"/>.
    /// </summary>
    public static Settlement Failed(string problem, int deliveryCount, int maxAttempts) =>
        deliveryCount >= maxAttempts
            ? new Settlement(SettlementAction.DeadLetter, RequestFailed, $"{problem} (attempt {deliveryCount} of {maxAttempts}).")
            : new Settlement(SettlementAction.Abandon);
}
