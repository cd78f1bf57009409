namespace NewsAlerts.Benchmarks.Digests;

/// <summary>Two variants timed in alternating rounds: median times (ms), median ratio B / A with its lowest and highest round, the wall-clock median ratio, and the clock used.</summary>
internal sealed record PairedResult(
    double BaselineMilliseconds, double CandidateMilliseconds, double Ratio, double LowestRatio, double HighestRatio, double WallRatio, int Rounds, string Clock);
