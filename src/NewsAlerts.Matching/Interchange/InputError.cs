namespace NewsAlerts.Matching.Interchange;

/// <summary>A problem in an input file, naming the line (1-based).</summary>
public sealed record InputError(int Line, string Reason)
{
    /// <summary>"line 3: unclosed quote at column 14".</summary>
    public override string ToString() => $"line {Line}: {Reason}";
}
