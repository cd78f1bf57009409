namespace NewsAlerts.Benchmarks;

/// <summary>Options common to every suite.</summary>
/// <param name="Quick">Run the small CI-sized version.</param>
/// <param name="Arguments">Suite-specific arguments that followed the suite name.</param>
public sealed record BenchmarkOptions(bool Quick, IReadOnlyList<string> Arguments);
