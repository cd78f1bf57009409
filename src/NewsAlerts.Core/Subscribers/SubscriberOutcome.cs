namespace NewsAlerts.Core.Subscribers;

/// <summary>How a subscriber operation ended.</summary>
public enum SubscriberOutcomeKind
{
    /// <summary>Done.</summary>
    Ok,

    /// <summary>No such subscriber.</summary>
    NotFound,

    /// <summary>The token or code is missing, forged, expired, used or for someone else.</summary>
    Forbidden,
}

/// <summary>The result of a subscriber operation.</summary>
/// <param name="Kind">Ok, not found or forbidden.</param>
/// <param name="Subscriber">The subscriber after the operation, when ok.</param>
/// <param name="Reason">Why it was refused, for the problem detail.</param>
public sealed record SubscriberOutcome(SubscriberOutcomeKind Kind, Subscriber? Subscriber = null, string? Reason = null)
{
    /// <summary>A refusal.</summary>
    public static SubscriberOutcome Forbidden(string reason) => new(SubscriberOutcomeKind.Forbidden, Reason: reason);

    /// <summary>No such subscriber.</summary>
    public static SubscriberOutcome NotFound { get; } = new(SubscriberOutcomeKind.NotFound, Reason: "no such subscriber");
}
