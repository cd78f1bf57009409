namespace NewsAlerts.Infrastructure.Tests.Scripts;

public sealed class Rotating_the_signing_key_keeps_sent_links_working
{
    private const string Current = "alerts-signing-key";
    private const string Previous = "alerts-previous-signing-key";
    private static readonly string[] Arguments = ["--environment", "dev", "--resource-group", "rg-newsalerts-dev"];

    private static readonly Dictionary<string, string?> Secrets = new()
    {
        ["NEWSALERTS_TWILIO_AUTH_TOKEN"] = "twilio-token",
        ["NEWSALERTS_SMTP_PASSWORD"] = "smtp-password",
    };

    [Fact]
    public async Task The_first_deployment_starts_the_previous_key_as_the_current_one()
    {
        using var run = new DeployScriptRun();

        var result = await run.RunAsync("deploy.sh", Arguments, Secrets);

        Assert.True(result.ExitCode == 0, result.AllOutput);
        Assert.NotNull(run.StoredSecret(Current));
        Assert.Equal(run.StoredSecret(Current), run.StoredSecret(Previous));
    }

    [Fact]
    public async Task Rotation_moves_the_current_key_to_previous_and_makes_a_new_one_without_printing_either()
    {
        using var run = new DeployScriptRun();
        var first = await run.RunAsync("deploy.sh", Arguments, Secrets);
        Assert.True(first.ExitCode == 0, first.AllOutput);
        var before = run.StoredSecret(Current)!;

        var rotation = await run.RunAsync("deploy.sh", [.. Arguments, "--rotate-signing-key"], new Dictionary<string, string?>());
        var after = run.StoredSecret(Current)!;

        Assert.True(rotation.ExitCode == 0, rotation.AllOutput);
        Assert.Equal(before, run.StoredSecret(Previous));
        Assert.NotEqual(before, after);
        Assert.Equal(32, Convert.FromBase64String(after).Length);
        Assert.Contains(run.Calls(), call => call.StartsWith("az functionapp restart", StringComparison.Ordinal));
        Assert.Contains(run.Calls(), call => call.StartsWith("az containerapp revision restart", StringComparison.Ordinal));
        var printed = rotation.AllOutput + string.Join('\n', run.Calls());
        Assert.DoesNotContain(before, printed, StringComparison.Ordinal);
        Assert.DoesNotContain(after, printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_after_the_rotation_keeps_both_keys()
    {
        using var run = new DeployScriptRun();
        var first = await run.RunAsync("deploy.sh", Arguments, Secrets);
        var rotation = await run.RunAsync("deploy.sh", [.. Arguments, "--rotate-signing-key"], new Dictionary<string, string?>());
        Assert.True(first.ExitCode == 0 && rotation.ExitCode == 0, first.AllOutput + rotation.AllOutput);
        var (current, previous) = (run.StoredSecret(Current), run.StoredSecret(Previous));
        Assert.NotEqual(current, previous);
        var calls = run.Calls().Count;

        var again = await run.RunAsync("deploy.sh", Arguments, new Dictionary<string, string?>());

        Assert.True(again.ExitCode == 0, again.AllOutput);
        Assert.Equal(current, run.StoredSecret(Current));
        Assert.Equal(previous, run.StoredSecret(Previous));
        Assert.DoesNotContain(run.Calls().Skip(calls), call => call.Contains("secret set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_environment_deployed_before_the_previous_key_existed_gets_it_as_a_copy_of_the_current_key()
    {
        using var run = new DeployScriptRun();
        var first = await run.RunAsync("deploy.sh", Arguments, Secrets);
        Assert.True(first.ExitCode == 0, first.AllOutput);
        var current = run.StoredSecret(Current);
        run.ForgetSecret(Previous);

        var upgrade = await run.RunAsync("deploy.sh", Arguments, new Dictionary<string, string?>());

        Assert.True(upgrade.ExitCode == 0, upgrade.AllOutput);
        Assert.Equal(current, run.StoredSecret(Current));
        Assert.Equal(current, run.StoredSecret(Previous));
    }

    [Fact]
    public async Task A_vault_that_cannot_be_read_stops_the_run_before_any_key_is_replaced()
    {
        using var run = new DeployScriptRun();
        var first = await run.RunAsync("deploy.sh", Arguments, Secrets);
        Assert.True(first.ExitCode == 0, first.AllOutput);
        var (current, previous) = (run.StoredSecret(Current), run.StoredSecret(Previous));
        var calls = run.Calls().Count;

        var failed = await run.RunAsync("deploy.sh", Arguments, new Dictionary<string, string?> { ["FAKE_AZURE_UNREADABLE_SECRET"] = Previous });

        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains($"cannot tell whether secret {Previous} is in Key Vault", failed.StandardError, StringComparison.Ordinal);
        Assert.Equal(current, run.StoredSecret(Current));
        Assert.Equal(previous, run.StoredSecret(Previous));
        Assert.DoesNotContain(run.Calls().Skip(calls), call => call.Contains("secret set", StringComparison.Ordinal));
    }
}
