namespace NewsAlerts.Pages.Messages;

using System.Globalization;
using NewsAlerts.Core.History;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// A configured length of time as a person reads it ("2 days", "36 hours", "15 minutes"), and the page sentences
/// that name one, so no page repeats a lifetime or window as a literal that could drift from the setting.
/// </summary>
public static class DurationWords
{
    /// <summary>
    /// <paramref name="duration"/> in the largest whole unit that states it exactly: whole days ("1 day", "2 days"),
    /// else whole hours ("36 hours"), else minutes rounded up ("15 minutes", "1 minute"; anything under a minute is
    /// "1 minute").
    /// </summary>
    public static string Of(TimeSpan duration)
    {
        if (duration >= TimeSpan.FromDays(1) && duration.Ticks % TimeSpan.TicksPerDay == 0)
        {
            return Count((long)duration.TotalDays, PageStrings.DurationDay, PageStrings.DurationDays);
        }

        if (duration >= TimeSpan.FromHours(1) && duration.Ticks % TimeSpan.TicksPerHour == 0)
        {
            return Count((long)duration.TotalHours, PageStrings.DurationHour, PageStrings.DurationHours);
        }

        var minutes = Math.Max(1, (long)Math.Ceiling(duration.TotalMinutes));
        return Count(minutes, PageStrings.DurationMinute, PageStrings.DurationMinutes);
    }

    /// <summary>The code field's hint, naming <see cref="SubscriberService.SmsCodeLifetime"/>.</summary>
    public static string CodeHint => Format(PageStrings.CodeHint, Of(SubscriberService.SmsCodeLifetime));

    /// <summary>The pending address change's sentence for <paramref name="address"/>, naming <see cref="SubscriberService.EmailConfirmationLifetime"/>.</summary>
    public static string ChangePendingEmail(string address) => Format(PageStrings.ChangePendingEmail, address, Of(SubscriberService.EmailConfirmationLifetime));

    /// <summary>The history's hint for <paramref name="timeZone"/>, naming <see cref="AlertHistory.Window"/>.</summary>
    public static string RecentHint(string timeZone) => Format(PageStrings.RecentHint, timeZone, Of(AlertHistory.Window));

    /// <summary>The empty history's sentence, naming <see cref="AlertHistory.Window"/>.</summary>
    public static string RecentNone => Format(PageStrings.RecentNone, Of(AlertHistory.Window));

    private static string Count(long count, string one, string many) =>
        count == 1 ? one : string.Format(CultureInfo.InvariantCulture, many, count);

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
