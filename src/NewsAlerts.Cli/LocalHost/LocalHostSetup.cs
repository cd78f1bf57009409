namespace NewsAlerts.Cli.LocalHost;

using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Functions;

/// <summary>What the local host serves and with which settings.</summary>
public sealed class LocalHostSetup
{
    /// <summary>Assemblies whose <c>[Function]</c> methods are served; the Function App's by default.</summary>
    public IReadOnlyList<Assembly> FunctionAssemblies { get; init; } = [typeof(FunctionAppServices).Assembly];

    /// <summary>Settings that override local.settings.json, environment and command line (e.g. the local stack's endpoints).</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Command-line arguments, read as configuration (<c>--LocalHost:Port=7072</c>).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The folder holding host.json and local.settings.json; the application's folder by default.</summary>
    public string ContentRoot { get; init; } = AppContext.BaseDirectory;

    /// <summary>Whether the Dispatcher's queue workers run in the host too (as <c>newsalerts dev</c> does).</summary>
    public bool RunDispatcher { get; init; } = true;

    /// <summary>Whether every log line goes to standard error (so standard output carries only a command's result).</summary>
    public bool LogToStandardError { get; init; }

    /// <summary>Extra service registrations after the Function App's own (tests use it to observe functions).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
}
