namespace NewsAlerts.Benchmarks.Digests;

/// <summary>Two variants timed in alternating rounds: median times, median ratio B / A and its lowest and highest round.</summary>
internal sealed record PairedResult(TimeSpan Baseline, TimeSpan Candidate, double Ratio, double LowestRatio, double HighestRatio, int Rounds);
