namespace NewsAlerts.Cli.Tests.Pages.Languages;

using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages;

/// <summary>
/// Trial r32 #8: the German confirmation email said "Nachrichtenbenachrichtigungen" where the German pages say
/// "Nachrichten-Benachrichtigungen"; the texts said "Eilmeldungen" (de), "nieuwsalerts" (nl) and "avvisi sulle notizie"
/// (it). Each language names what NewsAlerts sends one way: the name is found in its page, email and text catalogs, and
/// no catalog writes it another way (the other spellings a translator reaches for: joined, hyphenated, a synonym).
/// Apostrophes are read alike (French pages write ', emails ’: a typographic choice, not another name).
/// </summary>
public sealed partial class Each_language_names_the_product_one_way_on_pages_emails_and_texts
{
    // The one name per language (case aside), and the other ways of writing it that no catalog may use.
    private static readonly Dictionary<string, (string Name, string[] Others)> Names = new(StringComparer.Ordinal)
    {
        ["en"] = ("news alerts", ["news-alerts", "news notifications"]),
        ["fr"] = ("alertes d’actualité", ["alertes actualité", "alertes d’actualités", "alertes info"]),
        ["de"] = ("Nachrichten-Benachrichtigungen", ["Nachrichtenbenachrichtigung", "Eilmeldungen zu", "Nachrichtenmeldungen", "News-Alerts"]),
        ["es"] = ("alertas de noticias", ["alertas informativas", "avisos de noticias"]),
        ["it"] = ("avvisi di notizie", ["avvisi sulle notizie", "notifiche di notizie", "allerte"]),
        ["nl"] = ("nieuwsmeldingen", ["nieuwsalerts", "nieuws-meldingen", "nieuwsberichten"]),
        ["pt"] = ("alertas de notícias", ["alertas noticiosos", "avisos de notícias"]),
        ["ar"] = ("تنبيهات إخبارية", ["إشعارات إخبارية", "تنبيهات الأخبار"]),
    };

    private static readonly (string Catalog, ResourceManager Resources)[] Catalogs =
        [("PageStrings", PageStrings.Catalog), ("EmailTexts", EmailTexts.Catalog), ("SmsTexts", SmsTexts.Catalog)];

    public static TheoryData<string> Languages => [.. TextLanguages.Offered];

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_product_name_is_in_every_catalog_and_never_written_another_way(string language)
    {
        var (name, others) = Names[language];
        var wrong = new List<string>();
        foreach (var (catalog, resources) in Catalogs)
        {
            var values = Values(resources, language);
            if (!values.Any(v => Reads(v).Contains(Reads(name), StringComparison.OrdinalIgnoreCase)))
            {
                wrong.Add($"{catalog}.{language}: no value names the product \"{name}\"");
            }

            wrong.AddRange(values
                .SelectMany(v => others.Where(o => Reads(v).Contains(Reads(o), StringComparison.OrdinalIgnoreCase)).Select(o => $"{catalog}.{language}: \"{o}\" in \"{v}\"")));
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void A_catalog_that_writes_the_name_another_way_is_found()
    {
        // The check itself: the German email as it was before this fix.
        Assert.Contains(Names["de"].Others, o => Reads("an diese Adresse Nachrichtenbenachrichtigungen erhalten").Contains(Reads(o), StringComparison.OrdinalIgnoreCase));
        Assert.Equal(Reads("alertes d’actualité"), Reads(Names["fr"].Name));
    }

    // The Arabic name takes the article on both words ("التنبيهات الإخبارية"): read without it.
    private static string Reads(string text) =>
        ArabicArticle().Replace(text.Replace('’', '\'').Replace('\u00A0', ' '), string.Empty);

    // A language's own values in one catalog (no fallback), English for "en".
    private static List<string> Values(ResourceManager resources, string language)
    {
        var culture = language == TextLanguages.Default ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set is null ? [] : [.. set.Cast<DictionaryEntry>().Select(e => e.Value as string).OfType<string>()];
    }

    [GeneratedRegex(@"(?<=^|\s)ال", RegexOptions.CultureInvariant)]
    private static partial Regex ArabicArticle();
}
