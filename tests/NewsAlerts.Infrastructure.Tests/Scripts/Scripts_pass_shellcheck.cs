namespace NewsAlerts.Infrastructure.Tests.Scripts;

using NewsAlerts.Infrastructure.Tests.Tooling;

public sealed class Scripts_pass_shellcheck
{
    [Theory]
    [InlineData("deploy.sh")]
    [InlineData("teardown.sh")]
    [InlineData("image-archive.sh")]
    [InlineData("image-run.sh")]
    public async Task Script_has_no_shellcheck_finding(string script)
    {
        var result = await ProcessRunner.RunAsync(ShellcheckCli.Find(), ["--severity=style", "--shell=bash", Path.Combine(Repository.Infra, script)]);

        Assert.True(result.ExitCode == 0, result.AllOutput);
    }

    [Fact]
    public void Every_script_in_infra_is_checked()
    {
        var scripts = Directory.EnumerateFiles(Repository.Infra, "*.sh").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(["deploy.sh", "image-archive.sh", "image-run.sh", "teardown.sh"], scripts);
    }
}
