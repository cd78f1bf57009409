namespace NewsAlerts.Core.Subscribers;

using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Validation;

/// <summary>How a subscriber operation ended.</summary>
public enum SubscriberOutcomeKind
{
    /// <summary>Done.</summary>
    Ok,

    /// <summary>No such subscriber.</summary>
    NotFound,

    /// <summary>The token or code is missing, forged, expired, used or for someone else.</summary>
    Forbidden,

    /// <summary>The change does not fit this subscriber (e.g. a topic id they do not have); the errors name the fields.</summary>
    Invalid,

    /// <summary>
    /// The change was asked against a version that is no longer stored (<see cref="SubscriberVersions"/>): nothing
    /// was written; the outcome holds the subscriber as it is now, with its version.
    /// </summary>
    Stale,
}

/// <summary>The result of a subscriber operation.</summary>
/// <param name="Kind">Ok, not found or forbidden.</param>
/// <param name="Subscriber">The subscriber after the operation, when ok.</param>
/// <param name="Reason">Why it was refused, for the problem detail.</param>
/// <param name="Errors">The invalid fields, when <see cref="SubscriberOutcomeKind.Invalid"/>.</param>
/// <param name="Version">
/// The subscriber's version as an entity tag (<see cref="SubscriberVersions.TagOf"/>), when read or written with one:
/// what a form or client sends back to change it (null when unknown).
/// </param>
/// <param name="CapsCountFromNow">
/// A change that set or changed a daily cap was saved, but the day's history could not be read (or its counter written)
/// to count what the day had sent already (<see cref="Caps.CapSeeding"/>): the cap counts from the change on. The page
/// and the API answer say so.
/// </param>
public sealed record SubscriberOutcome(
    SubscriberOutcomeKind Kind, Subscriber? Subscriber = null, string? Reason = null, IReadOnlyList<FieldError>? Errors = null, string? Version = null,
    bool CapsCountFromNow = false)
{
    /// <summary>A change asked against an older version: nothing written; <paramref name="current"/> is the subscriber now.</summary>
    public static SubscriberOutcome Stale(VersionedSubscriber current) =>
        new(SubscriberOutcomeKind.Stale, current?.Subscriber, "the subscriber was changed since this version was read", Version: current is null ? null : SubscriberVersions.TagOf(current.Version));

    /// <summary>A change that does not fit the subscriber.</summary>
    public static SubscriberOutcome Invalid(IReadOnlyList<FieldError> errors) => new(SubscriberOutcomeKind.Invalid, Reason: "the change is not valid", Errors: errors);

    /// <summary>A refusal.</summary>
    public static SubscriberOutcome Forbidden(string reason) => new(SubscriberOutcomeKind.Forbidden, Reason: reason);

    /// <summary>No such subscriber.</summary>
    public static SubscriberOutcome NotFound { get; } = new(SubscriberOutcomeKind.NotFound, Reason: "no such subscriber");
}
