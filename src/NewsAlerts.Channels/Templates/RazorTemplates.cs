namespace NewsAlerts.Channels.Templates;

using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

/// <summary>
/// Renders Razor components to HTML strings with <see cref="HtmlRenderer"/> (the project's one template engine, for
/// emails and pages alike). Thread-safe: one renderer, whose dispatcher serialises renders; register once as a singleton.
/// </summary>
public sealed class RazorTemplates : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly HtmlRenderer renderer;

    /// <summary>
    /// Creates the renderer (components get no services: templates are pure functions of their parameters). Its HTML
    /// encoder still escapes markup (<c>&lt; &gt; &amp; ' " +</c>) but writes letters of every script as themselves, so a
    /// French or Arabic page is not sent as one numeric entity per letter (<see cref="HtmlEncoder.Default"/> passes Basic Latin only).
    /// </summary>
    public RazorTemplates()
    {
        services = new ServiceCollection().AddSingleton(HtmlEncoder.Create(UnicodeRanges.All)).BuildServiceProvider();
        renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
    }

    /// <summary>Renders <typeparamref name="TComponent"/> with <paramref name="parameters"/> to an HTML string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
    }
}
