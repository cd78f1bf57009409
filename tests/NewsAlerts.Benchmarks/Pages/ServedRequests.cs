namespace NewsAlerts.Benchmarks.Pages;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

/// <summary>
/// Marks the host's work on each request it serves (first in its pipeline), so a count taken inside the host
/// (<see cref="Feeds.RequestCounts"/>) can tell a page's own storage round trips from the host's background work
/// (timers, refreshes), which runs on the same stores meanwhile.
/// </summary>
internal sealed class ServedRequests : IStartupFilter
{
    private static readonly AsyncLocal<bool> Serving = new();

    /// <summary>Whether the current flow is serving a request.</summary>
    public static bool InRequest => Serving.Value;

    /// <inheritdoc />
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, then) =>
        {
            Serving.Value = true;
            await then(context);
        });
        next(app);
    };
}
