namespace NewsAlerts.Cli.Operations;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure;
using NewsAlerts.Azure.Configuration;
using NewsAlerts.Cli.Commands;

/// <summary>
/// The Azure clients an operator command needs, from the same settings as the apps: <c>Storage:ConnectionString</c>
/// or <c>Storage:TableServiceUri</c>, <c>Storage:TablePrefix</c>, <c>ServiceBus:ConnectionString</c> or
/// <c>ServiceBus:FullyQualifiedNamespace</c> (managed identity or <c>az login</c> through DefaultAzureCredential).
/// Given as <c>--Storage:ConnectionString=...</c> or environment variables <c>NEWSALERTS_Storage__ConnectionString</c>.
/// </summary>
public static class OperatorServices
{
    /// <summary>A provider with the Azure adapters registered; settings are validated when a client is first asked for.</summary>
    public static ServiceProvider Build(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging();
        services.AddNewsAlertsAzure();
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Runs an operator command's work on the clients of <paramref name="arguments"/>'s settings. The settings are read
    /// lazily, as each client is first asked for (migrate needs no Service Bus), so a setting that fails its check, or that
    /// the binder cannot convert (<see cref="SettingConversion"/>), surfaces there: either ends the command with one line on
    /// standard error, <c>newsalerts &lt;command&gt;: configuration error: …</c> for a conversion, and exit code 1.
    /// </summary>
    /// <param name="command">The command's name, for the message (<c>migrate</c>, <c>deliveries</c>, <c>dlq</c>).</param>
    /// <param name="arguments">The command's arguments; the settings among them are read.</param>
    /// <param name="console">Where the one line goes.</param>
    /// <param name="work">The command's work; its exit code is returned.</param>
    public static async Task<int> RunAsync(string command, IReadOnlyList<string> arguments, CliConsole console, Func<ServiceProvider, Task<int>> work)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            var configuration = CliConfiguration.Build(arguments);
            var (local, line) = LocalStackSettings.Find(configuration);
            if (line is not null)
            {
                // On the error stream, so --json output stays JSON alone.
                await console.Error.WriteLineAsync($"newsalerts {command}: {line}");
                configuration = new ConfigurationBuilder().AddInMemoryCollection(local).AddConfiguration(configuration).Build();
            }

            await using var services = Build(configuration);
            return await work(services);
        }
        catch (OptionsValidationException ex)
        {
            await console.Error.WriteLineAsync($"newsalerts {command}: {ex.Message}");
            return 1;
        }
        catch (InvalidOperationException ex) when (SettingConversion.Describe(ex) is { } failure)
        {
            // A setting the binder cannot convert, read when a client is first asked for: one line, not a stack trace.
            await console.Error.WriteLineAsync($"newsalerts {command}: configuration error: {failure}");
            return 1;
        }
    }
}
