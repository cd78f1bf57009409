namespace NewsAlerts.Pages;

using System.Text.Json;
using NewsAlerts.Pages.Fields;

/// <summary>The pages' static assets, embedded in this assembly and read once, and the time zone aliases the zone script reads (<see cref="ZoneChoices.Aliases"/>, built once).</summary>
public static class PageAssets
{
    private static readonly Dictionary<string, PageAsset> All = new(StringComparer.Ordinal)
    {
        ["pages.css"] = Load("pages.css", "text/css; charset=utf-8"),
        ["timezone.js"] = Load("timezone.js", "text/javascript; charset=utf-8"),
        ["topicbuilder.js"] = Load("topicbuilder.js", "text/javascript; charset=utf-8"),
        ["storystatus.js"] = Load("storystatus.js", "text/javascript; charset=utf-8"),
        ["favicon.svg"] = Load("favicon.svg", "image/svg+xml"),
        ["zonealiases.json"] = new PageAsset(JsonSerializer.SerializeToUtf8Bytes(ZoneChoices.Aliases), "application/json; charset=utf-8"),
    };

    /// <summary>The names of every asset, for errors that list them.</summary>
    public static IReadOnlyCollection<string> Names => All.Keys;

    /// <summary>The asset called <paramref name="name"/>, or null.</summary>
    public static PageAsset? Find(string name) => All.GetValueOrDefault(name);

    private static PageAsset Load(string name, string contentType)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream($"NewsAlerts.Pages.Assets.{name}")
            ?? throw new InvalidOperationException($"The page asset {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new PageAsset(copy.ToArray(), contentType);
    }
}
