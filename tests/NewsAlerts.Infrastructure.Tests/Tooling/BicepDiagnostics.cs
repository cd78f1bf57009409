namespace NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>The warning and error lines Bicep prints (<c>file(line,col) : Warning rule: message</c>).</summary>
public static class BicepDiagnostics
{
    /// <summary>Every diagnostic line in Bicep's output.</summary>
    public static IReadOnlyList<string> In(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.Contains(" : Warning ", StringComparison.Ordinal) || l.Contains(" : Error ", StringComparison.Ordinal))
            .ToList();
}
