namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.Health;

/// <summary>
/// The last SMS configuration fault (a provider refusal an operator fixes, e.g. Twilio 21212: our From number), kept
/// where every process sees it: the dispatcher writes it as texts are refused, the Function App's health reads it
/// (<see cref="SmsConfigurationProbe"/>), and it holds until a later text succeeds. No number or text is kept.
/// </summary>
public interface ISmsConfigurationFaults
{
    /// <summary>
    /// Records one refusal: the code, the setting to fix and the reason replace the last, the attempts go up by one, and the
    /// texts by one unless <paramref name="text"/> was refused before (a retry of the same text).
    /// </summary>
    /// <param name="code">The provider's error code.</param>
    /// <param name="setting">The setting to fix.</param>
    /// <param name="reason">The refusal in words.</param>
    /// <param name="text">
    /// An opaque key naming the text, the same for every attempt at it (a hash of recipient and message:
    /// <see cref="Health.SmsTextKey"/>); never a number or the text itself.
    /// </param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="setting"/>, <paramref name="reason"/> or <paramref name="text"/> is null.</exception>
    Task RecordAsync(int code, string setting, string reason, string text, CancellationToken cancellationToken);

    /// <summary>
    /// Records one refusal reported by a status callback after the provider accepted the text (e.g. Twilio 30034, an
    /// unregistered sender, which the API never answers): as <see cref="RecordAsync"/>, and the fault then holds until a
    /// text is reported delivered (<see cref="ClearDeliveredAsync"/>), since the provider accepts every text meanwhile
    /// (review of s37, finding 3).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="setting"/>, <paramref name="reason"/> or <paramref name="text"/> is null.</exception>
    Task RecordFromCallbackAsync(int code, string setting, string reason, string text, CancellationToken cancellationToken);

    /// <summary>
    /// The provider accepted a text: a fault recorded on send (<see cref="RecordAsync"/>), if any, is over; one a status
    /// callback reported stays (one storage call when one may be recorded, none otherwise, so a send pays nothing while
    /// all is well).
    /// </summary>
    Task ClearAsync(CancellationToken cancellationToken);

    /// <summary>A status callback reported a text delivered: any fault, recorded on send or from a callback, is over.</summary>
    Task ClearDeliveredAsync(CancellationToken cancellationToken);

    /// <summary>The fault recorded and not cleared since, or null.</summary>
    Task<SmsConfigurationFault?> GetAsync(CancellationToken cancellationToken);
}
