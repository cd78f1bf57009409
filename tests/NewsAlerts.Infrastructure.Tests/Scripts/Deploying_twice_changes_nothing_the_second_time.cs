namespace NewsAlerts.Infrastructure.Tests.Scripts;

public sealed class Deploying_twice_changes_nothing_the_second_time
{
    private static readonly string[] Arguments = ["--environment", "dev", "--resource-group", "rg-newsalerts-dev"];

    /// <summary>Commands that change something; a template deployment is declarative, so repeating it is not one.</summary>
    private static readonly string[] Changes =
    [
        "az group create", "az keyvault secret set", "az keyvault recover", "-t:PublishContainer",
        "az functionapp deployment source config-zip", "az tag update", "az ad app create", "az ad app update", "az ad sp create",
    ];

    [Fact]
    public async Task First_run_creates_everything_and_second_run_only_reapplies_the_templates()
    {
        using var run = new DeployScriptRun();
        var secrets = new Dictionary<string, string?>
        {
            ["NEWSALERTS_TWILIO_AUTH_TOKEN"] = "twilio-token",
            ["NEWSALERTS_SMTP_PASSWORD"] = "smtp-password",
        };

        var first = await run.RunAsync("deploy.sh", Arguments, secrets);
        var firstCalls = run.Calls();
        var second = await run.RunAsync("deploy.sh", Arguments, secrets);
        var secondCalls = run.Calls().Skip(firstCalls.Count).ToList();

        Assert.True(first.ExitCode == 0, first.AllOutput);
        Assert.True(second.ExitCode == 0, second.AllOutput);
        Assert.All(Changes.Where(c => c != "az keyvault recover"), change => Assert.Contains(firstCalls, call => call.Contains(change, StringComparison.Ordinal)));
        Assert.DoesNotContain(secondCalls, call => Changes.Any(change => call.Contains(change, StringComparison.Ordinal)));
        Assert.Equal(2, secondCalls.Count(call => call.StartsWith("az deployment group create", StringComparison.Ordinal)));
        Assert.Contains(secondCalls, call => call.StartsWith("curl", StringComparison.Ordinal) && call.EndsWith("/api/health", StringComparison.Ordinal));
        Assert.DoesNotContain(firstCalls.Concat(secondCalls), call => call.Contains("restart", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_signing_key_is_made_once_from_32_random_bytes_and_never_printed()
    {
        using var run = new DeployScriptRun();
        var secrets = new Dictionary<string, string?>
        {
            ["NEWSALERTS_TWILIO_AUTH_TOKEN"] = "twilio-token",
            ["NEWSALERTS_SMTP_PASSWORD"] = "smtp-password",
        };

        var first = await run.RunAsync("deploy.sh", Arguments, secrets);
        var key = run.StoredSecret("alerts-signing-key");
        var second = await run.RunAsync("deploy.sh", Arguments, secrets);
        using var other = new DeployScriptRun();
        await other.RunAsync("deploy.sh", Arguments, secrets);
        var otherKey = other.StoredSecret("alerts-signing-key");

        Assert.True(first.ExitCode == 0, first.AllOutput);
        Assert.True(second.ExitCode == 0, second.AllOutput);
        Assert.NotNull(key);
        Assert.Equal(32, Convert.FromBase64String(key).Length);
        Assert.Equal(key, run.StoredSecret("alerts-signing-key"));
        Assert.NotEqual(key, otherKey);
        Assert.Single(run.Calls(), call => call.Contains("secret set --vault-name kv-na-dev-test --name alerts-signing-key", StringComparison.Ordinal));
        Assert.DoesNotContain(key, first.AllOutput + second.AllOutput + string.Join('\n', run.Calls()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_secret_is_written_again_and_nothing_else()
    {
        using var run = new DeployScriptRun();
        var secrets = new Dictionary<string, string?>
        {
            ["NEWSALERTS_TWILIO_AUTH_TOKEN"] = "old",
            ["NEWSALERTS_SMTP_PASSWORD"] = "smtp",
        };
        await run.RunAsync("deploy.sh", Arguments, secrets);
        var before = run.Calls().Count;

        secrets["NEWSALERTS_TWILIO_AUTH_TOKEN"] = "rotated";
        var rotation = await run.RunAsync("deploy.sh", Arguments, secrets);
        var calls = run.Calls().Skip(before).ToList();

        Assert.True(rotation.ExitCode == 0, rotation.AllOutput);
        var changes = calls.Where(call => Changes.Any(change => call.Contains(change, StringComparison.Ordinal))).ToList();
        Assert.Equal(2, changes.Count);
        Assert.Contains("--name twilio-previous-auth-token", changes[0], StringComparison.Ordinal);
        Assert.Contains("--name twilio-auth-token", changes[1], StringComparison.Ordinal);
        Assert.Contains(calls, call => call.StartsWith("az functionapp restart --resource-group rg-newsalerts-dev --name func-newsalerts-dev-test", StringComparison.Ordinal));
        Assert.Contains(calls, call => call.StartsWith(
            "az containerapp revision restart --resource-group rg-newsalerts-dev --name ca-newsalerts-dispatcher-dev-test --revision ca-newsalerts-dispatcher-dev-test--r1",
            StringComparison.Ordinal));
        Assert.Equal("old", run.StoredSecret("twilio-previous-auth-token"));
        Assert.Equal("rotated", run.StoredSecret("twilio-auth-token"));
        Assert.DoesNotContain("rotated", rotation.AllOutput + string.Join('\n', calls), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_deployment_starts_the_previous_twilio_token_as_the_current_one()
    {
        using var run = new DeployScriptRun();

        var result = await run.RunAsync("deploy.sh", Arguments, new Dictionary<string, string?>
        {
            ["NEWSALERTS_TWILIO_AUTH_TOKEN"] = "first",
            ["NEWSALERTS_SMTP_PASSWORD"] = "smtp",
        });

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.Equal("first", run.StoredSecret("twilio-previous-auth-token"));
        Assert.Null(run.StoredSecret("smtp-previous-password"));
    }

    [Fact]
    public async Task First_run_without_the_secrets_stops_with_a_clear_message()
    {
        using var run = new DeployScriptRun();

        var result = await run.RunAsync("deploy.sh", Arguments);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("set NEWSALERTS_TWILIO_AUTH_TOKEN for the first deployment", result.StandardError, StringComparison.Ordinal);
    }
}
