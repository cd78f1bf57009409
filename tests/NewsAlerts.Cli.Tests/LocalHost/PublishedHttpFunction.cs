namespace NewsAlerts.Cli.Tests.LocalHost;

using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>An HTTP function as the published <c>functions.metadata</c> lists it (what the Functions host in Azure reads).</summary>
public sealed partial record PublishedHttpFunction(string Name, string Route, string[] Methods, string AuthLevel)
{
    /// <summary>Whether the function needs no key.</summary>
    public bool IsAnonymous => string.Equals(AuthLevel, "Anonymous", StringComparison.OrdinalIgnoreCase);

    /// <summary>The HTTP functions in a <c>functions.metadata</c> file.</summary>
    public static IReadOnlyList<PublishedHttpFunction> ReadAll(string metadataPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(metadataPath));
        var result = new List<PublishedHttpFunction>();
        foreach (var function in document.RootElement.EnumerateArray())
        {
            var name = function.GetProperty("name").GetString()!;
            foreach (var binding in function.GetProperty("bindings").EnumerateArray())
            {
                if (binding.GetProperty("type").GetString() != "httpTrigger")
                {
                    continue;
                }

                var route = binding.TryGetProperty("route", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : name;
                var methods = binding.TryGetProperty("methods", out var m) && m.ValueKind == JsonValueKind.Array
                    ? m.EnumerateArray().Select(x => x.GetString()!.ToUpperInvariant()).ToArray()
                    : ["GET", "POST"];
                result.Add(new PublishedHttpFunction(name, route.Trim('/'), methods, binding.GetProperty("authLevel").GetString()!));
            }
        }

        return result;
    }

    /// <summary>
    /// The route with every parameter replaced: an <c>:int</c> one by 1, one that must be empty (<c>:maxlength(0)</c>, the
    /// site root) by nothing, others by <paramref name="value"/>.
    /// </summary>
    public string RouteWith(Func<string> value) =>
        RouteParameter().Replace(Route, m =>
            m.Value.Contains(":int", StringComparison.Ordinal) ? "1"
            : m.Value.Contains(":maxlength(0)", StringComparison.Ordinal) ? string.Empty
            : value());

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
