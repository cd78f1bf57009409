namespace NewsAlerts.Cli.Tests.LocalHost;

using NewsAlerts.Cli.Commands;

/// <summary>
/// The operator commands (<c>migrate</c>, <c>deliveries</c>, <c>dlq</c>) read their settings when a client is first asked
/// for, so a command that needs no Service Bus runs without its settings; a value the configuration binder cannot
/// convert then ends the command with one line naming the setting, exit code 1, never a stack trace.
/// </summary>
public sealed class An_operator_command_names_a_setting_not_of_its_type_in_one_line
{
    [Fact]
    public async Task Migrate_names_a_table_address_that_is_not_a_uri()
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        var exitCode = await new MigrateCommand().RunAsync(
            ["merge-duplicates", "--dry-run", "--Storage:ConnectionString=UseDevelopmentStorage=true", "--Storage:TableServiceUri=http://[bad"],
            new CliConsole(output, errors),
            CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "newsalerts migrate: configuration error: Storage:TableServiceUri: 'http://[bad' is not a URI",
            errors.ToString().TrimEnd());
        Assert.Empty(output.ToString());
    }
}
