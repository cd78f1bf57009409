namespace NewsAlerts.Core.Words;

using NewsAlerts.Core.Texts;

/// <summary>
/// A configured length of time as a person reads it in a page, an email or a text ("2 days", "36 hours",
/// "15 minutes"), so no message repeats a lifetime or window as a literal that could drift from its setting.
/// </summary>
public static class DurationText
{
    /// <summary>
    /// <paramref name="duration"/> in the largest whole unit that states it exactly: whole days ("1 day", "2 days"),
    /// else whole hours ("36 hours"), else minutes rounded up ("15 minutes", "1 minute"; anything under a minute is
    /// "1 minute").
    /// </summary>
    public static string Of(TimeSpan duration) => Of(duration, TextLanguages.Default);

    /// <summary>
    /// <paramref name="duration"/> in the same unit as <see cref="Of(TimeSpan)"/>, in <paramref name="language"/> with
    /// its plural forms ("14 jours", "١٤ يومًا" is written "14 يومًا"), from the email catalog (<see cref="EmailText.Days"/>).
    /// Every message puts a duration after a word that governs its case ("works for", Arabic لمدة), so the Arabic dual
    /// is the genitive/accusative one ("لمدة يومين", never "يومان", trial r41 #11).
    /// </summary>
    public static string Of(TimeSpan duration, string? language)
    {
        if (duration >= TimeSpan.FromDays(1) && duration.Ticks % TimeSpan.TicksPerDay == 0)
        {
            return EmailTexts.Count(EmailText.Days, (long)duration.TotalDays, language);
        }

        if (duration >= TimeSpan.FromHours(1) && duration.Ticks % TimeSpan.TicksPerHour == 0)
        {
            return EmailTexts.Count(EmailText.Hours, (long)duration.TotalHours, language);
        }

        return EmailTexts.Count(EmailText.Minutes, Math.Max(1, (long)Math.Ceiling(duration.TotalMinutes)), language);
    }
}
