namespace NewsAlerts.Infrastructure.Tests.Tooling;

/// <summary>What a finished process printed and returned.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Both streams, for assertion messages.</summary>
    public string AllOutput => StandardOutput + StandardError;
}
