namespace NewsAlerts.EndToEnd.Tests.Flows;

using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsAlerts.Pages;

/// <summary>
/// The pages' words in a given language, read from the catalogs (the test process's own culture stays as it is), and
/// the check that a page in another language has no English sentence of the catalog left on it.
/// </summary>
public static partial class PageWords
{
    /// <summary>The value of <paramref name="key"/> (a <see cref="PageStrings"/> property name) in <paramref name="language"/>.</summary>
    public static string In(string language, string key) =>
        PageStrings.Catalog.GetString(key, CultureInfo.GetCultureInfo(language)) ?? throw new ArgumentException($"No page string {key}.", nameof(key));

    /// <summary>
    /// The English sentences of the neutral catalog (values of two words or more, each placeholder's surrounding text
    /// taken apart, fragments under 12 characters skipped) that appear in <paramref name="pageText"/>, except where the
    /// language's own value is the same words.
    /// </summary>
    public static IReadOnlyList<string> EnglishLeft(string pageText, string language)
    {
        ArgumentNullException.ThrowIfNull(pageText);
        var english = PageStrings.Catalog.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
        return [.. english
            .Where(e => In(language, e.Key) != e.Value)
            .SelectMany(e => Placeholder().Split(e.Value))
            .Select(f => f.Trim())
            .Where(f => f.Length >= 12 && f.Contains(' ', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Where(f => pageText.Contains(f, StringComparison.Ordinal))];
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
