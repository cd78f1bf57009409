namespace NewsAlerts.Infrastructure.Tests.Tooling;

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

/// <summary>One resource of a compiled ARM template, with the (nested) template that declares it.</summary>
public sealed partial record TemplateResource(JsonObject Json, JsonObject Template)
{
    /// <summary>The resource type, e.g. <c>Microsoft.Storage/storageAccounts</c>.</summary>
    public string Type => (string)Json["type"]!;

    /// <summary>The name expression as compiled.</summary>
    public string Name => Json["name"]!.ToString();

    /// <summary>The <c>properties</c> object (empty when the resource has none).</summary>
    public JsonObject Properties => Json["properties"] as JsonObject ?? [];

    /// <summary>
    /// The name and properties of each copy of a resource declared in a loop over a template variable
    /// (<c>[for q in queues: ...]</c>), with <c>variables('queues')[copyIndex()].x</c> replaced by each item's value;
    /// for a resource without a loop, its last name segment and properties once.
    /// </summary>
    public IReadOnlyList<(string Name, JsonObject Properties)> Copies()
    {
        var count = Json["copy"]?["count"]?.ToString();
        var loop = count is null ? null : LoopVariable().Match(count);
        if (loop is null || !loop.Success)
        {
            return [(Name.Split('/')[^1].TrimEnd(']', ')', '\'', ' ').TrimStart('\''), Properties)];
        }

        var items = Template["variables"]?[loop.Groups[1].Value] as JsonArray ?? [];
        return items.Select(item => (item?["name"]?.ToString() ?? "?", Expand(Properties, item!.AsObject()))).ToList();
    }

    private static JsonObject Expand(JsonObject properties, JsonObject item)
    {
        var expanded = new JsonObject();
        foreach (var (key, value) in properties)
        {
            var field = value is JsonValue v && v.TryGetValue<string>(out var text) ? ItemField().Match(text) : null;
            expanded[key] = field is { Success: true } ? item[field.Groups[1].Value]?.DeepClone() : value?.DeepClone();
        }

        return expanded;
    }

    [GeneratedRegex(@"^\[length\(variables\('(\w+)'\)\)\]$")]
    private static partial Regex LoopVariable();

    [GeneratedRegex(@"^\[variables\('\w+'\)\[copyIndex\(\)\]\.(\w+)\]$")]
    private static partial Regex ItemField();
}
