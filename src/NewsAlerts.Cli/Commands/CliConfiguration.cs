namespace NewsAlerts.Cli.Commands;

using Microsoft.Extensions.Configuration;
using NewsAlerts.Azure.Configuration;
using NewsAlerts.Cli.Stack;

/// <summary>Configuration for CLI commands: environment variables prefixed <c>NEWSALERTS_</c>, then the command line.</summary>
public static class CliConfiguration
{
    /// <summary>Builds the configuration from the environment and the command's arguments.</summary>
    public static IConfiguration Build(IReadOnlyList<string> arguments) =>
        new ConfigurationBuilder()
            .AddEnvironmentVariables("NEWSALERTS_")
            .AddCommandLine(SettingArguments(arguments))
            .Build();

    /// <summary>The arguments that set configuration (<c>--Section:Key=value</c>); flags such as <c>--once</c> are left out.</summary>
    public static string[] SettingArguments(IReadOnlyList<string> arguments) =>
        arguments.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)).ToArray();

    /// <summary>The stack options from the configuration.</summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A port or switch is not of its type; the failure names the setting.</exception>
    public static StackOptions StackOptions(IConfiguration configuration)
    {
        var options = new StackOptions();
        StartupSettings.Read(() =>
        {
            configuration.GetSection(Stack.StackOptions.SectionName).Bind(options);
            return options;
        });
        StartupSettings.CheckRanges(options, Stack.StackOptions.SectionName);
        return options;
    }
}
