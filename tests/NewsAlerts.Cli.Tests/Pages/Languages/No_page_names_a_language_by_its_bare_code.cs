namespace NewsAlerts.Cli.Tests.Pages.Languages;

using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Languages;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Pages.Messages;
using NewsAlerts.Pages.SignUp;

/// <summary>
/// Issue 16, trial #13: the Italian "confirmed" page said "I tuoi argomenti trovano notizie in: it", the language's code
/// instead of "italiano". Languages are named by one function (<see cref="LanguageNames.InPage"/>), which names the
/// offered ones from the catalog rather than from the machine's culture data; every page that names languages (the
/// confirmed page, the sign-up form, the preference centre) is rendered in every language and read for a bare code after
/// a colon or in a list (and a bare IANA zone id).
/// </summary>
public sealed partial class No_page_names_a_language_by_its_bare_code : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private readonly RazorTemplates templates = new();

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    public static TheoryData<string> Languages => [.. TextLanguages.Offered];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Every_page_naming_languages_names_them_in_words(string language)
    {
        using var scope = new PageLanguageScope(language);
        var bare = new List<string>();
        foreach (var html in await RenderAllAsync(language))
        {
            bare.AddRange(Texts(html).Where(IsBareCode));
        }

        Assert.True(bare.Count == 0, $"{language} pages show codes:\n{string.Join("\n", bare)}");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_offered_language_is_named_from_the_catalog_never_by_its_code(string language)
    {
        using var scope = new PageLanguageScope(language);

        foreach (var code in TextLanguages.Offered)
        {
            var name = LanguageNames.InPage(code);
            Assert.NotEqual(code, name);
            Assert.Equal(ReasonTexts.LanguageName(code, language), name);
            Assert.Equal(name, LanguageNames.InPage(code.ToUpperInvariant()));
        }

        Assert.Equal(LanguageNames.InPage("en"), LanguageNames.InPage(null));
    }

    [Fact]
    public void The_reader_catches_the_trial_sentence_and_lets_words_through()
    {
        Assert.True(IsBareCode("I tuoi argomenti trovano notizie in: it"));
        Assert.True(IsBareCode("Your topics match stories in: French, de"));
        Assert.True(IsBareCode("Time zone: Europe/Rome"));
        Assert.False(IsBareCode("I tuoi argomenti trovano notizie in: italiano, francese"));
        Assert.False(IsBareCode("Frans, Engels en Duits"));
        Assert.False(IsBareCode("Ora dell’Europa centrale (Roma)"));
    }

    private static bool IsBareCode(string text) => BareCodePattern().IsMatch(text) || ZoneIdPattern().IsMatch(text);

    private async Task<List<string>> RenderAllAsync(string language)
    {
        var subscriber = new Subscriber("s1", "reader@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "Europe/Rome",
            [new Topic("t1", "Siria", false, "it"), new Topic("t2", "Syrie", false, "fr")], 2, Now, Language: language, Languages: ["de", "ar", "nl"]);
        var matched = MatchedLanguages.Sentence(subscriber.Topics.Select(t => (t.Text, t.Language)), subscriber.Language, subscriber.Languages);
        return
        [
            await templates.RenderAsync<MessagePage>(new Dictionary<string, object?>
            {
                [nameof(MessagePage.Title)] = PageStrings.ConfirmedTitle, [nameof(MessagePage.Message)] = PageStrings.ConfirmedTitle, [nameof(MessagePage.Matched)] = matched,
            }),
            await templates.RenderAsync<SignUpPage>(new Dictionary<string, object?>
            {
                [nameof(SignUpPage.Form)] = new FormState(new Dictionary<string, string> { ["topics"] = "Siria\nSyrie", ["language"] = language }, []),
                [nameof(SignUpPage.Hidden)] = Array.Empty<KeyValuePair<string, string>>(), [nameof(SignUpPage.Now)] = Now,
            }),
            await templates.RenderAsync<ManagePage>(new Dictionary<string, object?>
            {
                [nameof(ManagePage.Subscriber)] = subscriber, [nameof(ManagePage.Form)] = new FormState(ManageValues.Of(subscriber), []), [nameof(ManagePage.Now)] = Now,
            }),
        ];
    }

    // Text nodes and the attributes read aloud, decoded, isolates and spaces trimmed.
    private static IEnumerable<string> Texts(string html)
    {
        var body = ScriptPattern().Replace(html, string.Empty);
        return TextPattern().Matches(body).Concat(AttributePattern().Matches(body))
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim().Trim('\u2066', '\u2067', '\u2068', '\u2069').Trim())
            .Where(t => t.Length > 0);
    }

    // A two-letter code (or a tag such as pt-BR) after a colon or a list comma, ending the text or the list item.
    [GeneratedRegex("[:،,]\\s*[\\u2066-\\u2069]?[a-z]{2}(-[A-Z]{2})?[\\u2066-\\u2069]?\\s*([,،.]|$)")]
    private static partial Regex BareCodePattern();

    [GeneratedRegex("\\b(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Z][A-Za-z_]+")]
    private static partial Regex ZoneIdPattern();

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex ScriptPattern();

    [GeneratedRegex(">([^<>]+)<")]
    private static partial Regex TextPattern();

    [GeneratedRegex("\\s(?:aria-label|title|placeholder|alt|label)=\"([^\"]*)\"")]
    private static partial Regex AttributePattern();
}
