namespace NewsAlerts.Channels.Tests.Languages;

using System.Collections;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Core.Texts;

/// <summary>
/// The English sentences of the email catalog, as fragments between placeholders: what must not be found in an email
/// written in another language (an English word left over is a key the catalog missed or a string outside it). Short
/// single words ("minute", "story") are left out: other languages share them.
/// </summary>
internal static partial class EnglishLeft
{
    private static readonly Lazy<IReadOnlyList<string>> Fragments = new(() =>
    {
        var set = EmailTexts.Catalog.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        return [.. set.Cast<DictionaryEntry>()
            .SelectMany(e => Placeholder().Split((string)e.Value!))
            .Select(f => f.Trim(' ', '.', ':', ',', ';', '(', ')'))
            .Where(f => (f.Length >= 8 || f.Contains(' ', StringComparison.Ordinal)) && f.Any(char.IsAsciiLetter))
            .Distinct(StringComparer.Ordinal)];
    });

    /// <summary>The English fragments found in <paramref name="text"/> (HTML decoded first); empty when none.</summary>
    public static IReadOnlyList<string> In(string text)
    {
        var decoded = WebUtility.HtmlDecode(text);
        return [.. Fragments.Value.Where(f => decoded.Contains(f, StringComparison.Ordinal))];
    }

    /// <summary>Placeholders left unformatted (<c>{0}</c>, <c>{1:HH:mm}</c>) in <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
