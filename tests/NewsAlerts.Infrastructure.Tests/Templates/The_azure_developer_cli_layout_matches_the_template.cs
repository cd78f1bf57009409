namespace NewsAlerts.Infrastructure.Tests.Templates;

using System.Text.RegularExpressions;
using NewsAlerts.Infrastructure.Tests.Tooling;

public sealed partial class The_azure_developer_cli_layout_matches_the_template
{
    private static readonly string[] AzureYaml = File.ReadAllLines(Path.Combine(Repository.Root, "azure.yaml"));

    [Fact]
    public void Azd_provisions_infra_main_bicep()
    {
        Assert.Contains("  path: infra", AzureYaml);
        Assert.Contains("  module: main", AzureYaml);
        Assert.True(File.Exists(Path.Combine(Repository.Infra, "main.bicepparam")));
    }

    [Fact]
    public async Task Every_azd_service_has_a_resource_tagged_with_its_name()
    {
        var tags = (await MainTemplate.CompileAsync()).Resources.Select(r => r.Json["tags"]?.ToString() ?? string.Empty).ToList();
        var services = AzureYaml.SkipWhile(l => l != "services:").Skip(1).Select(l => ServiceLine().Match(l)).Where(m => m.Success)
            .Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(["functions", "dispatcher"], services);
        Assert.All(services, s => Assert.Contains(tags, t => t.Contains($"'azd-service-name', '{s}'", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"^  ([a-z-]+):$")]
    private static partial Regex ServiceLine();
}
