namespace NewsAlerts.Pages.Messages;

using System.Globalization;

/// <summary>
/// The words of a refused request for a link to the preferences (<c>/manage/link</c>), by which limit refused it
/// (trial r34 #2: the per-address/number limit was told as "Too many requests came from here", blaming the connection,
/// and gave no way out). The per-contact limit (<c>SignUpLimits.Contact</c>) says it is about this address or number and
/// points to the link already sent, which keeps working for its lifetime in days; it never says whether
/// the contact is signed up (its words say no more links are sent). Any other limit (per client) says no link was sent
/// (<see cref="LimitWords.NotDone"/>), then <see cref="WaitWords.Message"/>.
/// </summary>
public static class ManageLinkLimitWords
{
    /// <summary>The message for a refusal by <paramref name="limit"/> (a <c>SignUpLimits</c> name) with the wait in seconds.</summary>
    /// <param name="limit">The limit's name: <paramref name="contactLimit"/> for the per-address/number one.</param>
    /// <param name="contactLimit">The per-contact limit's name (<c>SignUpLimits.Contact</c>).</param>
    /// <param name="retryAfterSeconds">When a new link may be asked for.</param>
    /// <param name="linkDays">How many days a sent link works (<c>SubscriberService.ManageTokenLifetime</c>).</param>
    public static string Message(string? limit, string contactLimit, int retryAfterSeconds, int linkDays) =>
        limit == contactLimit
            ? string.Format(CultureInfo.CurrentCulture, PageStrings.ManageLinkContactLimit, DurationWords.Of(TimeSpan.FromDays(linkDays)), WaitWords.Of(retryAfterSeconds))
            : $"{LimitWords.NotDone(NewsAlerts.Core.RateLimits.ClientAction.ManageLink)} {WaitWords.Message(retryAfterSeconds)}";
}
