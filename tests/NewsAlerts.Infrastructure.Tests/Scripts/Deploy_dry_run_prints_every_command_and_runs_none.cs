namespace NewsAlerts.Infrastructure.Tests.Scripts;

public sealed class Deploy_dry_run_prints_every_command_and_runs_none
{
    private const string SecretValue = "twilio-token-that-must-never-be-printed";

    [Fact]
    public async Task Dry_run_prints_a_first_deployment_in_order()
    {
        using var run = new DeployScriptRun();

        var result = await run.RunAsync("deploy.sh", ["--dry-run", "--environment", "dev", "--resource-group", "rg-newsalerts-dev"], Secrets());

        Assert.True(result.ExitCode == 0, result.AllOutput);
        string[] expected =
        [
            "+ az ad signed-in-user show --query id --output tsv",
            "+ az group create --name rg-newsalerts-dev --location westeurope",
            "+ az deployment group create --resource-group rg-newsalerts-dev --name newsalerts-foundation --parameters infra/dev.bicepparam",
            "+ az keyvault secret set --vault-name <AZURE_KEY_VAULT_NAME> --name twilio-auth-token --file '<temporary file holding NEWSALERTS_TWILIO_AUTH_TOKEN>'",
            "+ az keyvault secret set --vault-name <AZURE_KEY_VAULT_NAME> --name twilio-previous-auth-token --file '<temporary file holding NEWSALERTS_TWILIO_AUTH_TOKEN>'",
            "+ az keyvault secret set --vault-name <AZURE_KEY_VAULT_NAME> --name smtp-password --file '<temporary file holding NEWSALERTS_SMTP_PASSWORD>'",
            "+ az keyvault secret set --vault-name <AZURE_KEY_VAULT_NAME> --name alerts-signing-key --file '<temporary file holding a new random signing key>'",
            "+ az keyvault secret set --vault-name <AZURE_KEY_VAULT_NAME> --name alerts-previous-signing-key --file '<temporary file holding a new random signing key>'",
            "+ az acr login --name <AZURE_CONTAINER_REGISTRY_NAME> --expose-token",
            "+ dotnet publish src/NewsAlerts.Dispatcher -c Release -t:PublishContainer -p:ContainerRegistry=<AZURE_CONTAINER_REGISTRY_ENDPOINT> -p:ContainerRepository=newsalerts-dispatcher",
            "+ az account show --query tenantId --output tsv",
            "+ az ad app list --display-name newsalerts-editors-rg-newsalerts-dev --query [0].appId --output tsv",
            "+ az ad app create --display-name newsalerts-editors-rg-newsalerts-dev --sign-in-audience AzureADMyOrg --app-roles '@<temporary file holding the app role Editor>'",
            "+ az ad app show --id <editor-app-id> --query identifierUris[0] --output tsv",
            "+ az ad app update --id <editor-app-id> --identifier-uris api://<editor-app-id>",
            "+ az ad sp show --id <editor-app-id> --query id --output tsv",
            "+ az ad sp create --id <editor-app-id>",
            "+ az deployment group create --resource-group rg-newsalerts-dev --name newsalerts-apps --parameters infra/dev.bicepparam",
            "+ az ad app show --id <editor-app-id> --query web.redirectUris --output tsv",
            "+ az ad app show --id <editor-app-id> --query web.implicitGrantSettings.enableIdTokenIssuance --output tsv",
            "+ az ad app update --id <editor-app-id> --web-redirect-uris https://<function-app-host-name>/editor/signed-in --enable-id-token-issuance true",
            "+ dotnet publish src/NewsAlerts.Functions -c Release -o '<temporary folder>/functions'",
            "+ az functionapp deployment source config-zip --resource-group rg-newsalerts-dev --name <function-app-name>",
            "+ az tag update --resource-id <resource-group-id> --operation Merge --tags newsalerts-functions-package=<package-hash>",
            "+ curl --fail --silent --show-error --retry 12 --retry-delay 10 --retry-all-errors https://<function-app-host-name>/api/health",
        ];
        AssertInOrder(result.StandardOutput, expected);
    }

    [Fact]
    public async Task Dry_run_calls_no_tool_and_never_prints_a_secret()
    {
        using var run = new DeployScriptRun();

        var result = await run.RunAsync("deploy.sh", ["--dry-run", "--environment", "prod", "--resource-group", "rg-newsalerts-prod"], Secrets());

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.False(File.Exists(run.CallLog), File.Exists(run.CallLog) ? File.ReadAllText(run.CallLog) : string.Empty);
        Assert.DoesNotContain(SecretValue, result.AllOutput, StringComparison.Ordinal);
        Assert.Contains("--parameters infra/prod.bicepparam", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_if_shows_the_changes_and_deploys_nothing()
    {
        using var run = new DeployScriptRun();

        var result = await run.RunAsync("deploy.sh", ["--dry-run", "--what-if", "--environment", "dev", "--resource-group", "rg-newsalerts-dev"], Secrets());

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Contains("+ az deployment group what-if --resource-group rg-newsalerts-dev", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("deployment group create", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("secret set", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("az group create", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("+ az ad app list --display-name newsalerts-editors-rg-newsalerts-dev", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("az ad app create", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("az ad sp create", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_only_builds_the_function_zip_and_the_dispatcher_image_archive_without_azure()
    {
        using var run = new DeployScriptRun();

        var result = await run.RunAsync("deploy.sh", ["--dry-run", "--package-only", "artifacts"]);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Equal(
            [
                "+ dotnet publish src/NewsAlerts.Functions -c Release -o artifacts/functions",
                "+ (cd artifacts/functions && zip -qrX artifacts/functions.zip .)",
                "+ bash infra/image-archive.sh --project src/NewsAlerts.Dispatcher --output artifacts/dispatcher.tar -- --os linux --arch x64",
            ],
            result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Package_only_stops_when_the_dispatcher_project_is_missing()
    {
        using var run = new DeployScriptRun();

        var result = await run.RunAsync(
            "deploy.sh", ["--dry-run", "--package-only", "artifacts"], new Dictionary<string, string?> { ["NEWSALERTS_DISPATCHER_PROJECT"] = "src/NewsAlerts.Nowhere" });

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("src/NewsAlerts.Nowhere does not exist", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_environment_stops_with_a_clear_message()
    {
        using var run = new DeployScriptRun();

        var result = await run.RunAsync("deploy.sh", ["--dry-run", "--resource-group", "rg"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--environment must be dev or prod", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teardown_deletes_the_resource_group_and_refuses_without_confirmation()
    {
        using var run = new DeployScriptRun();

        var confirmed = await run.RunAsync("teardown.sh", ["--dry-run", "--yes", "--resource-group", "rg-newsalerts-dev"]);
        var unconfirmed = await run.RunAsync("teardown.sh", ["--dry-run", "--resource-group", "rg-newsalerts-dev"]);

        Assert.Equal("+ az group delete --name rg-newsalerts-dev --yes", confirmed.StandardOutput.Trim());
        Assert.NotEqual(0, unconfirmed.ExitCode);
        Assert.Contains("without --yes", unconfirmed.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(run.CallLog));
    }

    private static Dictionary<string, string?> Secrets() => new()
    {
        ["NEWSALERTS_TWILIO_AUTH_TOKEN"] = SecretValue,
        ["NEWSALERTS_SMTP_PASSWORD"] = SecretValue + "-smtp",
    };

    private static void AssertInOrder(string output, IEnumerable<string> expectedPrefixes)
    {
        var lines = output.Split('\n');
        var at = 0;
        foreach (var expected in expectedPrefixes)
        {
            var found = Array.FindIndex(lines, at, l => l.StartsWith(expected, StringComparison.Ordinal));
            Assert.True(found >= 0, $"Expected, after line {at}, a line starting with:\n{expected}\nin:\n{output}");
            at = found + 1;
        }
    }
}
