namespace NewsAlerts.Cli.Tests.Pages.Languages;

using System.Collections;
using System.Globalization;
using System.Resources;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages;

/// <summary>
/// Trial r31, defect 9: French puts a space before ":", ";", "?" and "!", and it must not break from the word before
/// (Imprimerie nationale, "Lexique des règles typographiques"; Unicode's U+00A0 or the narrow U+202F). Every French
/// catalog, pages, emails and texts alike, writes that space as a no-break one. GSM 03.38 has no no-break space: the
/// sender's rewrite (<see cref="NewsAlerts.Channels.Sms.GsmTransliterator"/>) sends it as one plain space, so a text stays
/// GSM-7 (160 characters a segment, not UCS-2's 70), and the catalog says what the language writes (sub16b: the SMS
/// catalog had plain spaces). Issue 16: the same rule holds inside
/// guillemets, « … » (a no-break space U+00A0, or the narrow U+202F, after « and before »), so a line never breaks
/// between a guillemet and the word it quotes.
/// </summary>
public sealed class French_text_has_a_no_break_space_before_high_punctuation
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");

    public static TheoryData<string> ReadCatalogs => ["PageStrings", "EmailTexts", "ReasonTexts", "SmsTexts"];

    [Theory]
    [MemberData(nameof(ReadCatalogs))]
    public void No_plain_space_stands_before_a_colon_semicolon_question_or_exclamation_mark(string catalog)
    {
        var wrong = Entries(Catalog(catalog))
            .Where(e => PlainSpaceBeforeHighPunctuation(e.Value))
            .Select(e => $"{e.Key}: \"{e.Value}\"")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [MemberData(nameof(ReadCatalogs))]
    public void No_plain_space_stands_inside_guillemets(string catalog)
    {
        var wrong = Entries(Catalog(catalog))
            .Where(e => PlainSpaceInsideGuillemets(e.Value))
            .Select(e => $"{e.Key}: \"{e.Value}\"")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Theory]
    [InlineData("« ) » sans « ( »", true)] // what the pages showed
    [InlineData("champ « {0} » inconnu", true)]
    [InlineData("«\u00a0{0} » inconnu", true)]
    [InlineData("«\u00a0{0}\u00a0» inconnu", false)]
    [InlineData("«\u202f*\u202f»", false)]
    [InlineData("«{0}»", false)] // no space at all is another style (Swiss), not a breakable one
    public void The_guillemet_check_finds_a_plain_space_and_passes_the_others(string text, bool found) =>
        Assert.Equal(found, PlainSpaceInsideGuillemets(text));

    [Fact]
    public void A_french_text_goes_as_gsm_7_with_one_plain_space_where_the_catalog_has_a_no_break_one()
    {
        var text = SmsTexts.Code("fr", "NewsAlerts", "123456");
        var sent = NewsAlerts.Channels.Sms.GsmTransliterator.Transliterate(text);

        Assert.Contains("NewsAlerts\u00a0: ", text, StringComparison.Ordinal);
        Assert.StartsWith("Code NewsAlerts : 123456.", sent, StringComparison.Ordinal);
        Assert.Equal(NewsAlerts.Channels.Sms.SmsEncoding.Gsm7, NewsAlerts.Channels.Sms.GsmAlphabet.Measure(sent).Encoding);
    }

    [Theory]
    [InlineData("fr", "Fuseau horaire\u00a0: Choisissez un fuseau.")]
    [InlineData("en", "Time zone: Choisissez un fuseau.")]
    public void An_error_summary_line_puts_the_languages_space_before_its_colon(string language, string expected)
    {
        using var scope = new PageLanguageScope(language);

        Assert.Equal(expected, NewsAlerts.Pages.Layout.FieldLabels.SummaryLine(new NewsAlerts.Pages.Layout.PageError("timeZone", "Choisissez un fuseau.")));
    }

    [Theory]
    [InlineData("Adresse e-mail : Il faut", true)]
    [InlineData("Pas encore inscrit ? Inscrivez-vous", true)]
    [InlineData("Adresse e-mail\u00a0: Il faut", false)]
    [InlineData("Lien perdu\u202f?", false)]
    [InlineData("{0:d MMMM yyyy} à {0:HH:mm}", false)]
    public void The_check_finds_a_plain_space_and_passes_the_others(string text, bool found) =>
        Assert.Equal(found, PlainSpaceBeforeHighPunctuation(text));

    // A plain space before : ; ? or !, outside a format item ("{0:HH:mm}").
    private static bool PlainSpaceBeforeHighPunctuation(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (depth == 0 && i > 0 && text[i] is ':' or ';' or '?' or '!' && text[i - 1] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    private static bool PlainSpaceInsideGuillemets(string text) =>
        text.Contains("\u00ab ", StringComparison.Ordinal) || text.Contains(" \u00bb", StringComparison.Ordinal);

    private static ResourceManager Catalog(string name) => name switch
    {
        "PageStrings" => PageStrings.Catalog,
        "EmailTexts" => EmailTexts.Catalog,
        "SmsTexts" => SmsTexts.Catalog,
        _ => ReasonTexts.Catalog,
    };

    private static List<KeyValuePair<string, string>> Entries(ResourceManager catalog) =>
        [.. (catalog.GetResourceSet(French, createIfNotExists: true, tryParents: false) ?? throw new InvalidOperationException("no French catalog"))
            .Cast<DictionaryEntry>().Select(e => new KeyValuePair<string, string>((string)e.Key, (string)e.Value!))];
}
