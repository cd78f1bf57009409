namespace NewsAlerts.Functions.EditorConsole;

using System.Globalization;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Validation;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Pages.Layout;

/// <summary>
/// The story page's correction form: the corrected headline and body (pre-filled with the stored ones) checked by the
/// rules a published article's are (ArticleParser: a headline is required and at most
/// <see cref="ArticleParser.MaxHeadlineLength"/> characters; both are free text, <see cref="FreeText"/>, the body keeping
/// its line breaks), with each refusal on its field in words.
/// </summary>
public static class CorrectionFields
{
    /// <summary>The form field of the corrected headline (also carried by the preview's confirm button).</summary>
    public const string Headline = "correctedHeadline";

    /// <summary>The form field of the corrected body.</summary>
    public const string Body = "correctedBody";

    /// <summary>
    /// The corrected text of <paramref name="headline"/> and <paramref name="body"/> as posted (a field not posted keeps
    /// <paramref name="stored"/>'s), or the errors by field; the headline is trimmed, invisible characters are removed.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="stored"/> is null.</exception>
    public static (CorrectedText? Text, IReadOnlyList<PageError> Errors) Check(Article stored, string? headline, string? body)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var errors = new List<PageError>();
        var postedHeadline = (headline ?? stored.Headline).Trim();
        var (cleanHeadline, headlineRefused) = FreeText.Clean(postedHeadline);
        if (headlineRefused is not null)
        {
            errors.Add(new PageError(Headline, ConsoleWords.ArticleError("headline", headlineRefused, pasted: false)));
        }
        else if (string.IsNullOrWhiteSpace(cleanHeadline))
        {
            errors.Add(new PageError(Headline, ConsoleStrings.CorrectedHeadlineMissing));
        }

        // Said together with a refused character, not after it is removed (trial r37 #13).
        if ((cleanHeadline ?? postedHeadline).Length > ArticleParser.MaxHeadlineLength)
        {
            errors.Add(new PageError(Headline, string.Format(CultureInfo.InvariantCulture, ConsoleStrings.CorrectedHeadlineTooLong, ArticleParser.MaxHeadlineLength)));
        }

        var (cleanBody, bodyRefused) = FreeText.Clean(body ?? stored.Body, lineBreaks: true);
        if (bodyRefused is not null)
        {
            errors.Add(new PageError(Body, ConsoleWords.ArticleError("body", bodyRefused, pasted: false)));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new CorrectedText(cleanHeadline!, NormalizeLines(cleanBody!)), []);
    }

    // A browser posts a textarea's line breaks as CR LF (HTML form submission); the article keeps them as LF.
    private static string NormalizeLines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
