namespace NewsAlerts.Cli.Tests.Stack;

using NewsAlerts.Cli.Stack;

/// <summary>
/// Trial s44 #2: a first <c>dev</c> on a fresh clone said nothing while <c>npm ci</c> installed Azurite for a minute and a
/// half, so it looked hung. Each install says what it installs, how, and how long it usually takes before it runs, and
/// that it is done after; a failing installer still ends in its own message (<see cref="ToolCommand"/>).
/// </summary>
public sealed class Every_install_step_says_what_it_installs_before_and_after
{
    private static readonly InstallStep Azurite = new("azurite", "Azurite 3.37.0", "npm ci in infra/local", "about a minute");

    [Fact]
    public void The_line_before_names_the_service_the_version_the_command_and_the_usual_time()
    {
        Assert.Equal("azurite: installing Azurite 3.37.0 (npm ci in infra/local, about a minute)…", Azurite.StartingLine());
    }

    [Fact]
    public void The_line_after_says_how_long_it_took_in_whole_seconds()
    {
        Assert.Equal("azurite: installed Azurite 3.37.0 in 83 s", Azurite.DoneLine(TimeSpan.FromSeconds(83.7)));
        Assert.Equal("azurite: installed Azurite 3.37.0 in 0 s", Azurite.DoneLine(TimeSpan.FromMilliseconds(400)));
    }

    [Fact]
    public async Task A_command_that_runs_is_framed_by_both_lines_in_order()
    {
        var log = new StringWriter();
        var step = new InstallStep("tool", "a tool 1.0", "true", "a moment");

        await ToolCommand.RunAsync("true", [], Path.GetTempPath(), "install a tool", step, log, CancellationToken.None);

        var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("tool: installing a tool 1.0 (true, a moment)…", lines[0].TrimEnd('\r'));
        Assert.StartsWith("tool: installed a tool 1.0 in ", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_that_fails_says_it_was_starting_then_fails_with_its_message_and_no_done_line()
    {
        var log = new StringWriter();
        var step = new InstallStep("tool", "a tool 1.0", "false", "a moment");

        var error = await Assert.ThrowsAsync<StackConfigurationException>(
            () => ToolCommand.RunAsync("false", [], Path.GetTempPath(), "install a tool", step, log, CancellationToken.None));

        Assert.Contains("install a tool", error.Message, StringComparison.Ordinal);
        Assert.Equal("tool: installing a tool 1.0 (false, a moment)…", log.ToString().Trim());
    }
}
