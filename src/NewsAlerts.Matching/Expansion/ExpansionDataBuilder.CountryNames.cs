using System.Text;
using System.Text.Json;

namespace NewsAlerts.Matching.Expansion;

/// <content>Country names in other languages (country-names.tsv).</content>
public static partial class ExpansionDataBuilder
{
    // world-countries keys its translations, native names and demonyms by ISO 639-3; the index uses ISO 639-1.
    private static readonly Dictionary<string, string> Iso6393To6391 = new(StringComparer.Ordinal)
    {
        ["ara"] = "ar", ["cat"] = "ca", ["ces"] = "cs", ["dan"] = "da", ["deu"] = "de", ["est"] = "et", ["fin"] = "fi",
        ["fra"] = "fr", ["hrv"] = "hr", ["hun"] = "hu", ["ind"] = "id", ["ita"] = "it", ["jpn"] = "ja", ["kor"] = "ko",
        ["msa"] = "ms", ["nld"] = "nl", ["nor"] = "no", ["per"] = "fa", ["pol"] = "pl", ["por"] = "pt", ["ron"] = "ro",
        ["rus"] = "ru", ["slk"] = "sk", ["spa"] = "es", ["srp"] = "sr", ["swe"] = "sv", ["tam"] = "ta", ["tha"] = "th",
        ["tur"] = "tr", ["urd"] = "ur", ["zho"] = "zh",
    };

    /// <summary>
    /// From world-countries' full file (ODbL 1.0): English common name TAB ISO 639-1 language TAB names in that
    /// language (common and official translations, native names, and the demonyms the source has: French), one line
    /// per country and language. The English names stay in countries.tsv.
    /// </summary>
    public static string BuildCountryNames(string worldCountriesJson)
    {
        using var document = JsonDocument.Parse(worldCountriesJson);
        var output = new StringBuilder();
        output.Append("# Country names in other languages: English common name, ISO 639-1 language, names (common, official, native, demonyms).\n")
            .Append("# Derived from world-countries 5.1.0 (github.com/mledoze/countries), (c) its contributors, under the Open Database Licence (ODbL) 1.0.\n")
            .Append("# This derived database is also under ODbL 1.0 (share-alike): https://opendatacommons.org/licenses/odbl/1-0/\n");
        foreach (var country in document.RootElement.EnumerateArray())
        {
            var name = country.GetProperty("name");
            var english = name.GetProperty("common").GetString()!;
            var byLanguage = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
            void Add(string code, string? value)
            {
                if (!Iso6393To6391.TryGetValue(code, out var language) || string.IsNullOrWhiteSpace(value) || (value.Length <= 2 && IsLatin(value)))
                {
                    return;
                }

                if (!byLanguage.TryGetValue(language, out var names))
                {
                    byLanguage[language] = names = [];
                }

                var clean = value.Trim();
                if (!names.Contains(clean, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(clean);
                }
            }

            foreach (var translation in country.GetProperty("translations").EnumerateObject())
            {
                Add(translation.Name, translation.Value.GetProperty("common").GetString());
                Add(translation.Name, translation.Value.GetProperty("official").GetString());
            }

            if (name.TryGetProperty("native", out var native))
            {
                foreach (var entry in native.EnumerateObject())
                {
                    Add(entry.Name, entry.Value.GetProperty("common").GetString());
                    Add(entry.Name, entry.Value.GetProperty("official").GetString());
                }
            }

            if (country.TryGetProperty("demonyms", out var demonyms))
            {
                foreach (var entry in demonyms.EnumerateObject())
                {
                    Add(entry.Name, entry.Value.GetProperty("m").GetString());
                    Add(entry.Name, entry.Value.GetProperty("f").GetString());
                }
            }

            foreach (var (language, names) in byLanguage)
            {
                output.Append(english).Append('\t').Append(language).Append('\t').Append(string.Join('|', names.Select(n => n.Replace('|', ' ').Replace('\t', ' ')))).Append('\n');
            }
        }

        return output.ToString();
    }
}
