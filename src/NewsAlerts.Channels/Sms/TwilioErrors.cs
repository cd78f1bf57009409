namespace NewsAlerts.Channels.Sms;

using System.Globalization;

/// <summary>
/// Twilio's error codes that matter for a text to one number, decided once for the send (the REST answer,
/// <see cref="TwilioFailures"/>) and the status callback (<see cref="TwilioStatusCallbacks"/>), so the two agree. Each row
/// names its source, Twilio's error dictionary at <c>https://www.twilio.com/docs/api/errors/{code}</c>. A code not in
/// the table is <see cref="TwilioErrorKind.MessageRefused"/>: it fails the message without retrying it and without
/// blaming the number (before this table an unknown code disabled the subscriber's texts).
/// </summary>
public static class TwilioErrors
{
    private const string Source = "https://www.twilio.com/docs/api/errors/";

    private static readonly Dictionary<int, TwilioError> Table = new[]
    {
        // Replied STOP: "Attempt to send to unsubscribed recipient".
        Row(21610, TwilioErrorKind.OptedOut, "recipient replied STOP (unsubscribed)"),

        // The number itself: invalid, unroutable, not a mobile, nonexistent, a landline, blocked from receiving.
        Row(21211, TwilioErrorKind.NumberUnusable, "invalid 'To' number"),
        Row(21214, TwilioErrorKind.NumberUnusable, "'To' number cannot be reached"),
        Row(21612, TwilioErrorKind.NumberUnusable, "Twilio cannot route to the number"),
        Row(21614, TwilioErrorKind.NumberUnusable, "'To' number is not a mobile number"),
        Row(21635, TwilioErrorKind.NumberUnusable, "'To' number is a landline"),
        Row(30004, TwilioErrorKind.NumberUnusable, "message blocked: the number is blocked from receiving it (by its owner or carrier)"),
        Row(30005, TwilioErrorKind.NumberUnusable, "unknown destination handset: the number does not exist"),
        Row(30006, TwilioErrorKind.NumberUnusable, "landline or unreachable carrier"),

        // For now: the handset is off or out of coverage, a queue overflowed, the carrier did not say.
        Row(30001, TwilioErrorKind.Transient, "queue overflow"),
        Row(30003, TwilioErrorKind.Transient, "unreachable destination handset (off or out of coverage)"),
        Row(30008, TwilioErrorKind.Transient, "unknown error from the carrier"),

        // Our configuration (issue 16 review): every message fails the same way until an operator fixes the named setting,
        // so none of them blames the number or is dropped: retried, then dead-lettered with the setting in the reason.
        Config(20003, "authentication failed: the account SID or auth token is wrong", AccountSettings),
        Config(20005, "the account is not active (suspended or closed)", "Twilio__AccountSid (an active account)"),
        Config(21212, "the 'From' number is not a valid phone number", FromSettings),
        Config(21603, "no 'From' number was given", FromSettings),
        Config(21606, "the 'From' number cannot send SMS (not SMS-capable)", FromSettings),
        Config(21659, "the 'From' number is not a Twilio number of this account", FromSettings),
        Config(21660, "the 'From' number belongs to another account", FromSettings),

        Config(30034, "our US A2P 10DLC sender is not registered", "the A2P 10DLC registration of the sender in " + FromSettings),

        // Ours: our content filtered as spam.
        Row(30007, TwilioErrorKind.MessageRefused, "filtered by the carrier as spam (our content or sender)"),

        // Our account's limits, but only for some recipients (review of s36): retrying would dead-letter every alert to
        // such a number on every story, so the message fails once, the number stays enabled and the code is in the ledger.
        Row(21608, TwilioErrorKind.MessageRefused, "a trial account may text only verified numbers (upgrade the account behind Twilio__AccountSid)"),
        Row(21408, TwilioErrorKind.MessageRefused, "no permission to send to the number's region (the account's SMS geographic permissions)"),
    }.ToDictionary(r => r.Code);

    /// <summary>What <paramref name="code"/> means; <see cref="TwilioErrorKind.MessageRefused"/> with a generic reason when the table does not know it.</summary>
    public static TwilioError Of(int code) =>
        Table.TryGetValue(code, out var row) ? row : new TwilioError(code, TwilioErrorKind.MessageRefused, "refused", new Uri($"{Source}{code.ToString(CultureInfo.InvariantCulture)}"));

    /// <summary>
    /// What a status callback's <c>ErrorCode</c> (a decimal string, spaces around allowed) means, or null when it is empty
    /// or not a plain decimal number (then nothing is decided about the number).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="errorCode"/> is null.</exception>
    public static TwilioError? Of(string errorCode)
    {
        ArgumentNullException.ThrowIfNull(errorCode);
        return int.TryParse(errorCode.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? Of(code) : null;
    }

    /// <summary>Every code the table decides, with its source (for tests and docs).</summary>
    public static IReadOnlyCollection<TwilioError> Known => Table.Values;

    private const string FromSettings = "Twilio__FromNumber (or Twilio__MessagingServiceSid)";
    private const string AccountSettings = "Twilio__AccountSid and Twilio__AuthToken";

    private static TwilioError Row(int code, TwilioErrorKind kind, string reason) =>
        new(code, kind, reason, new Uri($"{Source}{code.ToString(CultureInfo.InvariantCulture)}"));

    private static TwilioError Config(int code, string reason, string setting) =>
        new(code, TwilioErrorKind.OurConfiguration, reason, new Uri($"{Source}{code.ToString(CultureInfo.InvariantCulture)}"), setting);
}
