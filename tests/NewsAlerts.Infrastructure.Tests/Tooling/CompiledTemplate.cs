namespace NewsAlerts.Infrastructure.Tests.Tooling;

using System.Text.Json.Nodes;

/// <summary>The ARM JSON that <c>bicep build</c> made of main.bicep, with the modules' nested templates flattened.</summary>
public sealed class CompiledTemplate(JsonObject json)
{
    /// <summary>The compiled JSON itself.</summary>
    public JsonObject Json { get; } = json;

    /// <summary>Every resource of the template and of every nested module template (the module deployments too).</summary>
    public IReadOnlyList<TemplateResource> Resources { get; } = Flatten(json).ToList();

    /// <summary>The resources of one type.</summary>
    public IReadOnlyList<TemplateResource> OfType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The single resource of a type; fails when there is none or more than one.</summary>
    public TemplateResource Single(string type)
    {
        var found = OfType(type);
        return found.Count == 1
            ? found[0]
            : throw new InvalidOperationException($"Expected one {type} in the template, found {found.Count}.");
    }

    private static IEnumerable<TemplateResource> Flatten(JsonObject template)
    {
        foreach (var node in template["resources"] as JsonArray ?? [])
        {
            var resource = node!.AsObject();
            yield return new TemplateResource(resource, template);
            if ((string?)resource["type"] == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested)
            {
                foreach (var inner in Flatten(nested))
                {
                    yield return inner;
                }
            }
        }
    }
}
