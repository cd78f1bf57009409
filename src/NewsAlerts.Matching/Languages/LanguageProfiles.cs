using System.Collections.Frozen;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace NewsAlerts.Matching.Languages;

/// <summary>The analysis of every language with a stemmer or segmenter; any other language gets folding only.</summary>
internal static class LanguageProfiles
{
    private static readonly FrozenSet<string> FrenchElisions =
        FrozenSet.Create(StringComparer.Ordinal, "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");

    private static readonly FrozenSet<string> ItalianElisions = FrozenSet.Create(
        StringComparer.Ordinal, "c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d");

    private static readonly FrozenSet<string> CatalanElisions = FrozenSet.Create(StringComparer.Ordinal, "d", "l", "m", "n", "s", "t");

    private static readonly FrozenDictionary<string, LanguageProfile> Profiles = new LanguageProfile[]
    {
        new() { Code = "en", Snowball = () => new EnglishStemmer(), Description = "Snowball English (Porter2) stemmer, possessives, joined compounds, country and concept expansion" },
        Snowball("de", "German", () => new German2Stemmer()),
        Snowball("fr", "French", () => new FrenchStemmer(), FrenchElisions),
        Snowball("es", "Spanish", () => new SpanishStemmer()),
        Snowball("it", "Italian", () => new ItalianStemmer(), ItalianElisions),
        Snowball("pt", "Portuguese", () => new PortugueseStemmer()),
        Snowball("ca", "Catalan", () => new CatalanStemmer(), CatalanElisions),
        Snowball("nl", "Dutch", () => new DutchStemmer()),
        Snowball("da", "Danish", () => new DanishStemmer()),
        Snowball("sv", "Swedish", () => new SwedishStemmer()),
        Snowball("no", "Norwegian", () => new NorwegianStemmer()),
        Snowball("fi", "Finnish", () => new FinnishStemmer()),
        Snowball("hu", "Hungarian", () => new HungarianStemmer()),
        Snowball("ro", "Romanian", () => new RomanianStemmer()),
        Snowball("tr", "Turkish", () => new TurkishStemmer()),
        Snowball("ru", "Russian", () => new RussianStemmer()),
        Snowball("ga", "Irish", () => new IrishStemmer()),
        Snowball("eu", "Basque", () => new BasqueStemmer()),
        Snowball("hy", "Armenian", () => new ArmenianStemmer()),
        Indonesian("id"),
        Indonesian("ms"),
        new() { Code = "ar", CharStemmer = ArabicStemming, Description = "Lucene Arabic normalisation and light stemmer" },
        new() { Code = "zh", Segmentation = Segmentation.SmartChinese, Description = "SmartCn word segmentation (Lucene.Net.Analysis.SmartCn), no stemming" },
        new() { Code = "ja", Segmentation = Segmentation.CjkBigrams, Description = "CJK bigrams (as Lucene's CJKBigramFilter), no stemming" },
        new() { Code = "ko", Segmentation = Segmentation.CjkBigrams, Description = "CJK bigrams (as Lucene's CJKBigramFilter), no stemming" },
        new() { Code = "th", Segmentation = Segmentation.Thai, Description = "ICU Thai word breaks (Lucene.Net.ICU ThaiTokenizer), no stemming" },
    }.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["nb"] = "no",
        ["nn"] = "no",
        ["in"] = "id",
        ["zsm"] = "ms",
        ["cmn"] = "zh",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, LanguageProfile> Others = new(StringComparer.Ordinal);

    /// <summary>English: the analysis every topic and article had before languages.</summary>
    public static LanguageProfile English { get; } = Profiles["en"];

    /// <summary>Every language with its own stemmer or segmenter.</summary>
    public static IEnumerable<LanguageProfile> Known => Profiles.Values;

    /// <summary>The analysis of a primary language subtag (already lower case, see <see cref="LanguageTag.Primary"/>).</summary>
    public static LanguageProfile For(string code)
    {
        code = Canonical(code);
        if (Profiles.TryGetValue(code, out var profile))
        {
            return profile;
        }

        // Folding only: words are found and compared without case and accents, never stemmed.
        return Others.GetOrAdd(code, c => new LanguageProfile { Code = c, Description = "folding only (no stemmer for this language)" });
    }

    /// <summary>The code a language is known by here: Norwegian Bokmål and Nynorsk share <c>no</c>.</summary>
    public static string Canonical(string code) => Aliases.GetValueOrDefault(code, code);

    private static LanguageProfile Snowball(string code, string name, Func<Lucene.Net.Tartarus.Snowball.SnowballProgram> create, IReadOnlySet<string>? elisions = null) =>
        new() { Code = code, Snowball = create, Elisions = elisions, Description = $"Snowball {name} stemmer" + (elisions is null ? string.Empty : ", elided articles dropped (l', d')") };

    private static LanguageProfile Indonesian(string code) => new()
    {
        Code = code,
        CharStemmer = () =>
        {
            var stemmer = new IndonesianStemmer();
            return (s, length) => stemmer.Stem(s, length, stemDerivational: true);
        },
        Description = "Lucene Indonesian stemmer (Indonesian and Malay)",
    };

    private static Func<char[], int, int> ArabicStemming()
    {
        var normalizer = new ArabicNormalizer();
        var stemmer = new ArabicStemmer();
        return (s, length) => stemmer.Stem(s, normalizer.Normalize(s, length));
    }
}
