namespace NewsAlerts.Core.Policy;

using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Validation;

/// <summary>
/// Whether a subscriber wants emails and texts at all (issue 16: "Texts: on / off", "Emails: on / off" per contact),
/// beside the contact's own standing. A switch is the subscriber's preference, kept with their other preferences; a
/// suppression (STOP reply, one-click unsubscribe, bounce) is the contact's opt-out and still wins: texts switched on
/// go to a number that replied STOP only after it texts START (the carrier's rule; STOP is never undone from a page).
/// </summary>
/// <param name="Email">Whether emails go (alerts and digests) to their confirmed address.</param>
/// <param name="Sms">Whether texts go to their confirmed number.</param>
public sealed record ChannelSwitches(bool Email, bool Sms)
{
    /// <summary>Both on: the default, and what every subscriber saved before the switches had.</summary>
    public static readonly ChannelSwitches All = new(true, true);

    /// <summary>
    /// The error for switches that leave none of <paramref name="subscriber"/>'s contacts on (every address and number
    /// they have and have not stopped, switched off), or null when at least one stays on or none is left: turning every channel off
    /// is "stop everything", asked for on its own (<c>DELETE /api/subscribers/{id}</c>, the page's stop button) because
    /// it also erases their history, so a switch never silently becomes it.
    /// </summary>
    /// <param name="subscriber">Whose contacts count (their address and number unless opted out).</param>
    /// <param name="switches">The switches as they would be saved.</param>
    /// <param name="path">The request path of the switches, e.g. <c>preferences.channels</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FieldError? AllOff(Subscriber subscriber, ChannelSwitches switches, string path = "preferences.channels")
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(switches);
        ArgumentNullException.ThrowIfNull(path);
        // A contact stopped (unsubscribed, STOP) sends nothing whatever its switch says, so only the others count.
        var email = subscriber.Email is not null && subscriber.EmailStatus != ContactStatus.OptedOut;
        var sms = subscriber.Phone is not null && subscriber.SmsStatus != ContactStatus.OptedOut;
        if ((email && switches.Email) || (sms && switches.Sms) || (!email && !sms))
        {
            return null;
        }

        var field = sms ? $"{path}.sms" : $"{path}.email";
        return new FieldError(field, AllOffReason);
    }

    /// <summary>The reason <see cref="AllOff"/> gives.</summary>
    public const string AllOffReason = "would turn off every channel you have; that is stop everything (DELETE /api/subscribers/{id}): keep one on";
}
