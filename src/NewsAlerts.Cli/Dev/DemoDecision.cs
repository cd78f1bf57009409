namespace NewsAlerts.Cli.Dev;

/// <summary>What <see cref="DemoAudience.Decide"/> decided.</summary>
/// <param name="Runs">Whether the demo (its story, subscribers and feeds) runs.</param>
/// <param name="Line">The one line said about it; null when there is nothing to say.</param>
public sealed record DemoDecision(bool Runs, string? Line);
