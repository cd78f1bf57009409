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
        if (Languages.ReadLanguages.Value(subscriber.Languages) is { } languages)
        {
            values[Languages.ReadLanguages.Field] = languages;
        }

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
            if (quiet.FlashThrough)
            {
                values["flashThrough"] = "on";
            }
        }

        return values;
    }

    /// <summary>
    /// An instant on the subscriber's clock in the page's culture, written by the culture's own patterns (CLDR through
    /// ICU: the long date and the short time, as .NET's <c>"f"</c> format writes them), never a pattern of ours:
    /// <c>Monday, November 30, 2026 2:05 PM</c>, <c>lundi 30 novembre 2026 15:05</c>, <c>Montag, 30. November 2026 15:05</c>
    /// (an unknown zone reads as UTC). A hand pattern ("ddd d MMM yyyy") wrote German as "Di 1 Dez. 2026" (trial r31).
    /// On a right-to-left page the time of day is written 24-hour (<c>14:05</c>) and isolated left to right (Core.Words.LtrText).
    /// </summary>
    public static string Local(DateTimeOffset at, string timeZone)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(at, zone).DateTime;
        return Core.Texts.TextLanguages.IsRightToLeft(Languages.PageCulture.Language)
            ? local.ToString("D", CultureInfo.CurrentCulture) + " " + Core.Words.LtrText.Isolate(local.ToString("HH:mm", CultureInfo.InvariantCulture))
            : local.ToString("f", CultureInfo.CurrentCulture);
    }

    /// <summary>The line saying how long a pause lasts, or null when <paramref name="subscriber"/> is not paused at <paramref name="now"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriber"/> is null.</exception>
    public static string? Paused(Subscriber subscriber, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return !Core.Pausing.Pauses.IsPaused(subscriber, now) ? null
            : subscriber.PausedUntil == Core.Pausing.Pauses.UntilResumed ? PageStrings.PausedUntilResumed
            : string.Format(CultureInfo.CurrentCulture, PageStrings.PausedUntil, Local(subscriber.PausedUntil!.Value, subscriber.TimeZone));
    }

    /// <summary>How a received alert's channel and kind read, e.g. <c>Email alert</c>.</summary>
    public static string Kind(Core.History.ReceivedAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var channel = alert.Channel == Core.Delivery.Channel.Sms ? PageStrings.RecentSms : PageStrings.RecentEmail;
        var kind = alert.Kind switch
        {
            Core.History.ReceivedKind.FollowUp => PageStrings.RecentFollowUp,
            Core.History.ReceivedKind.Digest => PageStrings.RecentDigest,
            _ => PageStrings.RecentAlert,
        };
        return string.Format(CultureInfo.CurrentCulture, PageStrings.RecentKind, channel, kind);
    }
}
