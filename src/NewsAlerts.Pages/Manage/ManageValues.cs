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
    /// An instant on the subscriber's clock in the page's language, short, with its weekday: the date by CLDR's
    /// <c>yMMMEd</c> pattern and abbreviations (<see cref="Core.Words.ShortDates"/>), then the culture's short time
    /// (.NET's <c>"t"</c>, CLDR through ICU), joined as CLDR joins them: <c>Mon, Nov 30, 2026, 2:05 PM</c>,
    /// <c>lun. 30 nov. 2026 15:05</c>, <c>Mo., 30. Nov. 2026, 15:05</c> (an unknown zone reads as UTC). Issue 16: the
    /// long form ("Montag, 30. November 2026 15:05") was too long where a short one is wanted, and a hand pattern
    /// ("ddd d MMM yyyy") had written German as "Di 1 Dez. 2026" (trial r31). On a right-to-left page the time of day is
    /// written 24-hour (<c>14:05</c>) and isolated left to right (Core.Words.LtrText).
    /// </summary>
    public static string Local(DateTimeOffset at, string timeZone)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(at, zone).DateTime;
        var language = Languages.PageCulture.Language;
        var time = Core.Texts.TextLanguages.IsRightToLeft(language)
            ? Core.Words.LtrText.Isolate(local.ToString("HH:mm", CultureInfo.InvariantCulture))
            : local.ToString("t", CultureInfo.CurrentCulture);
        return Core.Words.ShortDates.WithTime(local, time, language);
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

    /// <summary>
    /// How a received alert's channel and kind read, e.g. <c>Email alert</c>; a follow-up says whether it was a correction
    /// or a withdrawal (read from its ledger key: <see cref="Core.History.HistoryKeys.NoticeOf"/>), so the two follow-ups of
    /// one story are never two identical rows (trial r33 #6), and "update" when the key does not say.
    /// </summary>
    public static string Kind(Core.History.ReceivedAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var channel = alert.Channel == Core.Delivery.Channel.Sms ? PageStrings.RecentSms : PageStrings.RecentEmail;
        var kind = alert.Kind switch
        {
            Core.History.ReceivedKind.FollowUp => Core.History.HistoryKeys.NoticeOf(alert.Key) switch
            {
                Core.Articles.NoticeKind.Withdrawn => PageStrings.RecentWithdrawal,
                Core.Articles.NoticeKind.Corrected => PageStrings.RecentCorrection,
                _ => PageStrings.RecentFollowUp,
            },
            Core.History.ReceivedKind.Digest => PageStrings.RecentDigest,
            _ => PageStrings.RecentAlert,
        };
        return string.Format(CultureInfo.CurrentCulture, PageStrings.RecentKind, channel, kind);
    }
}
