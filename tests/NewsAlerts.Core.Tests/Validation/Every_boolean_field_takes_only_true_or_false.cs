namespace NewsAlerts.Core.Tests.Validation;

using System.Text.Json;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Validation;

/// <summary>
/// Trial s40 #2: <c>topics[0].exact</c> took <c>"yes"</c>, <c>1</c> or <c>{}</c> as false without a word. A boolean
/// field takes JSON <c>true</c> or <c>false</c>; any other JSON type is refused naming the field.
/// </summary>
public sealed class Every_boolean_field_takes_only_true_or_false
{
    // api, the body with {0} where the boolean goes, the field the error names.
    public static TheoryData<string, string, string> Fields => new()
    {
        { "sign-up", """{"email":"a@example.com","timeZone":"UTC","topics":[{"text":"Syria","exact":{0}}]}""", "topics[0].exact" },
        { "sign-up", """{"email":"a@example.com","timeZone":"UTC","topics":["Gaza",{"text":"Syria","exact":{0}}]}""", "topics[1].exact" },
        { "topics", """{"topics":[{"text":"Syria","exact":{0}}]}""", "topics[0].exact" },
        { "settings", """{"preferences":{"quietHours":{"start":"22:00","end":"07:00","flashThrough":{0}}}}""", "preferences.quietHours.flashThrough" },
        { "feed change", """{"paused":{0}}""", "paused" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void True_and_false_are_taken(string api, string body, string field)
    {
        foreach (var value in new[] { "true", "false" })
        {
            Assert.DoesNotContain(Parse(api, body.Replace("{0}", value, StringComparison.Ordinal)), e => e.Field == field);
        }
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Any_other_json_type_is_refused_by_the_fields_name(string api, string body, string field)
    {
        foreach (var value in new[] { "\"true\"", "\"yes\"", "1", "0", "{}", "[true]" })
        {
            Assert.Contains(Parse(api, body.Replace("{0}", value, StringComparison.Ordinal)), e => e.Field == field);
        }
    }

    [Fact]
    public void The_exact_of_a_topic_is_read_as_given()
    {
        using var json = JsonDocument.Parse("""{"topics":[{"text":"Syria","exact":true},{"text":"Gaza","exact":false},{"text":"Iran"}]}""");

        var topics = SubscriberRequestParser.ParseTopics(json.RootElement, []);

        Assert.Equal([("Syria", true), ("Gaza", false), ("Iran", false)], topics);
    }

    [Fact]
    public void The_reason_says_true_or_false()
    {
        var errors = new List<FieldError>();
        using var json = JsonDocument.Parse("""{"exact":"yes"}""");

        Assert.Null(new JsonFields(json.RootElement, errors, "topics[0].").Boolean("exact"));
        Assert.Equal(new FieldError("topics[0].exact", "must be true or false"), Assert.Single(errors));
    }

    private static List<FieldError> Topics(JsonElement root)
    {
        var errors = new List<FieldError>();
        SubscriberRequestParser.ParseTopics(root, errors);
        return errors;
    }

    private static IReadOnlyList<FieldError> Parse(string api, string body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        return api switch
        {
            "sign-up" => SubscriberRequestParser.ParseSignUp(root, new TextablePhones(["GB"])).Errors,
            "topics" => Topics(root),
            "settings" => SubscriberRequestParser.ParseSettings(root).Errors,
            "feed change" => FeedRequestParser.Parse(root, adding: false, TimeSpan.FromMinutes(1)).Errors,
            _ => throw new ArgumentOutOfRangeException(nameof(api), api, "not an API of this table"),
        };
    }
}
