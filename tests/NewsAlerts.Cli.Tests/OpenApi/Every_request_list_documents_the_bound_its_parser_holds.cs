namespace NewsAlerts.Cli.Tests.OpenApi;

using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using NewsAlerts.Core.Validation;
using NewsAlerts.Functions.OpenApi;
using Bodies = NewsAlerts.Cli.Tests.OpenApi.Every_json_body_documents_exactly_the_members_its_endpoint_accepts;
using Types = NewsAlerts.Cli.Tests.OpenApi.Every_json_body_field_refuses_a_value_of_another_type;

/// <summary>
/// Review r41: the bound on every list of a request body (<see cref="ListBounds"/>) and the lower bounds the parsers hold
/// (<c>topics</c> 50, <c>languages</c> 20, <c>subject</c> 100) were not in the OpenAPI contract. Every list of every
/// documented request body (found by walking the schemas, so a new one is covered) must give <c>maxItems</c>, at most
/// <see cref="ListBounds.MaxItems"/>, and its parser must agree: a list of <c>maxItems</c> items is not refused for its
/// length, one of <c>maxItems + 1</c> is, by the list's path.
/// </summary>
public sealed class Every_request_list_documents_the_bound_its_parser_holds
{
    // An item each list's parser takes, by the list's path; text for any other.
    private static readonly Dictionary<string, string> Items = new(StringComparer.Ordinal)
    {
        ["topics"] = "\"Syria\"",
        ["languages"] = "\"fr\"",
        ["subject"] = "\"politics\"",
    };

    [Fact]
    public async Task Each_list_gives_maxItems_and_its_parser_refuses_one_item_more_by_its_path()
    {
        var schemas = (await Bodies.ReadBackAsync()).Components!.Schemas!;
        var checkedLists = new List<string>();
        var failures = new List<string>();
        foreach (var operation in ApiContract.Operations)
        {
            var key = $"{operation.Function} {operation.Method}";
            if (operation.Request is null || !(Bodies.Bodies.TryGetValue(key, out var parse) || Bodies.NestedOnly.TryGetValue(key, out parse)))
            {
                continue;
            }

            foreach (var (path, wrap, schema) in Types.Fields(schemas[operation.Request], string.Empty, inner => inner, depth: 0)
                .Where(f => f.Schema.Type is { } type && type.HasFlag(JsonSchemaType.Array)))
            {
                checkedLists.Add($"{key} {path}");
                if (schema.MaxItems is not { } max || max > ListBounds.MaxItems)
                {
                    failures.Add($"{key}: {path} gives maxItems {schema.MaxItems?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}; at most {ListBounds.MaxItems} is needed");
                    continue;
                }

                var item = Items.GetValueOrDefault(path, "\"x\"");
                if (ErrorsOf(parse, key, wrap, item, max).Any(e => e.Field == path))
                {
                    failures.Add($"{key}: {path} of {max} items (maxItems) was refused by its length");
                }

                if (!ErrorsOf(parse, key, wrap, item, max + 1).Any(e => e.Field == path))
                {
                    failures.Add($"{key}: {path} of {max + 1} items (maxItems + 1) was not refused by its path");
                }
            }
        }

        Assert.Contains("CreateSubscriber POST topics", checkedLists);
        Assert.Contains("ChangeSubscriberSettings PATCH languages", checkedLists);
        Assert.Contains("PublishArticle POST subject", checkedLists);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static IReadOnlyList<FieldError> ErrorsOf(
        Func<System.Text.Json.JsonElement, IReadOnlyList<FieldError>> parse, string key, Func<string, string> wrap, string item, int count)
    {
        var body = JsonNode.Parse(wrap($"[{string.Join(',', Enumerable.Repeat(item, count))}]"))!.AsObject();
        foreach (var (member, value) in Bodies.BaseMembers.GetValueOrDefault(key, []))
        {
            body.TryAdd(member, JsonNode.Parse(value));
        }

        return parse(Bodies.Body(body.ToJsonString()));
    }
}
