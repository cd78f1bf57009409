namespace NewsAlerts.Testing;

using System.Security.Cryptography;
using NewsAlerts.Cli.Stack;
using Xunit;

/// <summary>A class fixture that gives integration tests the process's running local stack.</summary>
public sealed class StackFixture : IAsyncLifetime
{
    private RunningStack? stack;

    /// <summary>The running stack.</summary>
    public RunningStack Stack => stack ?? throw new InvalidOperationException("The stack fixture has not been initialised.");

    /// <summary>A name no other test uses: letters and digits, starting with a letter (valid for tables, queues and containers).</summary>
    public static string UniqueName(string prefix) =>
        (prefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(6))).ToLowerInvariant();

    /// <inheritdoc />
    public async Task InitializeAsync() => stack = await SharedStack.GetAsync();

    /// <inheritdoc />
    public Task DisposeAsync() => Task.CompletedTask;
}
