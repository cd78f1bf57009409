namespace NewsAlerts.Azure.Configuration;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;

/// <summary>
/// Checks the settings before a host starts, so every wrong setting ends start-up with one line per failure
/// ("configuration error: Setting 'X' …" or "configuration error: X: 'abc' is not a whole number …") and exit code 1,
/// never a stack trace: the checks of the options validators and the conversions of the configuration binder alike.
/// </summary>
public static class StartupSettings
{
    /// <summary>Runs every check registered with <c>ValidateOnStart</c> in <paramref name="services"/>.</summary>
    /// <exception cref="OptionsValidationException">
    /// A setting fails its check or cannot be converted to its type (an item of a list or dictionary setting included,
    /// <see cref="SettingConversion.CollectionFailures"/>); <see cref="OptionsValidationException.Failures"/> holds one
    /// line per failure naming the setting (several options classes failing give one exception with all lines).
    /// </exception>
    public static void Validate(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var validator = services.GetService<IStartupValidator>();
        // Items of list and dictionary settings the binder would drop without a word fail as any other setting does.
        var failures = SettingConversion.CollectionFailures(services).ToList();
        try
        {
            Read(() =>
            {
                validator?.Validate();
                return validator;
            });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            // The host's validator throws one exception per failing options class together.
            failures.AddRange(ex.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures));
        }
        catch (OptionsValidationException ex)
        {
            failures.AddRange(ex.Failures);
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(object), failures);
        }
    }

    /// <summary>Reads settings with <paramref name="bind"/> (a <c>Bind</c>, <c>Get</c> or <c>GetValue</c> of the configuration).</summary>
    /// <exception cref="OptionsValidationException">A value cannot be converted to its type; the failure names the setting.</exception>
    public static T Read<T>(Func<T> bind)
    {
        ArgumentNullException.ThrowIfNull(bind);
        try
        {
            return bind();
        }
        catch (InvalidOperationException ex) when (SettingConversion.Describe(ex) is { } failure)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(T), [failure]);
        }
    }

    /// <summary>
    /// Checks every numeric (whole, fractional, duration) setting of <paramref name="options"/>, bound from <paramref name="section"/> outside a
    /// host (the CLI's <c>Stack</c> and <c>LocalHost</c> settings), against its declared range (<see cref="SettingRange.Failures"/>).
    /// </summary>
    /// <exception cref="OptionsValidationException">A setting is out of its range; one failure line per setting.</exception>
    public static void CheckRanges(object options, string section)
    {
        var failures = SettingRange.Failures(options, section).ToList();
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, options.GetType(), failures);
        }
    }

    /// <summary>
    /// Checks the settings (<see cref="Validate"/>), then runs <paramref name="host"/> until it stops. A wrong setting
    /// writes one line per failure to <paramref name="error"/>: <c>configuration error: &lt;failure&gt;</c>.
    /// </summary>
    /// <returns>The process's exit code: 1 when a setting is wrong, otherwise 0 once the host has stopped.</returns>
    public static async Task<int> RunAsync(IHost host, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            Validate(host.Services);
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
            {
                await error.WriteLineAsync($"configuration error: {failure}");
            }

            return 1;
        }

        await host.RunAsync();
        return 0;
    }
}
