namespace NewsAlerts.Infrastructure.Tests.Templates;

using System.Text.Json.Nodes;
using NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>The settings an app gets from the compiled template: Function App app settings, container environment variables.</summary>
public static class AppSettings
{
    /// <summary>
    /// The Function App's app settings by name: its <c>siteConfig.appSettings</c> and the properties of the
    /// <c>sites/config</c> resource named <c>appsettings</c> declared beside it (a separate resource, so that settings
    /// can use the site's own default host name).
    /// </summary>
    public static IReadOnlyDictionary<string, string?> Read(TemplateResource site)
    {
        var settings = (site.Properties["siteConfig"]?["appSettings"] as JsonArray ?? [])
            .ToDictionary(s => s!["name"]!.ToString(), s => s!["value"]?.ToString(), StringComparer.Ordinal);
        var configs = (site.Template["resources"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(r => string.Equals((string?)r["type"], "Microsoft.Web/sites/config", StringComparison.OrdinalIgnoreCase)
                && r["name"]?.ToString().Contains("'appsettings'", StringComparison.Ordinal) == true);
        foreach (var config in configs)
        {
            foreach (var (name, value) in config["properties"] as JsonObject ?? [])
            {
                settings[name] = value?.ToString();
            }
        }

        return settings;
    }

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
