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
            // Canonical, as the zone list names it: an alias stored before ids were canonical (US/Eastern) is shown selected.
            ["timeZone"] = TimeZoneIds.Shown(subscriber.TimeZone),
            ["language"] = subscriber.Language ?? "en",
            ["smsMaxUrgency"] = subscriber.SmsMaxUrgency.ToString(CultureInfo.InvariantCulture),
            ["emailFrequency"] = preferences.Email.Frequency.ToString().ToLowerInvariant(),
            ["digestTime"] = preferences.Email.At.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["weekday"] = preferences.Email.Weekday.ToString().ToLowerInvariant(),
            ["emailChannel"] = preferences.Channels.Email ? "on" : "off",
            ["smsChannel"] = preferences.Channels.Sms ? "on" : "off",
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

    /// <summary>The line saying how long a pause lasts, or null when <paramref name="subscriber"/> is not paused at <paramref name="now"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriber"/> is null.</exception>
    public static string? Paused(Subscriber subscriber, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        return !Core.Pausing.Pauses.IsPaused(subscriber, now) ? null
            : subscriber.PausedUntil == Core.Pausing.Pauses.UntilResumed ? PageStrings.PausedUntilResumed
            : string.Format(CultureInfo.CurrentCulture, PageStrings.PausedUntil, Languages.PageMoments.Local(subscriber.PausedUntil!.Value, subscriber.TimeZone));
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
