namespace NewsAlerts.Cli.Tests.Pages;

using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Pages.Messages;
using NewsAlerts.Pages.SignUp;
using NewsAlerts.Pages.Topics;

/// <summary>
/// Found by a person trying the product: the API warned that "the" matches nearly every article, but no page said so;
/// the time zone list showed "America/Argentina/Buenos_Aires"; the preference centre showed "+447400333444".
/// The pages are rendered as the Function App renders them (no script) and read as text.
/// </summary>
public sealed partial class Pages_show_topic_warnings_zones_and_numbers_in_words : IAsyncDisposable
{
    private static readonly DateTimeOffset Winter = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly RazorTemplates templates = new();

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    [Fact]
    public async Task The_sign_up_form_says_next_to_each_topic_what_it_would_do_before_it_is_sent()
    {
        var html = await SignUpAsync(new Dictionary<string, string>
        {
            ["topics"] = "the\nSyria -Syria\nSyria AND ceasefire", ["topic-0-all"] = "of the", ["language"] = "en",
        });

        var notes = Notes(html, "topics-notes");
        Assert.Equal(2, notes.Count);
        Assert.Equal("the: This topic has only very common words (\u201C\u2068the\u2069\u201D), so it would match almost every English article. Add a word that says what you want.", notes[0]);
        Assert.Equal("Syria -Syria: This topic asks for \u201C\u2068syria\u2069\u201D and also leaves out \u201C\u2068syria\u2069\u201D, so it can never match.", notes[1]);
        Assert.Contains("almost every English article", Assert.Single(Notes(html, "topic-0-notes")), StringComparison.Ordinal);
        Assert.DoesNotContain("en article", Text(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_with_nothing_to_warn_about_shows_no_notes()
    {
        var html = await SignUpAsync(new Dictionary<string, string> { ["topics"] = "Syria AND (ceasefire OR truce)" });

        Assert.DoesNotContain("topic-notes", html, StringComparison.Ordinal);
    }

    public static TheoryData<string, string?, string> Warned => new()
    {
        { "\u5FEB\u4E50", "en", "This topic is written in another alphabet, so we look for it in Chinese articles, not English ones." },
        { "habari", "sw", "We don’t know the word forms of Swahili, so these words match only exactly as written (not their plurals or other forms)." },
        { "\u770C", "ja", "\u201C\u2068\u770C\u2069\u201D is a single character: in Japanese it matches only where it stands on its own. Write the whole word." },
        { "\u0391\u03B8\u03AE\u03BD\u03B1", null, "English articles are not written in this topic’s alphabet, so it will hardly ever match. Choose the language it is written in." },
        { "le OR la", "fr", "This topic has only very common words (\u201C\u2068le\u2069\u201D, \u201C\u2068la\u2069\u201D), so it would match almost every French article. Add a word that says what you want." },
        { "\"peace talks\" NOT \"peace talks\"", "en", "This topic asks for \u201C\u2068peace talks\u2069\u201D and also leaves out \u201C\u2068peace talks\u2069\u201D, so it can never match." },
    };

    [Theory]
    [MemberData(nameof(Warned))]
    public void Each_kind_of_warning_reads_as_a_sentence_naming_languages_not_codes(string topic, string? language, string sentence) =>
        Assert.Contains(sentence, TopicNotes.For([topic], language).Select(n => n.Sentence));

    [Theory]
    [InlineData("Syria -headline:Syria")] // excluded from the headline only: the body can still match
    [InlineData("Syria OR -Syria")]
    [InlineData("Syria AND ceasefire")]
    public void A_topic_that_can_still_match_is_not_called_impossible(string topic) =>
        Assert.DoesNotContain(TopicNotes.For([topic], "en"), n => n.Sentence.Contains("never match", StringComparison.Ordinal));

    [Fact]
    public async Task The_preference_centre_warns_about_stored_topics_in_their_own_language()
    {
        var subscriber = Subscriber() with { Topics = [new Topic("t1", "the", false), new Topic("t2", "habari", false, "sw")] };
        var html = await ManageAsync(subscriber);

        var notes = Notes(html, "topics-notes");
        Assert.Contains(notes, n => n.StartsWith("the: ", StringComparison.Ordinal) && n.Contains("almost every English article", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("habari: ", StringComparison.Ordinal) && n.Contains("word forms of Swahili", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_confirmed_page_repeats_the_warnings_once_the_topics_are_live()
    {
        var html = await templates.RenderAsync<MessagePage>(new Dictionary<string, object?>
        {
            [nameof(MessagePage.Title)] = "You’re confirmed",
            [nameof(MessagePage.Message)] = "Your email address is confirmed.",
            [nameof(MessagePage.Notes)] = TopicNotes.For(["the"], "en"),
        });

        Assert.Contains("almost every English article", Assert.Single(Notes(html, "topics-notes")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_time_zone_list_names_cities_with_their_offset_now_grouped_by_region_and_keeps_iana_values()
    {
        var html = await SignUpAsync(new Dictionary<string, string> { ["timeZone"] = "America/Argentina/Buenos_Aires" });
        var select = WebUtility.HtmlDecode(SelectPattern().Match(html).Value);

        Assert.Matches("<option value=\"America/Argentina/Buenos_Aires\" selected[^>]*>Buenos Aires \\(UTC\u22123\\)</option>", select);
        Assert.Contains("<optgroup label=\"Americas\">", select, StringComparison.Ordinal);
        Assert.Contains("<optgroup label=\"Europe\">", select, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Asia/Kolkata\">Kolkata (UTC+5:30)</option>", select, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Europe/London\">London (UTC+0)</option>", select, StringComparison.Ordinal);
        Assert.StartsWith("<option value=\"UTC\">UTC (UTC+0)</option>", select[(select.IndexOf('>') + 1)..].TrimStart(), StringComparison.Ordinal);
        Assert.Contains("data-detect-time-zone=\"true\"", select, StringComparison.Ordinal); // the browser's zone is still preselected
        var texts = OptionTextPattern().Matches(select).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.True(texts.Count > 300, $"only {texts.Count} zones");
        Assert.All(texts, t => Assert.DoesNotMatch("[/_]", t));
        Assert.Equal(texts.Count, texts.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Two_cities_of_one_name_in_a_region_are_told_apart()
    {
        var groups = ZoneChoices.Of(["America/Indiana/Indianapolis", "America/Indianapolis", "America/Kentucky/Louisville", "America/Louisville"], Winter);

        Assert.Equal(
            ["Indianapolis (UTC\u22125)", "Indianapolis, Indiana (UTC\u22125)", "Louisville (UTC\u22125)", "Louisville, Kentucky (UTC\u22125)"],
            groups.Single(g => g.Label == "Americas").Options.Select(o => o.Value));
    }

    [Fact]
    public async Task The_preference_centre_writes_numbers_as_people_do()
    {
        var subscriber = Subscriber() with { Phone = "+447400333444", SmsStatus = ContactStatus.OptedOut };
        var html = await ManageAsync(subscriber, ("OurNumber", "+447700900123"));

        Assert.Contains("+44 7400 333444", Text(html), StringComparison.Ordinal);
        Assert.Contains("text START to +44 7700 900123", Text(html), StringComparison.Ordinal);
        Assert.DoesNotContain("+447400333444", Text(html), StringComparison.Ordinal);
    }

    private static Subscriber Subscriber() =>
        new("s1", "reader@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "Europe/London", [new Topic("t1", "Syria", false)], 2, Winter);

    private Task<string> SignUpAsync(Dictionary<string, string> values) =>
        templates.RenderAsync<SignUpPage>(new Dictionary<string, object?>
        {
            [nameof(SignUpPage.Form)] = new FormState(values, []),
            [nameof(SignUpPage.Hidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(SignUpPage.Now)] = Winter,
        });

    private Task<string> ManageAsync(Subscriber subscriber, params (string Name, object? Value)[] more)
    {
        var parameters = new Dictionary<string, object?>
        {
            [nameof(ManagePage.Subscriber)] = subscriber,
            [nameof(ManagePage.Form)] = new FormState(ManageValues.Of(subscriber), []),
            [nameof(ManagePage.Now)] = Winter,
        };
        foreach (var (name, value) in more)
        {
            parameters[name] = value;
        }

        return templates.RenderAsync<ManagePage>(parameters);
    }

    // The items of the notes element with this id, as text.
    private static List<string> Notes(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no element {id}");
        var block = html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
        return [.. ItemPattern().Matches(block).Select(m => Text(m.Groups[1].Value))];
    }

    private static string Text(string html) => WebUtility.HtmlDecode(TagPattern().Replace(html, string.Empty)).Trim();

    [GeneratedRegex("<select id=\"field-timeZone\"[^>]*>.*?</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option[^>]*>([^<]*)</option>")]
    private static partial Regex OptionTextPattern();

    [GeneratedRegex("<li>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex ItemPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
