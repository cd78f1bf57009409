namespace NewsAlerts.Infrastructure.Tests.Texts;

using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NewsAlerts.Infrastructure.Tests.Tooling;
using NewsAlerts.Pages.Editor;

/// <summary>One string a person reads: where it lives, its language, its text and the neutral text of its key.</summary>
public sealed partial record CatalogString(string Source, string Key, string Language, string Text, string Neutral, bool Fragment)
{
    /// <summary>A plural form for one, two or none, which may say its count in words ("one day", Arabic "يوم").</summary>
    public bool CountMayBeWords => PluralInWords().IsMatch(Key);

    private const string FragmentMark = "Fragment:";

    /// <summary>
    /// Every string of every resx catalog under <c>src/</c> (each language by its file name, the neutral file English;
    /// a neutral comment starting "Fragment:" marks a piece joined to other text), and the editor console's English
    /// constants (<see cref="ConsoleStrings"/>, <see cref="EditorStrings"/>), which have no catalog (a name ending
    /// "Prefix" marks a piece that text follows).
    /// </summary>
    public static IReadOnlyList<CatalogString> All()
    {
        var strings = new List<CatalogString>();
        var files = Directory.GetFiles(Path.Combine(Repository.Root, "src"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var group in files.GroupBy(NeutralPath, StringComparer.Ordinal))
        {
            var neutral = Entries(group.Key);
            foreach (var file in group)
            {
                var language = LanguageOf(file);
                foreach (var (key, (text, _)) in Entries(file))
                {
                    var (neutralText, comment) = neutral.TryGetValue(key, out var n) ? n : (text, null);
                    strings.Add(new(Path.GetRelativePath(Repository.Root, file), key, language, text, neutralText,
                        comment?.StartsWith(FragmentMark, StringComparison.Ordinal) == true));
                }
            }
        }

        foreach (var type in new[] { typeof(ConsoleStrings), typeof(EditorStrings) })
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f is { IsLiteral: true, FieldType.Name: nameof(String) }))
            {
                var text = (string)field.GetRawConstantValue()!;
                strings.Add(new(type.Name, field.Name, "en", text, text, Fragment: field.Name.EndsWith("Prefix", StringComparison.Ordinal)));
            }
        }

        return strings;
    }

    private static Dictionary<string, (string Text, string? Comment)> Entries(string file) =>
        XDocument.Load(file).Root!.Elements("data")
            .Where(d => d.Attribute("type") is null)
            .ToDictionary(d => (string)d.Attribute("name")!, d => ((string?)d.Element("value") ?? string.Empty, (string?)d.Element("comment")), StringComparer.Ordinal);

    private static string LanguageOf(string file) => LanguageSuffix().Match(file) is { Success: true } m ? m.Groups[1].Value : "en";

    private static string NeutralPath(string file) => LanguageSuffix().Replace(file, ".resx");

    [GeneratedRegex("_(?:zero|one|two)$")]
    private static partial Regex PluralInWords();

    [GeneratedRegex(@"\.([a-z]{2})\.resx$")]
    private static partial Regex LanguageSuffix();
}
