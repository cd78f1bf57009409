namespace NewsAlerts.Infrastructure.Tests.Templates;

using System.Text.Json.Nodes;
using NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>The settings an app gets from the compiled template: Function App app settings, container environment variables.</summary>
public static class AppSettings
{
    /// <summary>The Function App's <c>siteConfig.appSettings</c> by name.</summary>
    public static IReadOnlyDictionary<string, string?> Read(TemplateResource site) =>
        (site.Properties["siteConfig"]?["appSettings"] as JsonArray ?? [])
            .ToDictionary(s => s!["name"]!.ToString(), s => s!["value"]?.ToString(), StringComparer.Ordinal);

    /// <summary>Every environment variable of every container of a container app.</summary>
    public static IReadOnlyList<(string Name, string? Value, string? SecretRef)> ContainerEnvironment(TemplateResource app) =>
        (app.Properties["template"]?["containers"] as JsonArray ?? [])
            .SelectMany(c => c?["env"] as JsonArray ?? [])
            .Select(e => (e!["name"]!.ToString(), e["value"]?.ToString(), e["secretRef"]?.ToString()))
            .ToList();

    /// <summary>The names of the settings an app resource gets, whatever its kind.</summary>
    public static IReadOnlySet<string> Names(TemplateResource app) =>
        app.Type.Equals("Microsoft.Web/sites", StringComparison.OrdinalIgnoreCase)
            ? Read(app).Keys.ToHashSet(StringComparer.Ordinal)
            : ContainerEnvironment(app).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
}
