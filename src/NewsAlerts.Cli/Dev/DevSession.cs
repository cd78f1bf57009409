namespace NewsAlerts.Cli.Dev;

using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NewsAlerts.Cli.Commands;
using NewsAlerts.Cli.LocalHost;
using NewsAlerts.Cli.Stack;

/// <summary>One run of <c>newsalerts dev</c>: stack up, host up, health report, then wait or exit; stops what it started.</summary>
public sealed class DevSession(IReadOnlyList<string> arguments, CliConsole console)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Runs the session; returns 0 when everything came up healthy.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var once = arguments.Contains("--once");
        var configuration = CliConfiguration.Build(arguments);
        RunningStack? stack = null;
        WebApplication? host = null;
        try
        {
            var stackOptions = CliConfiguration.StackOptions(configuration);
            var paths = StackPaths.Locate(stackOptions.DataDirectory);
            EnsureHostPortFree(configuration);
            stack = await LocalStack.StartAsync(stackOptions, paths, once ? console.Error : console.Out, cancellationToken);
            ServiceProcess.StopWhenOwnerExits(Environment.ProcessId, stack.Started);
            host = LocalFunctionHost.Build(new LocalHostSetup { Settings = stack.AppSettings, Arguments = CliConfiguration.SettingArguments(arguments) });
            await host.StartAsync(cancellationToken);
            var baseAddress = LocalFunctionHost.BaseAddress(host);
            var health = await HealthProbe.GetAsync(baseAddress, cancellationToken);
            var urls = Urls(baseAddress, stack);
            if (once)
            {
                var summary = new { healthStatusCode = health.StatusCode, health = health.Body, urls };
                await console.Out.WriteLineAsync(JsonSerializer.Serialize(summary, Indented));
                return health.StatusCode == 200 ? 0 : 1;
            }

            await WriteBannerAsync(urls, health);
            await WaitForCancellationAsync(cancellationToken);
            return 0;
        }
        catch (StackConfigurationException ex)
        {
            await console.Error.WriteLineAsync($"newsalerts dev: {ex.Message}");
            return 1;
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
            {
                await console.Error.WriteLineAsync($"newsalerts dev: configuration error: {failure}");
            }

            return 1;
        }
        finally
        {
            if (host is not null)
            {
                await host.StopAsync(CancellationToken.None);
                await host.DisposeAsync();
            }

            if (stack is not null)
            {
                await LocalStack.StopAsync(stack.Paths, stack.Started, CancellationToken.None);
            }
        }
    }

    private static void EnsureHostPortFree(IConfiguration configuration)
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(LocalSettingsFile.ReadValues(AppContext.BaseDirectory)).AddConfiguration(configuration).Build();
        var port = settings.GetValue($"{LocalHostOptions.SectionName}:Port", 7071);
        if (port != 0 && !Ports.IsFree(port))
        {
            throw new StackConfigurationException(
                $"Port {port} (LocalHost:Port) is already in use by another process. Pass --LocalHost:Port=<free port> or set NEWSALERTS_LocalHost__Port.");
        }
    }

    private static Dictionary<string, string> Urls(Uri baseAddress, RunningStack stack) => new()
    {
        ["functions"] = new Uri(baseAddress, "api/").ToString(),
        ["health"] = new Uri(baseAddress, "api/health").ToString(),
        ["emailInbox"] = stack.SmtpInbox.ToString(),
        ["storage"] = stack.StorageConnectionString,
        ["dataDirectory"] = stack.Paths.DataDirectory,
    };

    private async Task WriteBannerAsync(Dictionary<string, string> urls, HealthProbe.Result health)
    {
        await console.Out.WriteLineAsync();
        await console.Out.WriteLineAsync("NewsAlerts is running locally");
        await console.Out.WriteLineAsync($"  Functions        {urls["functions"]}");
        await console.Out.WriteLineAsync($"  Health           {urls["health"]}");
        await console.Out.WriteLineAsync($"  Email inbox      {urls["emailInbox"]}");
        await console.Out.WriteLineAsync($"  Data and logs    {urls["dataDirectory"]}");
        await console.Out.WriteLineAsync();
        await console.Out.WriteLineAsync($"Health ({health.StatusCode}):");
        await console.Out.WriteLineAsync(JsonSerializer.Serialize(health.Body, Indented));
        await console.Out.WriteLineAsync();
        await console.Out.WriteLineAsync("Press Ctrl+C to stop; everything started here is stopped too.");
    }

    private static async Task WaitForCancellationAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: fall through to the clean-up.
        }
    }
}
