using System.Globalization;

namespace NewsAlerts.Benchmarks.Matching;

/// <summary>Prints results and targets; a missed target fails the run unless it is the quick CI run.</summary>
internal sealed class MatchingReport(TextWriter output, bool enforceTargets)
{
    public int ExitCode { get; private set; }

    public void Line(string text) => output.WriteLine(text);

    public void Target(string name, double value, double target, string unit, bool lowerIsBetter = false)
    {
        var met = lowerIsBetter ? value <= target : value >= target;
        var comparison = lowerIsBetter ? "<=" : ">=";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {value:N2} {unit} (target {comparison} {target} {unit}) {(met ? "MET" : "MISSED")}"));
        if (!met && enforceTargets)
        {
            ExitCode = 1;
        }
    }
}
