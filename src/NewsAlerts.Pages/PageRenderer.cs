namespace NewsAlerts.Pages;

using Microsoft.AspNetCore.Components;
using NewsAlerts.Channels.Templates;

/// <summary>
/// Renders the page components to HTML documents with the project's one template engine (<see cref="RazorTemplates"/>,
/// Razor components through <c>HtmlRenderer</c>, as for emails). Every value a component writes is HTML-encoded by
/// Razor; the direction characters the shared sentence builders put around values become <c>&lt;bdi&gt;</c> markup
/// (<see cref="Layout.PageIsolates"/>), so no page carries them. Thread-safe; register once as a singleton.
/// </summary>
/// <param name="templates">The renderer shared with emails.</param>
public sealed class PageRenderer(RazorTemplates templates)
{
    /// <summary>Renders <typeparamref name="TComponent"/> with <paramref name="parameters"/> to an HTML document.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent =>
        "<!DOCTYPE html>\n" + Layout.PageIsolates.Markup(await templates.RenderAsync<TComponent>(parameters));
}
