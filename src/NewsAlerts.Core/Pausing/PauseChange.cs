namespace NewsAlerts.Core.Pausing;

using System.Globalization;
using NewsAlerts.Core.Validation;

/// <summary>
/// A subscriber's request to pause or resume, as written in the API's <c>pause</c> field and the preference centre's
/// <c>pause</c> and <c>pauseUntil</c> fields: <c>1d</c>, <c>1w</c>, <c>untilResumed</c> (until they resume), a date
/// <c>yyyy-MM-dd</c> (alerts start again at 00:00 of that date on their clock) or <c>off</c> (resume now).
/// </summary>
/// <param name="Length">How long.</param>
/// <param name="Date">The date alerts start again, for <see cref="PauseLength.UntilDate"/>; null otherwise.</param>
public sealed record PauseChange(PauseLength Length, DateOnly? Date = null)
{
    /// <summary>The field name of a pause in the API and on the page.</summary>
    public const string Field = "pause";

    /// <summary>The value that pauses until the subscriber resumes (the API's and the preference centre's).</summary>
    public const string UntilResumedValue = "untilResumed";

    /// <summary>The value that ends a pause now.</summary>
    public const string OffValue = "off";

    /// <summary>
    /// The old name of <see cref="UntilResumedValue"/>, refused (trial s42 B): an API client read <c>resumed</c> as
    /// "resume" and paused forever instead. It is not taken as either meaning, since a client sending it may have meant both.
    /// </summary>
    public const string RetiredValue = "resumed";

    /// <summary>The reason given for any value that is not a pause, naming every value taken.</summary>
    public const string Allowed = "must be 1d, 1w, " + UntilResumedValue + ", " + OffValue + " or a date (yyyy-MM-dd)";

    /// <summary>Resume now.</summary>
    public static readonly PauseChange Resume = new(PauseLength.Resume);

    /// <summary>The fixed values <see cref="Parse"/> takes besides a date, as written in the API (for its contract).</summary>
    public static IReadOnlyList<string> Values { get; } = ["1d", "1w", UntilResumedValue, OffValue];

    /// <summary>
    /// Reads <paramref name="value"/> (<c>1d</c>, <c>1w</c>, <c>untilResumed</c>, <c>off</c>, in any letter case, or
    /// <c>yyyy-MM-dd</c>, its digits in any script: <see cref="Words.TypedDigits"/>); an error names
    /// <paramref name="field"/> and the values it takes (<see cref="Allowed"/>), and for <see cref="RetiredValue"/> says
    /// which of the two it could mean is which.
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
            case "untilresumed":
                return Validated<PauseChange>.Ok(new PauseChange(PauseLength.UntilResumed));
            case OffValue:
                return Validated<PauseChange>.Ok(Resume);
            case RetiredValue:
                return Validated<PauseChange>.Invalid(field, $"\"{RetiredValue}\" is not taken (it reads as both): {OffValue} resumes now, {UntilResumedValue} pauses until you resume; {Allowed}");
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Validated<PauseChange>.Ok(new PauseChange(PauseLength.UntilDate, date))
            : Validated<PauseChange>.Invalid(field, Allowed);
    }
}
