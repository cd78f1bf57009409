namespace NewsAlerts.Infrastructure.Tests.Templates;

using NewsAlerts.Infrastructure.Tests.Tooling;

public sealed class Every_template_compiles_and_lints_without_warnings
{
    // One Bicep process lints every template and parameter file (modules are also linted through main.bicep).
    private static readonly Lazy<Task<ProcessResult>> LintAll =
        new(() => BicepCli.RunPatternAsync("lint", Repository.Infra, "**/*.bicep*"));

    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Repository.Infra, "*.bicep*", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(Repository.Infra, f))
                     .Where(f => !f.StartsWith("local", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Template_lints_clean(string file)
    {
        var result = await LintAll.Value;
        var path = Path.Combine(Repository.Infra, file);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.DoesNotContain(BicepDiagnostics.In(result.AllOutput), d => d.StartsWith(path + "(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lint_reports_nothing_at_all()
    {
        var result = await LintAll.Value;

        Assert.Empty(BicepDiagnostics.In(result.AllOutput));
    }

    [Theory]
    [InlineData("main.bicep")]
    [InlineData("dev.bicepparam")]
    [InlineData("prod.bicepparam")]
    [InlineData("main.bicepparam")]
    public async Task Deployable_entry_point_builds_with_no_warning(string file)
    {
        var result = await BicepCli.BuildAsync(Path.Combine(Repository.Infra, file));

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Empty(BicepDiagnostics.In(result.StandardError));
    }
}
