namespace NewsAlerts.Core.Subscribers;

using NewsAlerts.Core.Policy;

/// <summary>Someone who receives alerts, with their channels, topics and preferences.</summary>
/// <param name="Id">A time-sortable id.</param>
/// <param name="Email">The email address, if any.</param>
/// <param name="EmailStatus">Whether email alerts may be sent.</param>
/// <param name="Phone">The phone number in E.164 form, if any.</param>
/// <param name="SmsStatus">Whether SMS alerts may be sent.</param>
/// <param name="TimeZone">The IANA time zone, e.g. <c>Europe/London</c>.</param>
/// <param name="Topics">What they follow.</param>
/// <param name="SmsMaxUrgency">SMS only for articles at least this urgent (1-9; default 2: breaking news).</param>
/// <param name="CreatedAt">When they signed up.</param>
/// <param name="SmsWelcomed">Whether an SMS with the opt-out wording has been sent already.</param>
/// <param name="Pending">Outstanding confirmations (double opt-in), if any.</param>
/// <param name="MergedIds">
/// Ids of older duplicate subscribers (same contact, saved before one contact meant one subscriber) folded into this one
/// when the subscribers were read (<see cref="ContactGroups"/>): their ledger rows count for this one. Null once the
/// merge migration has re-pointed those rows, and for every subscriber without duplicates.
/// </param>
/// <param name="Preferences">
/// Delivery preferences (frequency, quiet hours, caps); null for a subscriber saved before preferences existed, who
/// keeps hearing everything as it happens (<see cref="DeliveryPreferences.AsItHappens"/>). New subscribers get theirs
/// stored at sign-up (<see cref="DeliveryPreferences.Default"/> unless they chose).
/// </param>
/// <param name="Language">BCP 47 tag of the language their topics are written in; null means <c>en</c>.</param>
/// <param name="Languages">Other article languages their topics are matched in as written (besides each topic's own); null for none.</param>
/// <param name="OtherEmails">
/// Addresses of old duplicates merged into this subscriber that were not kept as its address (it had a confirmed one):
/// nothing is sent to them, but they stay this person's, so the lookup finds this subscriber from them and an
/// unsubscribe stops them too (<see cref="DuplicateMerge"/>). Null when there are none.
/// </param>
/// <param name="OtherPhones">Numbers of merged duplicates not kept as its number, as <paramref name="OtherEmails"/>: a STOP from one stops this subscriber.</param>
/// <param name="PausedUntil">
/// When their pause ends (exclusive; <see cref="DateTimeOffset.MaxValue"/>: until they resume), null when not paused:
/// while paused nothing is sent to them (<see cref="Pausing.Pauses"/>).
/// </param>
public sealed record Subscriber(
    string Id,
    string? Email,
    ContactStatus EmailStatus,
    string? Phone,
    ContactStatus SmsStatus,
    string TimeZone,
    IReadOnlyList<Topic> Topics,
    int SmsMaxUrgency,
    DateTimeOffset CreatedAt,
    bool SmsWelcomed = false,
    PendingConfirmations? Pending = null,
    IReadOnlyList<string>? MergedIds = null,
    DeliveryPreferences? Preferences = null,
    string? Language = null,
    IReadOnlyList<string>? Languages = null,
    IReadOnlyList<string>? OtherEmails = null,
    IReadOnlyList<string>? OtherPhones = null,
    DateTimeOffset? PausedUntil = null)
{
    /// <summary>The address and the <see cref="OtherEmails"/>: every address that is this person's.</summary>
    public IEnumerable<string> AllEmails() => Email is null ? OtherEmails ?? [] : [Email, .. OtherEmails ?? []];

    /// <summary>The number and the <see cref="OtherPhones"/>: every number that is this person's.</summary>
    public IEnumerable<string> AllPhones() => Phone is null ? OtherPhones ?? [] : [Phone, .. OtherPhones ?? []];

    /// <summary>
    /// This subscriber with <paramref name="email"/> confirmed as its address (just proven): an address it had before,
    /// if another, stays the person's as one of the <see cref="OtherEmails"/>, so a confirmation never confirms another address.
    /// </summary>
    public Subscriber WithConfirmedEmail(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var key = Suppression.ContactKeys.Of(Delivery.Channel.Email, email);
        var same = Email is not null && Suppression.ContactKeys.Of(Delivery.Channel.Email, Email) == key;
        List<string> others = [.. AllEmails().Where(e => Suppression.ContactKeys.Of(Delivery.Channel.Email, e) != key)];
        return this with { Email = same ? Email : email, EmailStatus = ContactStatus.Confirmed, OtherEmails = others.Count == 0 ? null : others };
    }

    /// <summary>This subscriber with <paramref name="phone"/> (E.164) confirmed as its number, as <see cref="WithConfirmedEmail"/> does.</summary>
    public Subscriber WithConfirmedPhone(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        List<string> others = [.. AllPhones().Where(p => p != phone)];
        return this with { Phone = phone, SmsStatus = ContactStatus.Confirmed, OtherPhones = others.Count == 0 ? null : others };
    }

    /// <summary>This subscriber's id and the ids folded into it (<see cref="MergedIds"/>): every id whose ledger rows are its own.</summary>
    public IReadOnlyList<string> LedgerIds() => MergedIds is null ? [Id] : [Id, .. MergedIds];

    /// <summary>The default SMS threshold: urgency 1-2 (breaking news).</summary>
    public const int DefaultSmsMaxUrgency = 2;

    /// <summary>Whether an article of this urgency goes to them by SMS (number confirmed, texts switched on, urgent enough).</summary>
    public bool WantsSms(int urgency) => SmsStatus == ContactStatus.Confirmed && EffectivePreferences.Channels.Sms && urgency <= SmsMaxUrgency;

    /// <summary>The delivery preferences in force: their own, or for a subscriber with none stored everything as it happens.</summary>
    public DeliveryPreferences EffectivePreferences => Preferences ?? DeliveryPreferences.AsItHappens;

    /// <summary>Whether email alerts and digests go to them (address confirmed, emails switched on: <see cref="ChannelSwitches"/>).</summary>
    public bool WantsEmail => EmailStatus == ContactStatus.Confirmed && EffectivePreferences.Channels.Email;

    /// <summary>
    /// Whether every address and number given is opted out ("stop everything", or each stopped on its own): nothing goes
    /// to them, and the manage link shows "All alerts stopped" (README); false with no contact at all. A method, so the
    /// stored JSON does not carry it.
    /// </summary>
    public bool StoppedEverywhere() =>
        (Email is not null || Phone is not null)
        && (Email is null || EmailStatus == ContactStatus.OptedOut)
        && (Phone is null || SmsStatus == ContactStatus.OptedOut);
}
