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

        // Ours: our content filtered, our sender or account not allowed to send there.
        Row(21408, TwilioErrorKind.MessageRefused, "no permission to send to the number's region (account setting)"),
        Row(30007, TwilioErrorKind.MessageRefused, "filtered by the carrier as spam (our content or sender)"),
        Row(30034, TwilioErrorKind.MessageRefused, "our US A2P 10DLC sender is not registered"),
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

    private static TwilioError Row(int code, TwilioErrorKind kind, string reason) =>
        new(code, kind, reason, new Uri($"{Source}{code.ToString(CultureInfo.InvariantCulture)}"));
}
