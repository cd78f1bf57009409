namespace NewsAlerts.Pages.Manage;

using System.Globalization;
using NewsAlerts.Core.Subscribers;

/// <summary>The preference centre's field values for a subscriber as stored (the names of <see cref="Fields.FormFields"/>).</summary>
public static class ManageValues
{
    /// <summary>The values of the topics and settings forms.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriber"/> is null.</exception>
    public static IReadOnlyDictionary<string, string> Of(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var preferences = subscriber.EffectivePreferences;
        var values = new Dictionary<string, string>
        {
            ["topics"] = string.Join('\n', subscriber.Topics.Select(t => t.Text)),
            ["timeZone"] = subscriber.TimeZone,
            ["language"] = subscriber.Language ?? "en",
            ["smsMaxUrgency"] = subscriber.SmsMaxUrgency.ToString(CultureInfo.InvariantCulture),
            ["emailFrequency"] = preferences.Email.Frequency.ToString().ToLowerInvariant(),
            ["digestTime"] = preferences.Email.At.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["weekday"] = preferences.Email.Weekday.ToString().ToLowerInvariant(),
        };
        if (preferences.Caps.Email is { } emailCap)
        {
            values["capEmail"] = emailCap.ToString(CultureInfo.InvariantCulture);
        }

        if (preferences.Caps.Sms is { } smsCap)
        {
            values["capSms"] = smsCap.ToString(CultureInfo.InvariantCulture);
        }

        if (preferences.QuietHours is { } quiet)
        {
            values["quietStart"] = quiet.Start.ToString("HH:mm", CultureInfo.InvariantCulture);
            values["quietEnd"] = quiet.End.ToString("HH:mm", CultureInfo.InvariantCulture);
        }

        return values;
    }

    /// <summary>How a contact's status reads on the page.</summary>
    public static string Status(ContactStatus status) => status switch
    {
        ContactStatus.Confirmed => PageStrings.ContactConfirmed,
        ContactStatus.Pending => PageStrings.ContactPending,
        ContactStatus.OptedOut or ContactStatus.Disabled => PageStrings.ContactStopped,
        _ => PageStrings.ContactNone,
    };
}
