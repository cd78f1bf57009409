namespace NewsAlerts.Testing;

/// <summary>
/// How many cases a fuzz test runs: its own CI default (a few seconds), or <c>NEWSALERTS_FUZZ_CASES</c> for a long run,
/// e.g. <c>NEWSALERTS_FUZZ_CASES=1000000 dotnet test ... --filter Fuzz</c>.
/// </summary>
public static class FuzzCases
{
    /// <summary>The environment variable that overrides every fuzz test's case count.</summary>
    public const string Variable = "NEWSALERTS_FUZZ_CASES";

    /// <summary>The case count: the variable when set to a positive number, else <paramref name="ciDefault"/>.</summary>
    public static long Count(long ciDefault) =>
        long.TryParse(Environment.GetEnvironmentVariable(Variable), out var cases) && cases > 0 ? cases : ciDefault;
}
