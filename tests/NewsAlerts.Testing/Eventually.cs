namespace NewsAlerts.Testing;

/// <summary>Waits for a condition by polling with a deadline, never by a fixed sleep.</summary>
public static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> until it holds; throws with <paramref name="what"/> when the deadline passes.</summary>
    public static Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        Cli.Stack.Polling.UntilAsync(condition, what, timeout ?? TimeSpan.FromSeconds(30));
}
