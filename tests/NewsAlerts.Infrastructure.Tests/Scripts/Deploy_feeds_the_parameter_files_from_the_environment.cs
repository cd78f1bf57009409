namespace NewsAlerts.Infrastructure.Tests.Scripts;

using NewsAlerts.Infrastructure.Tests.Tooling;

public sealed class Deploy_feeds_the_parameter_files_from_the_environment
{
    private static readonly string[] Arguments = ["--environment", "dev", "--resource-group", "rg-newsalerts-dev"];

    [Fact]
    public async Task Foundation_deploys_without_apps_then_apps_deploy_with_the_commit_tagged_image()
    {
        using var run = new DeployScriptRun();

        var result = await run.RunAsync("deploy.sh", Arguments, Environment());
        var commit = (await ProcessRunner.RunAsync("git", ["rev-parse", "--short=12", "HEAD"])).StandardOutput.Trim();
        var parameters = run.Calls().Where(c => c.StartsWith("  parameters:", StringComparison.Ordinal)).ToList();

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Equal(
            [
                "  parameters: deployApps=false image= deployer=11111111-2222-3333-4444-555555555555 editor=/",
                $"  parameters: deployApps=true image=crnewsalertsdevtest.azurecr.io/newsalerts-dispatcher:{commit} deployer=11111111-2222-3333-4444-555555555555"
                    + " editor=tttttttt-0000-0000-0000-000000000000/aaaaaaaa-0000-0000-0000-000000000000",
            ],
            parameters);
    }

    [Fact]
    public async Task A_service_principal_login_is_granted_by_its_object_id()
    {
        using var run = new DeployScriptRun();
        var environment = Environment();
        environment["FAKE_AZURE_SERVICE_PRINCIPAL"] = "1";

        var result = await run.RunAsync("deploy.sh", Arguments, environment);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.All(
            run.Calls().Where(c => c.StartsWith("  parameters:", StringComparison.Ordinal)),
            p => Assert.Contains(" deployer=99999999-8888-7777-6666-555555555555 ", p, StringComparison.Ordinal));
    }

    private static Dictionary<string, string?> Environment() => new()
    {
        ["NEWSALERTS_TWILIO_AUTH_TOKEN"] = "token",
        ["NEWSALERTS_SMTP_PASSWORD"] = "password",
    };
}
