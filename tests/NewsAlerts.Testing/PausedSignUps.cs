namespace NewsAlerts.Testing;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.SignUps;

/// <summary>
/// The set-up of interleaving tests of sign-up writes (issue 16): a function host on the stack, its
/// <see cref="SignUpService"/>, and a second <see cref="SignUpService"/> over the host's store wrapped in a
/// <see cref="PausingSignUpStore"/>, so one writer can be stopped between its read and its write while the other runs.
/// Disposing releases any paused write, then stops the host.
/// </summary>
public sealed class PausedSignUps : IAsyncDisposable
{
    private PausedSignUps(TestFunctionHost host)
    {
        Host = host;
        SignUps = host.Services.GetRequiredService<SignUpService>();
        Pausing = new PausingSignUpStore(host.Services.GetRequiredService<ISignUpStore>());
        Paused = ActivatorUtilities.CreateInstance<SignUpService>(host.Services, Pausing);
    }

    /// <summary>How long a test waits for a paused writer to reach its pause or for a task to end.</summary>
    public static TimeSpan Deadline { get; } = TimeSpan.FromSeconds(60);

    /// <summary>The function host under test.</summary>
    public TestFunctionHost Host { get; }

    /// <summary>The host's sign-up service (never paused).</summary>
    public SignUpService SignUps { get; }

    /// <summary>The store that pauses <see cref="Paused"/>'s writes when asked.</summary>
    public PausingSignUpStore Pausing { get; }

    /// <summary>A sign-up service writing through <see cref="Pausing"/> (otherwise the host's services).</summary>
    public SignUpService Paused { get; }

    /// <summary>Starts a function host on <paramref name="stack"/> with the two services.</summary>
    public static async Task<PausedSignUps> StartAsync(RunningStack stack) => new(await TestFunctionHost.StartAsync(stack));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Pausing.Release();
        await Host.DisposeAsync();
    }
}
