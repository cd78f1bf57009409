namespace NewsAlerts.Cli.LocalHost;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

/// <summary>
/// Silences every log of a host, for every logger provider, from the moment <see cref="Silence"/> is called. <c>dev</c>
/// silences its host once the stack it runs on is gone: everything the host does while it stops (replica check-outs,
/// queue hand-backs) can then only fail, the one line that says the stack is gone has said why, and a person was shown
/// a stack trace per check-out instead (trial s42 #A). The logger factory re-reads its filter options when
/// <see cref="GetChangeToken"/>'s token fires, so loggers already made fall silent too.
/// </summary>
public sealed class HostLogSilence : IOptionsChangeTokenSource<LoggerFilterOptions>, IPostConfigureOptions<LoggerFilterOptions>
{
    private readonly Lock gate = new();
    private ConfigurationReloadToken changed = new();
    private volatile bool silent;

    /// <inheritdoc />
    public string? Name => Options.DefaultName;

    /// <summary>Whether the host's logs are silenced.</summary>
    public bool IsSilent => silent;

    /// <summary>Adds the silence to a host's services (before it is built).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<IOptionsChangeTokenSource<LoggerFilterOptions>>(this);
        services.AddSingleton<IPostConfigureOptions<LoggerFilterOptions>>(this);
    }

    /// <summary>From now on the host logs nothing. Safe to call more than once.</summary>
    public void Silence()
    {
        ConfigurationReloadToken fired;
        lock (gate)
        {
            if (silent)
            {
                return;
            }

            silent = true;
            // The options monitor asks for the next token as soon as this one fires: it gets one that has not.
            fired = changed;
            changed = new ConfigurationReloadToken();
        }

        fired.OnReload();
    }

    /// <inheritdoc />
    public IChangeToken GetChangeToken()
    {
        lock (gate)
        {
            return changed;
        }
    }

    /// <inheritdoc />
    public void PostConfigure(string? name, LoggerFilterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (silent)
        {
            // No rule may let anything through: the minimum level above Critical disables every logger.
            options.Rules.Clear();
            options.MinLevel = LogLevel.None;
        }
    }
}
