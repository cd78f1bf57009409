namespace NewsAlerts.Benchmarks;

/// <summary>
/// One benchmark suite, found by reflection so a new suite needs no registration.
/// <c>--quick</c> runs a small, fast version that CI uses to prove the suite still works.
/// </summary>
public interface IBenchmarkSuite
{
    /// <summary>The name used on the command line, e.g. <c>matching</c>.</summary>
    string Name { get; }

    /// <summary>One line saying what the suite measures and against which peer.</summary>
    string Description { get; }

    /// <summary>Runs the suite and returns a process exit code (non-zero when a target is missed).</summary>
    Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken);
}
