namespace NewsAlerts.Core.Tests.Validation;

using System.Text.Json;
using System.Text.Json.Nodes;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Validation;

/// <summary>
/// The free-text rule of topics (<see cref="FreeText"/>: controls, bidi overrides, invisible format and private-use
/// characters refused naming U+XXXX) holds for every text field people or editors send: each ninjs field, a feed's
/// source and categories, a sign-up's other fields.
/// </summary>
public sealed class Every_free_text_field_refuses_what_topics_refuse
{
    // One of each kind FreeText refuses, as JSON escapes.
    public static TheoryData<string, string> Characters => new()
    {
        { "\\u202E", "U+202E" },
        { "\\u2066", "U+2066" },
        { "\\u0007", "U+0007" },
        { "\\uE000", "U+E000" },
        { "\\u2062", "U+2062" },
    };

    public static TheoryData<string, string, string> ArticleFields()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var field in new[] { "headline", "body_text", "byline", "source", "description_text", "ednote", "subject" })
        {
            foreach (var (escape, named) in new[] { ("\\u202E", "U+202E"), ("\\u2066", "U+2066"), ("\\u0007", "U+0007"), ("\\uE000", "U+E000") })
            {
                data.Add(field, escape, named);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ArticleFields))]
    public void A_ninjs_field_with_a_refused_character_is_named_with_the_character(string field, string escape, string named)
    {
        var json = field switch
        {
            "subject" => $$"""{"uri":"urn:x","headline":"H","subject":[{"code":"medtop:16000000","name":"war{{escape}}"}]}""",
            "ednote" => $$"""{"uri":"urn:x","headline":"H","pubstatus":"canceled","ednote":"Legal{{escape}} reasons"}""",
            "headline" => $$"""{"uri":"urn:x","headline":"Truce{{escape}} holds"}""",
            _ => $$"""{"uri":"urn:x","headline":"H","{{field}}":"Truce{{escape}} holds"}""",
        };

        var error = Assert.Single(Parse(json).Errors);

        Assert.StartsWith(field == "subject" ? "subject[0]" : field, error.Field, StringComparison.Ordinal);
        Assert.Contains(named + " (", error.Reason, StringComparison.Ordinal);
    }

    // Trial r36 #3: the console's notes and the sign-in name take the one check the API's fields take (FreeText.Field).
    [Theory]
    [InlineData("  Not verified.  ", 500, "Not verified.", null)]
    [InlineData("Information non vérifiée <script>alert(1)</script> \u202E", 500, null, "U+202E")]
    [InlineData("Zoë \u2067evil", 80, null, "U+2067")]
    [InlineData("Line one\r\nline two", 500, "Line one\r\nline two", null)]
    [InlineData("   ", 500, "", null)]
    public void A_field_is_trimmed_and_refused_as_the_api_refuses_it(string text, int max, string? kept, string? named)
    {
        var (cleaned, reason) = FreeText.Field(text, max, lineBreaks: true);

        Assert.Equal(kept, cleaned);
        Assert.Equal(named is not null, reason?.Contains(named!, StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_field_longer_than_its_limit_is_refused_with_the_apis_words() =>
        Assert.Equal((null, "is longer than 500 characters"), FreeText.Field(new string('a', 501), 500, lineBreaks: true));

    [Theory]
    [MemberData(nameof(Characters))]
    public void A_correction_note_and_an_html_body_are_checked_too(string escape, string named)
    {
        var note = Assert.Single(Parse($$$"""{"uri":"urn:x","headline":"H","correction":{"kind":"major","note":"Wrong{{{escape}}} town"}}""").Errors);
        Assert.Equal(("correction.note", true), (note.Field, note.Reason.Contains(named, StringComparison.Ordinal)));

        var html = Assert.Single(Parse($$"""{"uri":"urn:x","headline":"H","body_html":"<p>Truce{{escape}} holds</p>"}""").Errors);
        Assert.Equal(("body_html", true), (html.Field, html.Reason.Contains(named, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("&#x202E;", "U+202E")]
    [InlineData("&#8238;", "U+202E")]
    [InlineData("&#xE000;", "U+E000")]
    public void A_refused_character_written_as_an_html_reference_is_refused_once_decoded(string reference, string named)
    {
        var error = Assert.Single(Parse($$"""{"uri":"urn:x","headline":"H","body_html":"<p>Truce{{reference}} holds</p>"}""").Errors);
        Assert.Equal("body_html", error.Field);
        Assert.Contains(named, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_and_joiners_stay_and_invisible_breaks_go_in_every_field()
    {
        var article = Parse("""{"uri":"urn:x","headline":"Tru\u200Bce in \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645","body_text":"One\n\ttwo\r\nthree","byline":"A\u00ADnna"}""").Value!;

        Assert.Equal("Truce in \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", article.Headline);
        Assert.Equal("One\n\ttwo\r\nthree", article.Body);
        Assert.Equal("Anna", article.Byline);
    }

    [Theory]
    [MemberData(nameof(Characters))]
    public void A_feeds_source_and_categories_are_checked(string escape, string named)
    {
        var source = Assert.Single(Feed($$"""{"url":"https://example.com/feed.xml","source":"Wire{{escape}}"}""").Errors);
        Assert.Equal("source", source.Field);
        Assert.Contains(named, source.Reason, StringComparison.Ordinal);

        var category = Assert.Single(Feed($$$"""{"url":"https://example.com/feed.xml","subjects":{"World{{{escape}}}":"medtop:16000000"}}""").Errors);
        Assert.StartsWith("subjects.", category.Field, StringComparison.Ordinal);
        Assert.Contains(named, category.Reason, StringComparison.Ordinal);

        var subject = Assert.Single(Feed($$$"""{"url":"https://example.com/feed.xml","subjects":{"World":"war{{{escape}}}"}}""").Errors);
        Assert.Contains(named, subject.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Characters))]
    public void A_sign_ups_time_zone_and_language_are_checked(string escape, string named)
    {
        foreach (var (field, json) in new[]
        {
            ("timeZone", $$"""{"timeZone":"Europe/London{{escape}}"}"""),
            ("language", $$"""{"language":"en{{escape}}"}"""),
        })
        {
            using var document = JsonDocument.Parse(json);
            var errors = SubscriberRequestParser.ParseSettings(document.RootElement).Errors;
            Assert.Contains(errors, e => e.Field == field && e.Reason.Contains(named, StringComparison.Ordinal));
        }
    }

    private static Validated<Article> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ArticleParser.Parse(document.RootElement, TimeProvider.System);
    }

    private static Validated<FeedChanges> Feed(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FeedRequestParser.Parse(document.RootElement, adding: true, TimeSpan.FromMinutes(5));
    }
}
