namespace NewsAlerts.Infrastructure.Tests.Scripts;

/// <summary>
/// deploy.sh and the editors' Entra ID app registration: created once with the app role Editor, reused after that,
/// taken from the environment when an administrator made it, and when the operator may not create it the exact commands
/// are printed and the apps deploy with the editor console off.
/// </summary>
public sealed class Deploy_creates_or_reuses_the_editors_app_registration
{
    private const string AppName = "newsalerts-editors-rg-newsalerts-dev";
    private const string AppId = "aaaaaaaa-0000-0000-0000-000000000000";
    private static readonly string[] Arguments = ["--environment", "dev", "--resource-group", "rg-newsalerts-dev"];

    [Fact]
    public async Task The_first_run_creates_it_and_the_second_reuses_it()
    {
        using var run = new DeployScriptRun();

        var first = await run.RunAsync("deploy.sh", Arguments, Secrets());
        var firstCalls = run.Calls();
        var second = await run.RunAsync("deploy.sh", Arguments, Secrets());
        var secondCalls = run.Calls().Skip(firstCalls.Count).ToList();

        Assert.True(first.ExitCode == 0, first.AllOutput);
        Assert.True(second.ExitCode == 0, second.AllOutput);
        Assert.Single(firstCalls, c => c.StartsWith($"az ad app create --display-name {AppName} --sign-in-audience AzureADMyOrg --app-roles @", StringComparison.Ordinal));
        Assert.Contains($"az ad app update --id {AppId} --identifier-uris api://{AppId}", firstCalls);
        Assert.Contains($"az ad sp create --id {AppId}", firstCalls);
        Assert.Contains(
            $"az ad app update --id {AppId} --web-redirect-uris https://func-newsalerts-dev-test.azurewebsites.net/editor/signed-in --enable-id-token-issuance true", firstCalls);
        Assert.DoesNotContain(secondCalls, c => c.StartsWith("az ad app create", StringComparison.Ordinal)
            || c.StartsWith("az ad app update", StringComparison.Ordinal) || c.StartsWith("az ad sp create", StringComparison.Ordinal));
        Assert.All(
            new[] { firstCalls, secondCalls },
            calls => Assert.EndsWith($" editor=tttttttt-0000-0000-0000-000000000000/{AppId}", AppsParameters(calls), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sign_in_redirect_is_added_beside_the_redirect_uris_already_there()
    {
        using var run = new DeployScriptRun();
        await run.RunAsync("deploy.sh", Arguments, Secrets());
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(run.CallLog)!, "app-redirects"), "https://localhost:7071/editor/signed-in\n");

        var result = await run.RunAsync("deploy.sh", Arguments, Secrets());

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Contains(
            $"az ad app update --id {AppId} --web-redirect-uris https://localhost:7071/editor/signed-in https://func-newsalerts-dev-test.azurewebsites.net/editor/signed-in --enable-id-token-issuance true",
            run.Calls());
    }

    [Fact]
    public async Task Without_the_right_to_create_it_the_commands_are_printed_and_the_console_is_off()
    {
        using var run = new DeployScriptRun();
        var environment = Secrets();
        environment["FAKE_AZURE_NO_GRAPH_WRITES"] = "1";

        var result = await run.RunAsync("deploy.sh", Arguments, environment);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Contains("Insufficient privileges", result.StandardError, StringComparison.Ordinal);
        Assert.Contains($"az ad app create --display-name {AppName} --sign-in-audience AzureADMyOrg --app-roles @editor-roles.json", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("\"allowedMemberTypes\":[\"User\"]", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Editor\"", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("az ad app update --id <appId> --identifier-uris api://<appId>", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("az ad sp create --id <appId>", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("NEWSALERTS_EDITOR_TENANT_ID=tttttttt-0000-0000-0000-000000000000 NEWSALERTS_EDITOR_CLIENT_ID=<appId>", result.StandardError, StringComparison.Ordinal);
        Assert.EndsWith(" editor=/", AppsParameters(run.Calls()), StringComparison.Ordinal);
        Assert.DoesNotContain(run.Calls(), c => c.StartsWith("az ad sp create", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_registration_given_in_the_environment_is_used_as_is()
    {
        using var run = new DeployScriptRun();
        var environment = Secrets();
        environment["NEWSALERTS_EDITOR_TENANT_ID"] = "given-tenant";
        environment["NEWSALERTS_EDITOR_CLIENT_ID"] = "given-client";

        var result = await run.RunAsync("deploy.sh", Arguments, environment);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.DoesNotContain(run.Calls(), c => c.StartsWith("az ad app", StringComparison.Ordinal));
        Assert.EndsWith(" editor=given-tenant/given-client", AppsParameters(run.Calls()), StringComparison.Ordinal);
        Assert.Contains(
            "az ad app update --id given-client --web-redirect-uris <its redirect URIs> https://func-newsalerts-dev-test.azurewebsites.net/editor/signed-in --enable-id-token-issuance true",
            result.StandardError, StringComparison.Ordinal);
    }

    /// <summary>The parameters the fake Azure saw for the apps deployment (deployApps=true).</summary>
    private static string AppsParameters(IEnumerable<string> calls) =>
        calls.Single(c => c.StartsWith("  parameters: deployApps=true", StringComparison.Ordinal));

    private static Dictionary<string, string?> Secrets() => new()
    {
        ["NEWSALERTS_TWILIO_AUTH_TOKEN"] = "token",
        ["NEWSALERTS_SMTP_PASSWORD"] = "password",
    };
}
