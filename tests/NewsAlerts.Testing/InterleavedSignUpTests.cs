namespace NewsAlerts.Testing;

using NewsAlerts.Core.SignUps;
using Xunit;

/// <summary>
/// The set-up every interleaving test of sign-up writes shares (issue 16): a <see cref="PausedSignUps"/> started on the
/// class's stack before each test and stopped after it, with its two services and the pausing store at hand. A test
/// class derives from it and takes <see cref="StackFixture"/> as its class fixture.
/// </summary>
/// <param name="fixture">The class's stack.</param>
public abstract class InterleavedSignUpTests(StackFixture fixture) : IAsyncLifetime
{
    /// <summary>How long a test waits for a paused writer or a task (<see cref="PausedSignUps.Deadline"/>).</summary>
    protected static TimeSpan Deadline => PausedSignUps.Deadline;

    /// <summary>The host and services of the running test.</summary>
    protected PausedSignUps Set { get; private set; } = null!;

    /// <summary>The host's sign-up service (never paused).</summary>
    protected SignUpService SignUps => Set.SignUps;

    /// <summary>The store that pauses <see cref="Paused"/>'s writes when asked.</summary>
    protected PausingSignUpStore Pausing => Set.Pausing;

    /// <summary>A sign-up service writing through <see cref="Pausing"/>.</summary>
    protected SignUpService Paused => Set.Paused;

    /// <inheritdoc />
    public async Task InitializeAsync() => Set = await PausedSignUps.StartAsync(fixture.Stack);

    /// <inheritdoc />
    public async Task DisposeAsync() => await Set.DisposeAsync();
}
