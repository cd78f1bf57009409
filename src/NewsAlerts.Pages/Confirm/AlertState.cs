namespace NewsAlerts.Pages.Confirm;

using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages.Manage;

/// <summary>
/// What a page that leads back to a subscriber (an old confirmation link opened again, a way back used twice) says of
/// their alerts now, read from the subscriber as stored at the request, never assumed (trial s44 #7: "your alerts are
/// on" to a person whose alerts were paused and whose texts were stopped). Words from <see cref="PageStrings"/>, in the
/// page's language.
/// </summary>
public static class AlertState
{
    /// <summary>
    /// "All your alerts are stopped: …" when every contact is opted out; else the pause ("Your alerts are paused until
    /// Fri, Dec 4, 2026, 17:52.") and each stopped channel ("Texts to your number are stopped."), in that order; null
    /// when nothing holds their alerts back (the page then makes no claim about them).
    /// </summary>
    /// <param name="subscriber">The subscriber as read for this request.</param>
    /// <param name="now">The request's time, for whether a pause is still running.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subscriber"/> is null.</exception>
    public static string? Sentence(Subscriber subscriber, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        if (subscriber.StoppedEverywhere())
        {
            return PageStrings.AlertStateAllStopped;
        }

        string?[] parts =
        [
            ManageValues.Paused(subscriber, now),
            subscriber is { Email: not null, EmailStatus: ContactStatus.OptedOut } ? PageStrings.AlertStateEmailsStopped : null,
            subscriber is { Phone: not null, SmsStatus: ContactStatus.OptedOut } ? PageStrings.AlertStateTextsStopped : null,
        ];
        var said = string.Join(' ', parts.OfType<string>());
        return said.Length == 0 ? null : said;
    }
}
