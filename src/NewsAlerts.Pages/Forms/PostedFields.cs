namespace NewsAlerts.Pages.Forms;

using System.Globalization;
using NewsAlerts.Pages.Languages;
using NewsAlerts.Pages.Layout;

/// <summary>
/// The one rule every page form is read by (issue 16, trial s42 #C): each field is given once, but for those a form
/// sends several values of (<see cref="ManyValued"/>: the "Languages I read" boxes). A field given more than once is
/// refused as such, in words naming it by its label, as the API refuses a JSON key given twice ("is given twice"),
/// never read as its values joined by commas (<c>email=a@b.c&amp;email=c@d.e</c> was told "must have the form
/// name@example.com" although both addresses were well formed).
/// </summary>
public static class PostedFields
{
    /// <summary>The fields a page form may give several values of: the ticked "Languages I read" (<see cref="ReadLanguages.Field"/>).</summary>
    public static IReadOnlyList<string> ManyValued { get; } = [ReadLanguages.Field];

    /// <summary>
    /// The names of <paramref name="fields"/> (each with how many values were posted) given more than once that may be
    /// given once only, in the order posted.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> is null.</exception>
    public static IReadOnlyList<string> GivenTwice(IEnumerable<(string Name, int Count)> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return [.. fields.Where(f => f.Count > 1 && !ManyValued.Contains(f.Name, StringComparer.Ordinal)).Select(f => f.Name)];
    }

    /// <summary>
    /// What a person is told of <paramref name="fields"/> given more than once, in the page's language
    /// (<see cref="PageStrings.FieldGivenTwice"/>), each named by its label (<see cref="FieldLabels.Named"/>) or, for a
    /// field no page shows, by its name in quotation marks.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> is null.</exception>
    public static string Message(IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return string.Join(' ', fields.Select(f => string.Format(CultureInfo.CurrentCulture, PageStrings.FieldGivenTwice,
            FieldLabels.Named(f) ?? PageStrings.QuoteOpen + f + PageStrings.QuoteClose)));
    }
}
