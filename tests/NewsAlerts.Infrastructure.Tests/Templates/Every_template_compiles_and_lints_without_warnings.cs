namespace NewsAlerts.Infrastructure.Tests.Templates;

using NewsAlerts.Infrastructure.Tests.Tooling;

public sealed class Every_template_compiles_and_lints_without_warnings
{
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
    public async Task Template_builds_with_no_warning(string file)
    {
        var result = await BicepCli.BuildAsync(Path.Combine(Repository.Infra, file));

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Empty(BicepDiagnostics.In(result.StandardError));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Template_lints_clean(string file)
    {
        var result = await BicepCli.LintAsync(Path.Combine(Repository.Infra, file));

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Empty(BicepDiagnostics.In(result.AllOutput));
    }

    [Fact]
    public void Dev_and_prod_have_parameter_files()
    {
        Assert.True(File.Exists(Path.Combine(Repository.Infra, "dev.bicepparam")));
        Assert.True(File.Exists(Path.Combine(Repository.Infra, "prod.bicepparam")));
    }
}
