namespace NewsAlerts.Cli.LocalHost;

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsAlerts.Azure.Telemetry;
using NewsAlerts.Dispatcher;
using NewsAlerts.Functions;

/// <summary>
/// Serves the Function App's HTTP and timer functions on 127.0.0.1 without Azure Functions Core Tools, with the
/// same service registration as the Function App's Program.
/// </summary>
public static class LocalFunctionHost
{
    /// <summary>The longest request line (method, path, query and version) the local host reads: 64 KiB.</summary>
    public const int MaxRequestLineBytes = 64 * 1024;

    /// <summary>
    /// Validates every option checked at start (<c>ValidateOnStart</c>), then starts <paramref name="app"/>. Validating
    /// first keeps a configuration error to its one message: started with bad options, the generic host logs "Hosting
    /// failed to start" with the exception's stack trace before the caller can print it (trial r37 #5).
    /// </summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A setting is wrong; its failures name the setting.</exception>
    public static async Task StartValidatedAsync(WebApplication app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        NewsAlerts.Azure.Configuration.StartupSettings.Validate(app.Services);
        await app.StartAsync(cancellationToken);
    }

    /// <summary>Builds the host; start it with <see cref="StartValidatedAsync"/> (options are validated then).</summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException"><c>LocalHost:Port</c> is not a whole number.</exception>
    public static WebApplication Build(LocalHostSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var catalog = FunctionCatalog.Discover([.. setup.FunctionAssemblies]);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. setup.Arguments],
            ContentRootPath = setup.ContentRoot,
            ApplicationName = typeof(LocalFunctionHost).Assembly.GetName().Name,
        });
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = LocalSettingsFile.ReadValues(setup.ContentRoot),
        });
        builder.Configuration.AddInMemoryCollection(setup.Settings);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (setup.LogToStandardError)
        {
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        }


        var port = NewsAlerts.Azure.Configuration.StartupSettings.Read(() => builder.Configuration.GetValue($"{LocalHostOptions.SectionName}:Port", 7071));
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            // Kestrel answers a request line over its limit (8 KiB by default) with an empty 414 before any function
            // runs. The longest query a function reads whole (the topic builder's six fields of up to 1,000 characters,
            // percent-encoded UTF-8: 9 bytes each at most) fits in 64 KiB, so such a function names the long field itself.
            kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes;
        });

        builder.Services.AddNewsAlertsFunctionApp();
        builder.Services.AddNewsAlertsOpenTelemetry(builder.Configuration, "newsalerts-local");
        if (setup.RunDispatcher)
        {
            builder.Services.AddNewsAlertsDispatcher();
        }

        builder.Services.AddMvcCore();
        builder.Services.AddProblemDetails();
        builder.Services.AddOptions<LocalHostOptions>().BindConfiguration(LocalHostOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton<FunctionKeyAuthorizer>();
        builder.Services.AddSingleton<NewsAlerts.Functions.Editors.IDevSignInKeys, LocalDevSignInKeys>();
        builder.Services.AddHostedService<TimerFunctionScheduler>();
        // Every hosted service (queue workers, replica refreshers, timers) is told to stop at once, not one after
        // another: a refresher waiting its turn keeps calling storage that may be stopping too.
        builder.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(host => host.ServicesStopConcurrently = true);
        setup.ConfigureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseMiddleware<RoutingProblemsMiddleware>();
        app.MapFunctionEndpoints(catalog, HostJson.RoutePrefix(setup.ContentRoot));
        app.MapPost("/admin/functions/{name}", RunFunctionNowAsync);
        return app;
    }

    /// <summary>The base address the host listens on once started.</summary>
    public static Uri BaseAddress(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return new Uri(app.Urls.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    // As in the Functions host: POST /admin/functions/{name} with the master key runs a non-HTTP function now.
    private static async Task<IResult> RunFunctionNowAsync(string name, HttpContext context, FunctionCatalog catalog, FunctionKeyAuthorizer authorizer)
    {
        var function = catalog.Functions.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase) && f.Timer is not null);
        if (function is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: $"No timer function named '{name}'.");
        }

        if (!authorizer.IsAuthorized(function with { Http = null }, context.Request))
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: "Running a function needs the master key.");
        }

        var timer = new Microsoft.Azure.Functions.Worker.TimerInfo { IsPastDue = false };
        await FunctionInvoker.InvokeTimerAsync(function, context.RequestServices, timer, context.RequestAborted);
        return Results.Accepted();
    }
}
