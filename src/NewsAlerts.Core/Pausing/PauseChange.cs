namespace NewsAlerts.Core.Pausing;

using System.Globalization;
using NewsAlerts.Core.Validation;

/// <summary>
/// A subscriber's request to pause or resume, as written in the API's <c>pause</c> field and the preference centre's
/// <c>pause</c> and <c>pauseUntil</c> fields: <c>1d</c>, <c>1w</c>, <c>resumed</c> (until they resume), a date
/// <c>yyyy-MM-dd</c> (alerts start again at 00:00 of that date on their clock) or <c>off</c> (resume now).
/// </summary>
/// <param name="Length">How long.</param>
/// <param name="Date">The date alerts start again, for <see cref="PauseLength.UntilDate"/>; null otherwise.</param>
public sealed record PauseChange(PauseLength Length, DateOnly? Date = null)
{
    /// <summary>The field name of a pause in the API and on the page.</summary>
    public const string Field = "pause";

    /// <summary>Resume now.</summary>
    public static readonly PauseChange Resume = new(PauseLength.Resume);

    /// <summary>
    /// Reads <paramref name="value"/> (<c>1d</c>, <c>1w</c>, <c>resumed</c>, <c>off</c> or <c>yyyy-MM-dd</c>, its digits in
    /// any script: <see cref="Words.TypedDigits"/>); an error names <paramref name="field"/> and the values it takes.
    /// </summary>
    public static Validated<PauseChange> Parse(string? value, string field = Field)
    {
        // A date in any script's digits ("٢٠٢٦-١٢-٢٤") reads as in ASCII, as on the pages (TypedDigits).
        var text = Words.TypedDigits.Normalised(value)?.Trim() ?? string.Empty;
        switch (text.ToLowerInvariant())
        {
            case "1d":
                return Validated<PauseChange>.Ok(new PauseChange(PauseLength.Day));
            case "1w":
                return Validated<PauseChange>.Ok(new PauseChange(PauseLength.Week));
            case "resumed":
                return Validated<PauseChange>.Ok(new PauseChange(PauseLength.UntilResumed));
            case "off":
                return Validated<PauseChange>.Ok(Resume);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Validated<PauseChange>.Ok(new PauseChange(PauseLength.UntilDate, date))
            : Validated<PauseChange>.Invalid(field, "must be 1d, 1w, resumed, off or a date (yyyy-MM-dd)");
    }
}
