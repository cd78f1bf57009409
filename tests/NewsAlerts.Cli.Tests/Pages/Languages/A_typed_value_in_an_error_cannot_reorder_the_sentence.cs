namespace NewsAlerts.Cli.Tests.Pages.Languages;

using System.Net;
using System.Text.Json;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Words;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Layout;
using NewsAlerts.Pages.SignUp;
using NewsAlerts.Pages.Topics;

/// <summary>
/// Issue 16, item 1: an error that quotes what a person typed let the bidi algorithm reorder the sentence (an Arabic
/// field name in an English error pulled the quote marks and the words after it to its side; a Latin one did the same
/// in an Arabic error). Every error that quotes a typed value puts it between FIRST STRONG ISOLATE U+2068 and POP
/// DIRECTIONAL ISOLATE U+2069 (<see cref="TypedText"/>): in the field's error, in the summary, in the topic notes.
/// </summary>
public sealed class A_typed_value_in_an_error_cannot_reorder_the_sentence : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly TextablePhones Phones = new(["GB"]);
    private readonly RazorTemplates templates = new();

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    // Each reason a validator gives that quotes what was typed, with an Arabic value (for English pages) and a Latin
    // one (for Arabic pages); the value as the reason carries it.
    public static TheoryData<string, string, string> Quoting => new()
    {
        { "en", "unexpected '\u061F'", "\u061F" },
        { "ar", "unexpected '#'", "#" },
        { "en", "unknown field '\u0639\u0646\u0648\u0627\u0646' (known: headline, body, source, subject, urgency, language)", "\u0639\u0646\u0648\u0627\u0646" },
        { "ar", "unknown field 'title' (known: headline, body, source, subject, urgency, language)", "title" },
        { "en", "\u0639\u0646\u0648\u0627\u0646: needs a word, phrase or group after it", "\u0639\u0646\u0648\u0627\u0646" },
        { "ar", "headline: needs a word, phrase or group after it", "headline" },
        { "ar", "source: needs a value right after it", "source" },
        { "en", "'\u061F\u061F' has no letters or digits", "\u061F\u061F" },
        { "ar", "'!!' has no letters or digits", "!!" },
        { "fr", "unknown field 'titre' (known: headline, body)", "titre" },
    };

    [Theory]
    [MemberData(nameof(Quoting))]
    public void Each_reason_that_quotes_a_typed_value_isolates_it(string language, string reason, string value)
    {
        using var scope = new PageLanguageScope(language);

        var words = ValidatorReasonWords.Of(reason);

        Assert.NotNull(words);
        Assert.Contains(TypedText.Isolate(value), words, StringComparison.Ordinal);
        Assert.Equal(1, words!.Count(c => c == TypedText.Open));
    }

    [Theory]
    [InlineData("the topic is longer than 500 characters")]
    [InlineData("must be a whole number from 1 to 1000")]
    [InlineData("OR needs a term after it")]
    public void A_reason_without_a_typed_value_gets_no_isolate(string reason)
    {
        using var scope = new PageLanguageScope("ar");

        Assert.DoesNotContain(TypedText.Open.ToString(), ValidatorReasonWords.Of(reason)!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "\u0639\u0646\u0648\u0627\u0646:\u0633\u0648\u0631\u064A\u0627", "\u0639\u0646\u0648\u0627\u0646")] // Arabic field name on an English page
    [InlineData("ar", "title:Syria", "title")] // Latin field name on an Arabic page
    [InlineData("ar", "headline:", "headline")]
    public async Task A_topic_error_on_the_page_shows_the_typed_value_isolated_in_the_field_and_the_summary(string language, string topic, string value)
    {
        using var scope = new PageLanguageScope(language);
        var form = new Dictionary<string, string> { ["email"] = "reader@example.com", ["timeZone"] = "UTC", ["topics"] = topic };
        var parsed = SubscriberRequestParser.ParseSignUp(JsonSerializer.SerializeToElement(FormFields.SignUp(form)), Phones);
        var errors = FormFields.Errors(parsed.Errors, FormFields.TopicLines(form["topics"]), TopicBuilderFields.Rows(form));

        var html = WebUtility.HtmlDecode(await templates.RenderAsync<SignUpPage>(new Dictionary<string, object?>
        {
            [nameof(SignUpPage.Form)] = new FormState(form, errors),
            [nameof(SignUpPage.Hidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(SignUpPage.Now)] = Now,
        }));

        var error = Assert.Single(errors);
        Assert.Contains(TypedText.Isolate(value), error.Message, StringComparison.Ordinal);
        Assert.Contains(TypedText.Isolate(value), FieldLabels.SummaryLine(error), StringComparison.Ordinal);
        Assert.True(html.Split(TypedText.Isolate(value)).Length >= 3, "the field's error and the summary line both quote the value isolated");
    }

    [Theory]
    [InlineData("ar", "the", "the")]
    public void A_topic_note_quotes_its_words_isolated(string language, string topic, string word)
    {
        using var scope = new PageLanguageScope(language);

        var notes = TopicNotes.For([(topic, language == "ar" ? "en" : "ar")], language);

        Assert.Contains(notes, n => n.Sentence.Contains(TypedText.Isolate(word), StringComparison.Ordinal));
    }
}
