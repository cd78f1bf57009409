namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// A sign-up waiting for its contacts to be confirmed. It is not a subscriber: confirming a contact proves control
/// of it, and only then is the contact joined to its subscriber (an existing one, or a new one).
/// </summary>
/// <param name="Id">The opaque sign-up id handed to the caller.</param>
/// <param name="Email">The address to confirm, if any (as written, domain in lower case).</param>
/// <param name="Phone">The number to confirm (E.164), if any.</param>
/// <param name="TimeZone">The IANA time zone asked for.</param>
/// <param name="Topics">The topics asked for.</param>
/// <param name="SmsMaxUrgency">The SMS threshold asked for.</param>
/// <param name="CreatedAt">When the sign-up was made.</param>
/// <param name="Pending">The confirmation link's nonce and the SMS code's hash that are valid now.</param>
/// <param name="EmailConfirmed">Whether the address has been confirmed.</param>
/// <param name="SmsConfirmed">Whether the number has been confirmed.</param>
/// <param name="SubscriberId">The subscriber the first confirmed contact joined, once there is one.</param>
/// <param name="Preferences">Delivery preferences asked for (a new subscriber starts with them), or null for the defaults.</param>
/// <param name="Language">The language asked for (BCP 47; a new subscriber starts with it), or null for <c>en</c>.</param>
/// <param name="Languages">Other article languages asked for, or null.</param>
/// <param name="Replaces">
/// A change of address or number from the manage link (<see cref="ContactChanges"/>): confirming a contact makes it
/// <paramref name="SubscriberId"/>'s, replacing the one it had (which stays the person's, so STOP from it still stops them).
/// </param>
/// <param name="CreatedSubscriberId">
/// The subscriber this sign-up's first confirmed contact created (the contact was new), or null: only that subscriber
/// may take the sign-up's number besides its holder (<see cref="SignUpJoins"/>, issue 16).
/// </param>
/// <param name="Added">
/// Set when the address's link only added topics to a subscriber that had the address confirmed already
/// (<see cref="TopicsAdded"/>, issue 16), or null.
/// </param>
/// <param name="Given">
/// The optional choices the sign-up gave explicitly (<see cref="SubscriberRequest.Given"/>), or null for a row stored
/// before they were kept (<see cref="ChoicesNotApplied"/> then guesses from the values).
/// </param>
/// <param name="ComesBack">
/// Set on the manage link's sign-up when the address it confirms is the subscriber's own already (an address that was
/// unsubscribed or never confirmed, asked for again: <see cref="ContactChanges.IsOwnAddress"/>), so its pages say the
/// alerts start again rather than that an address changes (session 42), as its email does (trial r41 #10).
/// </param>
public sealed record PendingSignUp(
    string Id,
    string? Email,
    string? Phone,
    string TimeZone,
    IReadOnlyList<Topic> Topics,
    int SmsMaxUrgency,
    DateTimeOffset CreatedAt,
    PendingConfirmations Pending,
    bool EmailConfirmed = false,
    bool SmsConfirmed = false,
    string? SubscriberId = null,
    DeliveryPreferences? Preferences = null,
    string? Language = null,
    IReadOnlyList<string>? Languages = null,
    bool Replaces = false,
    string? CreatedSubscriberId = null,
    TopicsAdded? Added = null,
    IReadOnlyList<string>? Given = null,
    bool ComesBack = false)
{
    /// <summary>The channels still to confirm, as the API names them (<c>email</c>, <c>sms</c>).</summary>
    public IReadOnlyList<string> PendingChannels =>
        [.. Email is not null && !EmailConfirmed ? ["email"] : Array.Empty<string>(), .. Phone is not null && !SmsConfirmed ? ["sms"] : Array.Empty<string>()];
}
