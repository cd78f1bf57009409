namespace NewsAlerts.Pages.Manage;

using System.Globalization;
using System.Text.RegularExpressions;
using NewsAlerts.Core.Pausing;
using NewsAlerts.Core.Validation;
using NewsAlerts.Pages.Layout;

/// <summary>
/// The preference centre's pause form: <c>pause</c> (<c>1d</c>, <c>1w</c>, <c>date</c>, <c>untilResumed</c>) and, for
/// <c>date</c>, <c>pauseUntil</c> (<c>yyyy-MM-dd</c>), read into the API's <c>pause</c> value; an error names the
/// field the person must change.
/// </summary>
public static class PauseFields
{
    /// <summary>The choice field.</summary>
    public const string Choice = "pause";

    /// <summary>The date field (for the <c>date</c> choice).</summary>
    public const string Date = "pauseUntil";

    /// <summary>The choices of <see cref="Choice"/>.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Choices =>
    [
        new("1d", PageStrings.PauseDay), new("1w", PageStrings.PauseWeek), new("date", PageStrings.PauseDate), new(PauseChange.UntilResumedValue, PageStrings.PauseResumed),
    ];

    /// <summary>The pause the form asks for, or the error to show on its field.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> is null.</exception>
    public static (PauseChange? Change, PageError? Error) Read(IReadOnlyDictionary<string, string> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var choice = form.GetValueOrDefault(Choice)?.Trim() ?? string.Empty;
        if (choice == "date")
        {
            // A date typed in any script's digits reads as ASCII, as times and codes do (trial r33 #10).
            var date = Core.Words.TypedDigits.Normalised(form.GetValueOrDefault(Date))?.Trim();
            if (string.IsNullOrEmpty(date))
            {
                return (null, new PageError(Date, Named(PageStrings.PauseUntilMissing, Date)));
            }

            var parsed = PauseChange.Parse(date, Date);
            return parsed.IsValid && parsed.Value!.Length == PauseLength.UntilDate
                ? (parsed.Value, null)
                : (null, new PageError(Date, Named(PageStrings.PauseUntilNotDate, Date)));
        }

        if (Choices.All(c => c.Key != choice) || PauseChange.Parse(choice) is not { IsValid: true } valid)
        {
            return (null, new PageError(Choice, Named(PageStrings.PauseChooseHowLong, Choice)));
        }

        return (valid.Value, null);
    }

    // A message naming its field once, by the label the page shows it with, quoted (review r40 #2: "The date alerts start
    // again must be..." named the date field by words of its own, so its summary line named it twice, differently).
    private static string Named(string message, string field) => string.Format(CultureInfo.CurrentCulture, message, FieldLabels.Named(field));

    /// <summary>The field an error of the API's <c>pause</c> belongs to on the form the person filled in.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PageError ErrorOf(FieldError error, IReadOnlyDictionary<string, string> form)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(form);
        var field = form.GetValueOrDefault(Choice) == "date" ? Date : Choice;
        if (OutOfRange(error.Reason) is { } range)
        {
            return new PageError(field, range);
        }

        // The API's "must be 1d, 1w, untilResumed, off or a date (yyyy-MM-dd)" names values and a pattern: the page's own words instead.
        return error.Reason.Contains(PauseChange.Allowed, StringComparison.Ordinal)
            ? new PageError(field, field == Date ? Named(PageStrings.PauseUntilNotDate, Date) : Named(PageStrings.PauseChooseHowLong, Choice))
            : new PageError(field, Fields.FormFields.Worded(field, PauseChange.Field, error.Reason));
    }

    /// <summary>
    /// The page's words for a date out of the allowed range (<see cref="Pauses.DateOutOfRange"/>): the reason and the
    /// first and last dates allowed in the page's language (<see cref="Languages.PageMoments.Date"/>), e.g. "“Start again on
    /// (date)” must be after today: from Thu, Dec 3, 2026 to Fri, Dec 3, 2027", or for a date too far ahead
    /// (<see cref="Pauses.DateTooFarAhead"/>) "... must be at most a year from today, by Fri, Dec 3, 2027"; null for any other reason.
    /// </summary>
    public static string? OutOfRange(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (Regex.Match(reason, Pauses.DateTooFarAheadShape, RegexOptions.None, TimeSpan.FromSeconds(1)) is { Success: true } late)
        {
            // Trial r38 #11: a date too far ahead names the last day allowed, not "after today".
            return string.Format(CultureInfo.CurrentCulture, PageStrings.PauseUntilTooFar,
                Languages.PageMoments.Date(DateOnly.ParseExact(late.Groups["last"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture)), FieldLabels.Named(Date));
        }

        var match = Regex.Match(reason, Pauses.DateOutOfRangeShape, RegexOptions.None, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            return null;
        }

        string Day(string group) => Languages.PageMoments.Date(DateOnly.ParseExact(match.Groups[group].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        return string.Format(CultureInfo.CurrentCulture, PageStrings.PauseUntilOutOfRange, Day("first"), Day("last"), FieldLabels.Named(Date));
    }
}
