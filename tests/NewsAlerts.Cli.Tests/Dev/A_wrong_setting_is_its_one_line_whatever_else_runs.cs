namespace NewsAlerts.Cli.Tests.Dev;

using System.Net;
using System.Net.Sockets;
using NewsAlerts.Cli.Commands;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>
/// Trial s42 #C: with another <c>dev</c> running, <c>dev --LocalHost:Port=7076 --Alerts:ConfirmationDeadlineSeconds=abc</c>
/// printed five "already running (PID …), reused" lines, then the configuration error, then "function host: stopped";
/// and with port 7071 taken any wrong setting hid behind "Port 7071 … is already in use". Every setting is checked
/// before the stack is looked at or anything starts: a wrong one is exactly one "configuration error" line and exit 1,
/// whatever else runs; the port is looked at only once the settings are right.
/// </summary>
[Collection(SharedQueues.Collection)]
public sealed class A_wrong_setting_is_its_one_line_whatever_else_runs(StackFixture fixture) : IClassFixture<StackFixture>
{
    [Theory]
    [InlineData("--Alerts:ConfirmationDeadlineSeconds=abc", "Alerts:ConfirmationDeadlineSeconds: 'abc' is not a whole number from 1 to 60")]
    [InlineData("--Alerts:ConfirmationDeadlineSeconds=0", "Alerts:ConfirmationDeadlineSeconds: 0 is not a whole number from 1 to 60")]
    [InlineData("--Smtp:MaxConnections=100", "Smtp:MaxConnections: 100 is not a whole number from 1 to 64")]
    [InlineData("--Editor:SessionMinutes=never", "Editor:SessionMinutes: 'never' is not a whole number from 1 to 1440")]
    [InlineData("--Sms:PricePerSegment:GB=cheap", "Sms:PricePerSegment:GB: 'cheap' is not a number such as 2.5")]
    public async Task With_another_stack_running_a_wrong_setting_is_one_line_and_nothing_is_reused(string setting, string failure)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());

        var exitCode = await new DevCommand().RunAsync(
            [.. DevArguments.OnStack(fixture.Stack), setting], new CliConsole(output, errors), CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Equal($"newsalerts dev: configuration error: {failure}", errors.ToString().Trim());
        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public async Task With_the_port_taken_a_wrong_setting_is_still_its_own_line_and_the_port_is_not_named()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var (output, errors) = (new StringWriter(), new StringWriter());

        var exitCode = await new DevCommand().RunAsync(
            [$"--LocalHost:Port={port}", $"--Stack:DataDirectory={SharedStack.PrivateOptions().DataDirectory}", "--Alerts:ConfirmationDeadlineSeconds=abc"],
            new CliConsole(output, errors),
            CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Equal("newsalerts dev: configuration error: Alerts:ConfirmationDeadlineSeconds: 'abc' is not a whole number from 1 to 60", errors.ToString().Trim());
        Assert.Equal(string.Empty, output.ToString());
    }

    [Fact]
    public async Task With_the_port_taken_and_every_setting_right_the_port_is_named_before_anything_starts()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var data = SharedStack.PrivateOptions().DataDirectory!;
        var (output, errors) = (new StringWriter(), new StringWriter());

        var exitCode = await new DevCommand().RunAsync(
            [$"--LocalHost:Port={port}", $"--Stack:DataDirectory={data}"], new CliConsole(output, errors), CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"newsalerts dev: Port {port} (LocalHost:Port) is already in use", errors.ToString().Trim(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, output.ToString());
        Assert.Empty(StackState.Load(data));
    }
}
