namespace NewsAlerts.Core.Tests.Validation;

using System.Text.Json;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Validation;

/// <summary>
/// Issue 16: "3" was accepted for smsMaxUrgency, an article's urgency and a feed's pollIntervalMinutes/urgency but
/// refused for caps.sms. The one rule: an integer field takes a JSON number (as the OpenAPI document's integer says);
/// a number sent as a string is refused naming the field, "must be a whole number" and that it was a string.
/// </summary>
public sealed class Every_integer_field_of_every_api_takes_only_json_numbers
{
    private static readonly TextablePhones Phones = new(["GB"]);

    // api, the body with {0} where the integer goes, the field the error names.
    public static TheoryData<string, string, string> Fields => new()
    {
        { "sign-up", """{"email":"a@example.com","timeZone":"UTC","topics":["syria"],"smsMaxUrgency":{0}}""", "smsMaxUrgency" },
        { "sign-up", """{"email":"a@example.com","timeZone":"UTC","topics":["syria"],"preferences":{"caps":{"email":{0}}}}""", "preferences.caps.email" },
        { "sign-up", """{"email":"a@example.com","timeZone":"UTC","topics":["syria"],"preferences":{"caps":{"sms":{0}}}}""", "preferences.caps.sms" },
        { "sign-up", """{"email":"a@example.com","timeZone":"UTC","topics":["syria"],"preferences":{"topics":{"t1":{"smsMaxUrgency":{0}}}}}""", "preferences.topics.t1.smsMaxUrgency" },
        { "settings", """{"smsMaxUrgency":{0}}""", "smsMaxUrgency" },
        { "settings", """{"preferences":{"caps":{"sms":{0}}}}""", "preferences.caps.sms" },
        { "settings", """{"preferences":{"caps":{"email":{0}}}}""", "preferences.caps.email" },
        { "settings", """{"preferences":{"topics":{"t1":{"smsMaxUrgency":{0}}}}}""", "preferences.topics.t1.smsMaxUrgency" },
        { "article", """{"uri":"urn:x","headline":"H","urgency":{0}}""", "urgency" },
        { "feed", """{"url":"https://example.com/feed","pollIntervalMinutes":{0}}""", "pollIntervalMinutes" },
        { "feed", """{"url":"https://example.com/feed","urgency":{0}}""", "urgency" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void A_json_number_is_taken(string api, string body, string field)
    {
        var errors = Parse(api, body.Replace("{0}", "3", StringComparison.Ordinal));

        Assert.DoesNotContain(errors, e => e.Field == field);
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void A_number_with_a_zero_fraction_is_a_whole_number_as_json_schema_counts_it(string api, string body, string field)
    {
        // Trial r31: "smsMaxUrgency": 3.0 was refused as "must be a whole number".
        foreach (var value in new[] { "3.0", "3.000", "3e0", "30e-1", "0.3e1" })
        {
            Assert.DoesNotContain(Parse(api, body.Replace("{0}", value, StringComparison.Ordinal)), e => e.Field == field);
        }

        foreach (var value in new[] { "3.5", "3.0000001", "2.9999999" })
        {
            Assert.Equal(field, Assert.Single(Parse(api, body.Replace("{0}", value, StringComparison.Ordinal))).Field);
        }
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void A_number_in_a_string_is_refused_naming_the_field(string api, string body, string field)
    {
        var errors = Parse(api, body.Replace("{0}", "\"3\"", StringComparison.Ordinal));

        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.StartsWith("must be a whole number from ", error.Reason, StringComparison.Ordinal);
        Assert.EndsWith("(a JSON number, not a string)", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Other_values_that_are_not_whole_numbers_are_refused_naming_the_field(string api, string body, string field)
    {
        foreach (var value in new[] { "3.5", "\"three\"", "true", "[3]", "{}", "-1", "99999999999" })
        {
            var errors = Parse(api, body.Replace("{0}", value, StringComparison.Ordinal));

            var error = Assert.Single(errors);
            Assert.Equal(field, error.Field);
            Assert.StartsWith("must be a whole number from ", error.Reason, StringComparison.Ordinal);
            Assert.DoesNotContain("JSON", error.Reason, StringComparison.Ordinal);
        }
    }

    // Trial r38 #11's kind: "must be after today" was shown for a date too far ahead. Every integer bound of every API
    // names the side crossed and its bound, on both sides (the range found from the field's own reason).
    [Theory]
    [MemberData(nameof(Fields))]
    public void A_number_out_of_range_names_the_bound_it_crossed(string api, string body, string field)
    {
        var general = Assert.Single(Parse(api, body.Replace("{0}", "3.5", StringComparison.Ordinal))).Reason;
        var range = System.Text.RegularExpressions.Regex.Match(general, "^must be a whole number from (-?\\d+) to (-?\\d+)$");
        Assert.True(range.Success, general);
        var (min, max) = (long.Parse(range.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), long.Parse(range.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));

        foreach (var (value, suffix) in new[] { (min - 1, $" (at least {min})"), (min - 1000, $" (at least {min})"), (max + 1, $" (at most {max})"), (max * 1000, $" (at most {max})") })
        {
            var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            foreach (var written in new[] { text, $"\"{text}\"" })
            {
                var error = Assert.Single(Parse(api, body.Replace("{0}", written, StringComparison.Ordinal)));
                Assert.Equal(field, error.Field);
                Assert.Equal(general + suffix, error.Reason);
            }
        }

        Assert.DoesNotContain(Parse(api, body.Replace("{0}", min.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)), e => e.Field == field);
        Assert.DoesNotContain(Parse(api, body.Replace("{0}", max.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)), e => e.Field == field);
    }

    [Fact]
    public void An_articles_version_may_be_a_string_of_digits_as_the_ninjs_schema_types_it()
    {
        Assert.Empty(Parse("article", """{"uri":"urn:x","headline":"H","version":"2"}"""));
        Assert.Equal("version", Assert.Single(Parse("article", """{"uri":"urn:x","headline":"H","version":"0"}""")).Field);
    }

    private static IReadOnlyList<FieldError> Parse(string api, string body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        return api switch
        {
            "sign-up" => SubscriberRequestParser.ParseSignUp(root, Phones).Errors,
            "settings" => SubscriberRequestParser.ParseSettings(root).Errors,
            "article" => ArticleParser.Parse(root, TimeProvider.System).Errors,
            "feed" => FeedRequestParser.Parse(root, adding: true, TimeSpan.FromMinutes(1)).Errors,
            _ => throw new ArgumentOutOfRangeException(nameof(api), api, "not an API of this table"),
        };
    }
}
