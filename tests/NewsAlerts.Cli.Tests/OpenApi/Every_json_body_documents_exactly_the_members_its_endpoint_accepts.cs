namespace NewsAlerts.Cli.Tests.OpenApi;

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Validation;
using NewsAlerts.Functions.OpenApi;
using NewsAlerts.Functions.Subscribers;

/// <summary>
/// Reviewer (stop 34): the OpenAPI <c>SettingsChange</c> lacked <c>pause</c> and <c>languages</c>, which the endpoint
/// accepts, and <c>ConfirmEmail</c> named a <c>sign-up</c> member the endpoint refuses. Each JSON body's parser is given
/// an unknown member, and the members its refusal names as known (the one <see cref="KnownMembers"/> rule) must be the
/// schema's properties, at every level the parser checks; every operation with a JSON body is covered, so a new one
/// must be added here and the two cannot drift apart again.
/// </summary>
public sealed partial class Every_json_body_documents_exactly_the_members_its_endpoint_accepts
{
    private const string Unknown = "zzNotAMember";

    // Each operation's body, as its endpoint reads it. PublishArticle is ninjs: other ninjs fields are ignored by design.
    internal static readonly Dictionary<string, Func<JsonElement, IReadOnlyList<FieldError>>> Bodies = new()
    {
        ["CreateSubscriber POST"] = json => SubscriberRequestParser.ParseSignUp(json, new TextablePhones([])).Errors,
        ["ChangeSubscriberSettings PATCH"] = json => SettingsChange(json),
        ["AddFeed POST"] = json => FeedRequestParser.Parse(json, adding: true, TimeSpan.FromMinutes(1)).Errors,
        ["ChangeFeed PATCH"] = json => FeedRequestParser.Parse(json, adding: false, TimeSpan.FromMinutes(1)).Errors,
        ["ReplaceSubscriberTopics PUT"] = json => TopicsChange(json),
        ["ConfirmEmail POST"] = json => SingleFieldBody.Read(json, ConfirmationsFunction.EmailBodyField, optional: true).Errors,
        ["ConfirmSms POST"] = json => SingleFieldBody.Read(json, ConfirmationsFunction.SmsBodyField, optional: false).Errors,
        ["ResendSubscriberConfirmations POST"] = json => ResendBody.Parse(json).Errors,
        ["ResendConfirmations POST"] = json => ResendBody.Parse(json).Errors,
    };

    private static readonly string[] NotChecked = ["PublishArticle POST"];

    // Members a body needs for a nested object to be read at all: a sign-up's preferences.topics name its topics (t1, ...).
    internal static readonly Dictionary<string, (string Member, string Json)[]> BaseMembers = new()
    {
        ["CreateSubscriber POST"] = [("topics", "[\"Syria\"]")],
    };

    // Bodies whose top level is not checked here, and their parsers for the nested objects, which are (trial r36 #2:
    // a ninjs subject object took "cdoe" and lost the code).
    internal static readonly Dictionary<string, Func<JsonElement, IReadOnlyList<FieldError>>> NestedOnly = new()
    {
        ["PublishArticle POST"] = json => ArticleParser.Parse(json, TimeProvider.System).Errors,
    };

    [Fact]
    public void Every_operation_with_a_json_body_is_checked_here()
    {
        var withBody = ApiContract.Operations.Where(o => o.Request is not null && (o.RequestMediaType ?? "application/json") == "application/json")
            .Select(o => $"{o.Function} {o.Method}").ToList();

        Assert.NotEmpty(withBody);
        Assert.All(withBody, key => Assert.True(Bodies.ContainsKey(key) || NotChecked.Contains(key), $"{key}: add its parser to this test"));
    }

    [Fact]
    public async Task Each_top_level_body_lists_the_members_its_parser_knows()
    {
        var schemas = (await ReadBackAsync()).Components!.Schemas!;
        foreach (var operation in ApiContract.Operations.Where(o => Bodies.ContainsKey($"{o.Function} {o.Method}")))
        {
            var known = KnownOf(Bodies[$"{operation.Function} {operation.Method}"](Body($"{{\"{Unknown}\": 0}}")), Unknown);
            Assert.Equal(known.Order(StringComparer.Ordinal), Properties(schemas[operation.Request!]).Order(StringComparer.Ordinal));
        }
    }

    // Review s38: the resend APIs' optional {"channel": "email"|"sms"} was not in the document at all. A body the endpoint
    // reads when given (ResendBody: no body, {} or one channel) is documented and marked optional; every other is required.
    [Fact]
    public async Task Bodies_that_may_be_left_out_are_documented_as_optional()
    {
        var document = await ReadBackAsync();
        var optional = document.Paths.SelectMany(p => p.Value.Operations!.Values)
            .Where(o => o.RequestBody is { Required: false }).Select(o => o.OperationId).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["ConfirmEmailPost", "ResendConfirmations", "ResendSubscriberConfirmations"], optional);
        var resend = document.Components!.Schemas![ApiSchemas.Resend];
        Assert.Equal([ResendBody.Field], Properties(resend));
        Assert.Equal(ResendBody.Channels, resend.Properties![ResendBody.Field].Enum!.Select(e => e.GetValue<string>()));
        Assert.Empty(ResendBody.Parse(Body("""{"channel": "sms"}""")).Errors);
    }

    [Theory]
    [InlineData("preferences")]
    [InlineData("preferences.email")]
    [InlineData("preferences.quietHours")]
    [InlineData("preferences.caps")]
    public async Task Each_nested_preference_lists_the_members_its_parser_knows(string path)
    {
        var schemas = (await ReadBackAsync()).Components!.Schemas!;
        var schema = (IOpenApiSchema)schemas[ApiSchemas.Preferences];
        var json = $"{{\"{Unknown}\": 0}}";
        foreach (var step in path.Split('.').Skip(1).Reverse())
        {
            json = $"{{\"{step}\": {json}}}";
        }

        foreach (var step in path.Split('.').Skip(1))
        {
            schema = schema.Properties![step];
        }

        var errors = DeliveryPreferencesParser.Parse(Body(json), DeliveryPreferences.Default, null).Errors;

        Assert.Equal(KnownOf(errors, $"{path}.{Unknown}").Order(StringComparer.Ordinal), Properties(schema).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_topic_object_lists_the_members_its_parser_knows()
    {
        var topic = (await ReadBackAsync()).Components!.Schemas![ApiSchemas.Topic];
        var asObject = Assert.Single(topic.OneOf!, s => s.Properties is { Count: > 0 });
        var errors = new List<FieldError>();

        SubscriberRequestParser.ParseTopics(Body($"{{\"topics\": [{{\"text\": \"Syria\", \"{Unknown}\": 0}}]}}"), errors);

        Assert.Equal(KnownOf(errors, $"topics[0].{Unknown}").Order(StringComparer.Ordinal), Properties(asObject).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// Trial r36 #2: every object the schema nests in a body (a property, an array's items, a map's values, a oneOf
    /// branch), found by walking the schema, refuses an unknown member at its own path and names exactly the schema's
    /// properties as known, so a nested object added to a schema or a parser cannot forget the rule.
    /// </summary>
    [Fact]
    public async Task Every_nested_object_of_every_body_lists_the_members_its_parser_knows()
    {
        var schemas = (await ReadBackAsync()).Components!.Schemas!;
        var checkedPaths = new List<string>();
        var failures = new List<string>();
        foreach (var operation in ApiContract.Operations)
        {
            var key = $"{operation.Function} {operation.Method}";
            if (operation.Request is null || !(Bodies.TryGetValue(key, out var parse) || NestedOnly.TryGetValue(key, out parse)))
            {
                continue;
            }

            foreach (var (path, wrap, schema) in NestedObjects(schemas[operation.Request], string.Empty, inner => inner, depth: 0))
            {
                var body = JsonNode.Parse(wrap($"{{\"{Unknown}\": 0}}"))!.AsObject();
                foreach (var (member, value) in BaseMembers.GetValueOrDefault(key, []))
                {
                    if (!body.ContainsKey(member))
                    {
                        body[member] = JsonNode.Parse(value);
                    }
                }

                var errors = parse(Body(body.ToJsonString()));
                var field = $"{path}.{Unknown}";
                var refusal = errors.FirstOrDefault(e => e.Field == field && e.Reason.Contains("(known: ", StringComparison.Ordinal));
                checkedPaths.Add($"{key} {path}");
                if (refusal is null)
                {
                    failures.Add($"{key}: {field} was not refused ({string.Join("; ", errors)})");
                    continue;
                }

                var known = KnownList().Match(refusal.Reason).Groups[1].Value.Split(", ").Order(StringComparer.Ordinal);
                var documented = Properties(schema).Order(StringComparer.Ordinal);
                if (!known.SequenceEqual(documented))
                {
                    failures.Add($"{key}: {path} knows [{string.Join(", ", known)}] but documents [{string.Join(", ", documented)}]");
                }
            }
        }

        Assert.Contains("PublishArticle POST subject[0]", checkedPaths);
        Assert.Contains("CreateSubscriber POST preferences.topics.t1", checkedPaths);
        Assert.Empty(failures);
    }

    // Each object nested in schema: its path in a request (subject[0], preferences.topics.t1), how to wrap an object
    // placed there into a whole body, and its schema. The top level itself is not yielded.
    private static IEnumerable<(string Path, Func<string, string> Wrap, IOpenApiSchema Schema)> NestedObjects(
        IOpenApiSchema schema, string path, Func<string, string> wrap, int depth)
    {
        if (depth > 8)
        {
            yield break;
        }

        foreach (var branch in schema.OneOf ?? [])
        {
            foreach (var found in NestedObjects(branch, path, wrap, depth + 1))
            {
                yield return found;
            }
        }

        if (path.Length > 0 && schema.Type is { } type && type.HasFlag(JsonSchemaType.Object) && schema.AdditionalProperties is null)
        {
            yield return (path, wrap, schema);
        }

        foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            var step = path.Length == 0 ? name : $"{path}.{name}";
            foreach (var found in NestedObjects(property, step, inner => wrap($"{{\"{name}\": {inner}}}"), depth + 1))
            {
                yield return found;
            }
        }

        if (schema.Items is { } items)
        {
            foreach (var found in NestedObjects(items, $"{path}[0]", inner => wrap($"[{inner}]"), depth + 1))
            {
                yield return found;
            }
        }

        // A map's values (preferences.topics is keyed by topic id): one entry under a valid key.
        if (schema.AdditionalProperties is { } values)
        {
            foreach (var found in NestedObjects(values, $"{path}.t1", inner => wrap($"{{\"t1\": {inner}}}"), depth + 1))
            {
                yield return found;
            }
        }
    }

    // As SubscribersFunction.ChangeSettingsAsync reads its body: a new email or phone, then the settings.
    private static IReadOnlyList<FieldError> SettingsChange(JsonElement json)
    {
        var contacts = ContactChangeRequest.Parse(json, new TextablePhones([]));
        return [.. contacts.Errors, .. contacts.Settings is { } settings ? SubscriberRequestParser.ParseSettings(settings).Errors : []];
    }

    // As SubscribersFunction.ReplaceTopicsAsync reads its body: the top level, then each topic.
    private static IReadOnlyList<FieldError> TopicsChange(JsonElement json)
    {
        var errors = new List<FieldError>();
        KnownMembers.Refuse(json, "$", "a field of a topic change", SubscriberRequestParser.TopicsChangeFields, errors);
        SubscriberRequestParser.ParseTopics(json, errors);
        return errors;
    }

    private static string[] KnownOf(IReadOnlyList<FieldError> errors, string field)
    {
        // The unknown member's refusal (a parser may also judge its value, e.g. caps: "must be a whole number").
        var error = Assert.Single(errors, e => e.Field == field && e.Reason.Contains("(known: ", StringComparison.Ordinal));
        var match = KnownList().Match(error.Reason);
        Assert.True(match.Success, $"{field}: {error.Reason}");
        return match.Groups[1].Value.Split(", ");
    }

    private static IEnumerable<string> Properties(IOpenApiSchema schema) => schema.Properties?.Keys ?? [];

    internal static JsonElement Body(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    internal static async Task<OpenApiDocument> ReadBackAsync()
    {
        var json = await OpenApiDocumentFactory.Build(new Uri("https://alerts.example/")).SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1);
        return OpenApiDocument.Parse(json, "json").Document!;
    }

    [GeneratedRegex(@"\(known: ([^)]*)\)")]
    private static partial Regex KnownList();
}
