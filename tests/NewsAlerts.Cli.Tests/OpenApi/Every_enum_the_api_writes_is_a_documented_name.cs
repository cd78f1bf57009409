namespace NewsAlerts.Cli.Tests.OpenApi;

using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using NewsAlerts.Functions.OpenApi;

/// <summary>
/// Trial s43 #3: <c>POST /api/articles?dryRun=true</c> answered <c>samples[].ways: [3]</c>, a number neither the README
/// nor <c>/api/openapi.json</c> explained. Every enum the API writes is a named string listed with its values and a
/// description in the document: the document is walked for its enums, and the answers' types are walked property by
/// property beside their schemas, so an enum written as a number, or one the document does not list, fails here.
/// </summary>
public sealed class Every_enum_the_api_writes_is_a_documented_name
{
    // Every answer type of the API with its schema (the anonymous answers hold strings and these).
    private static readonly (Type Type, string Schema)[] Answers =
    [
        (typeof(NewsAlerts.Core.Articles.IngestResult), ApiSchemas.IngestResult),
        (typeof(NewsAlerts.Core.Subscribers.SubscriberView), ApiSchemas.Subscriber),
        (typeof(NewsAlerts.Functions.Feeds.FeedView), ApiSchemas.Feed),
        (typeof(NewsAlerts.Functions.Editors.Editor), ApiSchemas.Editor),
        (typeof(NewsAlerts.Functions.Health.LivenessReport), ApiSchemas.Liveness),
        (typeof(NewsAlerts.Core.Health.HealthReport), ApiSchemas.Health),
    ];

    // As ASP.NET Core writes an answer.
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Every_enum_in_the_document_is_strings_with_a_description()
    {
        var document = await DocumentAsync();
        var enums = new List<(string Path, JsonObject Schema)>();
        Collect(document, "$", enums);

        Assert.NotEmpty(enums);
        Assert.All(enums, e =>
        {
            Assert.True(e.Schema["enum"]!.AsArray().All(v => v is JsonValue value && value.GetValueKind() == JsonValueKind.String), $"{e.Path}: an enum of names, not numbers");
            Assert.False(string.IsNullOrWhiteSpace(e.Schema["description"]?.GetValue<string>()), $"{e.Path}: an enum says what its values mean");
        });
    }

    [Fact]
    public async Task Every_enum_an_answer_holds_is_written_by_name_and_listed_in_its_schema()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!.AsObject();
        var faults = new List<string>();
        foreach (var (type, schema) in Answers)
        {
            Walk(type, schemas[schema] as JsonObject, schemas, schema, faults, depth: 0);
        }

        Assert.True(faults.Count == 0, string.Join('\n', faults));
    }

    [Fact]
    public void The_trials_sample_ways_are_written_as_the_console_words_them()
    {
        var sample = new NewsAlerts.Core.Articles.MatchSample("s1", "syria", "syria")
        {
            Ways = [NewsAlerts.Core.Articles.SampleWay.EmailNow, NewsAlerts.Core.Articles.SampleWay.Digest],
        };

        Assert.Contains("\"ways\":[\"emailNow\",\"digest\"]", JsonSerializer.Serialize(sample, Web), StringComparison.Ordinal);
    }

    // The preferences are written by their own converter: every frequency and weekday it writes is a listed name.
    [Fact]
    public async Task The_preferences_write_only_names_their_schema_lists()
    {
        var preferences = (await DocumentAsync())["components"]!["schemas"]![ApiSchemas.Preferences]!["properties"]!["email"]!["properties"]!;
        var frequencies = preferences["frequency"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var weekdays = preferences["weekday"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);

        foreach (var frequency in Enum.GetValues<NewsAlerts.Core.Policy.EmailFrequency>())
        {
            foreach (var weekday in Enum.GetValues<DayOfWeek>())
            {
                var written = JsonSerializer.SerializeToElement(NewsAlerts.Core.Policy.DeliveryPreferences.Default with
                {
                    Email = NewsAlerts.Core.Policy.EmailSchedule.Default with { Frequency = frequency, Weekday = weekday },
                }, Web).GetProperty("email");
                Assert.Contains(written.GetProperty("frequency").GetString()!, frequencies);
                Assert.Contains(written.GetProperty("weekday").GetString()!, weekdays);
            }
        }
    }

    private static async Task<JsonObject> DocumentAsync() =>
        JsonNode.Parse(await OpenApiDocumentFactory.Build(new Uri("https://alerts.example/")).SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1))!.AsObject();

    private static void Collect(JsonNode? node, string path, List<(string, JsonObject)> enums)
    {
        switch (node)
        {
            case JsonObject schema:
                if (schema["enum"] is JsonArray)
                {
                    enums.Add((path, schema));
                }

                foreach (var (name, child) in schema)
                {
                    Collect(child, $"{path}.{name}", enums);
                }

                break;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++)
                {
                    Collect(items[i], $"{path}[{i}]", enums);
                }

                break;
        }
    }

    private static void Walk(Type type, JsonObject? schema, JsonObject schemas, string path, List<string> faults, int depth)
    {
        if (depth > 6)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.GetIndexParameters().Length == 0))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var (valueType, list) = Element(property.PropertyType);
            var propertySchema = Resolve(Property(schema, name, schemas), schemas);
            if (list)
            {
                propertySchema = Resolve(propertySchema?["items"] as JsonObject, schemas);
            }

            var at = $"{path}.{name}{(list ? "[]" : string.Empty)}";
            if (valueType.IsEnum)
            {
                Check(valueType, propertySchema, at, faults);
            }
            else if (valueType.GetCustomAttribute<JsonConverterAttribute>() is not null)
            {
                // Written by its own converter, not property by property: checked by what it writes (The_preferences_...).
                continue;
            }
            else if (valueType.Namespace?.StartsWith("NewsAlerts", StringComparison.Ordinal) == true && valueType.IsClass)
            {
                Walk(valueType, propertySchema, schemas, at, faults, depth + 1);
            }
        }
    }

    private static void Check(Type enumType, JsonObject? schema, string path, List<string> faults)
    {
        var written = Enum.GetValues(enumType).Cast<object>().Select(v => JsonSerializer.SerializeToElement(v, enumType, Web)).ToList();
        if (written.Any(w => w.ValueKind != JsonValueKind.String))
        {
            faults.Add($"{path}: {enumType.Name} is written as a number ({string.Join(", ", written)}); write it by name");
            return;
        }

        var listed = (schema?["enum"] as JsonArray)?.Select(v => v?.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var missing = written.Select(w => w.GetString()!).Where(w => listed?.Contains(w) != true).ToList();
        if (missing.Count > 0)
        {
            faults.Add($"{path}: {enumType.Name}'s values {string.Join(", ", missing)} are not listed in the schema's enum");
        }
    }

    private static JsonObject? Property(JsonObject? schema, string name, JsonObject schemas)
    {
        if (Resolve(schema, schemas) is not { } resolved)
        {
            return null;
        }

        if (resolved["properties"]?[name] is JsonObject found)
        {
            return found;
        }

        return (resolved["allOf"] as JsonArray)?.Select(part => Property(part as JsonObject, name, schemas)).FirstOrDefault(p => p is not null);
    }

    private static JsonObject? Resolve(JsonObject? schema, JsonObject schemas) =>
        schema?["$ref"]?.GetValue<string>() is { } reference ? schemas[reference[(reference.LastIndexOf('/') + 1)..]] as JsonObject : schema;

    private static (Type Type, bool List) Element(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return (type, false);
        }

        var item = type.IsArray ? type.GetElementType()! : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0] ?? typeof(object);
        return (Nullable.GetUnderlyingType(item) ?? item, true);
    }
}
