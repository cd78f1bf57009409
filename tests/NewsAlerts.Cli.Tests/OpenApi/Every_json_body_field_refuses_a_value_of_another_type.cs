namespace NewsAlerts.Cli.Tests.OpenApi;

using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using NewsAlerts.Functions.OpenApi;
using Bodies = NewsAlerts.Cli.Tests.OpenApi.Every_json_body_documents_exactly_the_members_its_endpoint_accepts;

/// <summary>
/// Trial s40 #2: <c>topics[].exact</c> took a string, a number or an object and answered 202. Every field of every JSON
/// body the OpenAPI contract documents (derived from the document, so a new field is covered when it is documented) is
/// sent alone with a value of another JSON type, and its parser (as its function reads it) must refuse it naming that
/// field's path. The ninjs article body is in too (review r41): a field ninjs gives more than one shape (<c>version</c>
/// a number or text, a subject a string or an object) is documented as a oneOf, and a value of none of its types is
/// sent; a wrong type in a subject's <c>code</c> is named <c>subject[0].code</c>, not <c>subject[0]</c>.
/// </summary>
public sealed class Every_json_body_field_refuses_a_value_of_another_type
{
    [Fact]
    public async Task Each_documented_field_given_another_json_type_is_refused_by_its_name()
    {
        var schemas = (await Bodies.ReadBackAsync()).Components!.Schemas!;
        var checkedFields = new List<string>();
        var failures = new List<string>();
        foreach (var operation in ApiContract.Operations)
        {
            var key = $"{operation.Function} {operation.Method}";
            if (operation.Request is null || !(Bodies.Bodies.TryGetValue(key, out var parse) || Bodies.NestedOnly.TryGetValue(key, out parse)))
            {
                continue;
            }

            foreach (var (path, wrap, schema) in Fields(schemas[operation.Request], string.Empty, inner => inner, depth: 0))
            {
                var body = JsonNode.Parse(wrap(WrongValue(schema)))!.AsObject();
                foreach (var (member, value) in Bodies.BaseMembers.GetValueOrDefault(key, []))
                {
                    body.TryAdd(member, JsonNode.Parse(value));
                }

                var errors = parse(Bodies.Body(body.ToJsonString()));
                checkedFields.Add($"{key} {path}");
                if (!errors.Any(e => e.Field == path))
                {
                    failures.Add($"{key}: {path} = {WrongValue(schema)} was not refused by its name ({string.Join("; ", errors)})");
                }
            }
        }

        Assert.Contains("CreateSubscriber POST topics[0].exact", checkedFields);
        Assert.Contains("ReplaceSubscriberTopics PUT topics[0].exact", checkedFields);
        Assert.Contains("ChangeSubscriberSettings PATCH preferences.quietHours.flashThrough", checkedFields);
        Assert.Contains("PublishArticle POST subject[0].code", checkedFields);
        Assert.Contains("PublishArticle POST version", checkedFields);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    // Values of one JSON type each, tried in order.
    private static readonly (string Value, JsonSchemaType Type)[] Candidates =
        [("true", JsonSchemaType.Boolean), ("12345", JsonSchemaType.Integer | JsonSchemaType.Number), ("\"x\"", JsonSchemaType.String), ("{}", JsonSchemaType.Object)];

    // A JSON value of a type the schema (no branch of a oneOf either) allows.
    private static string WrongValue(IOpenApiSchema schema)
    {
        var allowed = (schema.OneOf ?? []).Aggregate(schema.Type ?? 0, (types, branch) => types | (branch.Type ?? 0));
        return Candidates.First(c => (allowed & c.Type) == 0).Value;
    }

    // Every field of schema with its path (topics[0].exact, preferences.topics.t1.email), how to place a value there in
    // a whole body, and its schema: each property, each array's first item, each map's value, each branch of a oneOf.
    internal static IEnumerable<(string Path, Func<string, string> Wrap, IOpenApiSchema Schema)> Fields(
        IOpenApiSchema schema, string path, Func<string, string> wrap, int depth)
    {
        if (depth > 8)
        {
            yield break;
        }

        if (path.Length > 0)
        {
            yield return (path, wrap, schema);
        }

        var children = (schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
            .Select(p => (Path: path.Length == 0 ? p.Key : $"{path}.{p.Key}", Wrap: (Func<string, string>)(inner => wrap($"{{\"{p.Key}\": {inner}}}")), Schema: p.Value))
            .Concat(schema.Items is { } items ? [($"{path}[0]", inner => wrap($"[{inner}]"), items)] : [])
            .Concat(schema.AdditionalProperties is { } values ? [($"{path}.t1", inner => wrap($"{{\"t1\": {inner}}}"), values)] : []);
        foreach (var child in children)
        {
            foreach (var found in Fields(child.Schema, child.Path, child.Wrap, depth + 1))
            {
                yield return found;
            }
        }

        // A oneOf's object branch (a topic object): its fields, not the branch itself (the oneOf was yielded above).
        foreach (var branch in (schema.OneOf ?? []).Where(b => b.Properties is { Count: > 0 }))
        {
            foreach (var found in Fields(branch, path, wrap, depth + 1).Where(f => f.Path != path))
            {
                yield return found;
            }
        }
    }
}
