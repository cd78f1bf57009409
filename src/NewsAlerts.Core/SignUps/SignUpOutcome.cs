namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Subscribers;

/// <summary>What confirming a contact of a sign-up did.</summary>
public enum SignUpOutcomeKind
{
    /// <summary>The contact is confirmed and belongs to <see cref="SignUpOutcome.Subscriber"/>.</summary>
    Confirmed,

    /// <summary>The token or code is wrong, used, replaced or expired.</summary>
    Forbidden,

    /// <summary>The contact's subscriber would follow more than the topic limit: nothing changed.</summary>
    TooManyTopics,
}

/// <summary>The result of a confirmation, with the manage token of the subscriber when it succeeded.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Subscriber">The subscriber the contact belongs to now.</param>
/// <param name="ManageToken">The subscriber's manage token (for the manage link).</param>
/// <param name="Reason">Why not, for the problem answer.</param>
/// <param name="Replaced">The notice owed to the contact this confirmation replaced (<see cref="ContactChangeNotices"/>), or null.</param>
/// <param name="Added">
/// Set when the confirmed link only added topics to a subscriber that had the address confirmed already (issue 16):
/// no welcome or manage-link email is owed then. Null for every other confirmation.
/// </param>
public sealed record SignUpOutcome(
    SignUpOutcomeKind Kind, Subscriber? Subscriber = null, string? ManageToken = null, string? Reason = null, ContactChangeNotice? Replaced = null,
    TopicsAdded? Added = null)
{
    /// <summary>Refused, with why.</summary>
    public static SignUpOutcome Forbidden(string reason) => new(SignUpOutcomeKind.Forbidden, Reason: reason);
}
