namespace NewsAlerts.Cli.Tests.LocalHost;

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Configuration;
using NewsAlerts.Cli.Commands;
using NewsAlerts.Dispatcher;
using NewsAlerts.Testing;

/// <summary>
/// Trial s40 #1: <c>dev --Alerts:ConfirmationDeadlineSeconds=abc</c> ended with the configuration binder's stack trace
/// and exit code 134. A value the binder cannot convert (whole number, number, true/false, one of an enum, duration,
/// from any source) ends start-up as a failed setting check does: one line naming the setting and why, exit code 1.
/// </summary>
[Collection(SharedQueues.Collection)]
public sealed class A_setting_not_of_its_type_stops_start_up_with_one_line(StackFixture fixture) : IClassFixture<StackFixture>
{
    private const string IntRange = "is not a whole number from -2147483648 to 2147483647";
    private const string PortRange = "is not a port from 0 to 65535 (0 picks a free one)";

    // Review of s41: the binder dropped a list or dictionary item it could not convert without a word (dev started and GB had
    // no price), and named a whole number with int's range rather than the setting's own.
    [Theory]
    [InlineData("--Alerts:ConfirmationDeadlineSeconds=abc", "Alerts:ConfirmationDeadlineSeconds: 'abc' is not a whole number from 1 to 60")]
    [InlineData("--Sms:PricePerSegment:GB=cheap", "Sms:PricePerSegment:GB: 'cheap' is not a number such as 2.5")]
    public async Task Dev_names_a_setting_not_of_its_type_in_one_line_and_exits_1(string setting, string failure)
    {
        var errors = new StringWriter();

        var exitCode = await new DevCommand().RunAsync(
            ["--once", setting, "--Sms:PricePerSegment:FR=0.07", .. Dev.DevArguments.OnStack(fixture.Stack)], new CliConsole(new StringWriter(), errors), CancellationToken.None);

        // With --once the stack's lines go to standard error too; the failure is one line, with no stack trace.
        Assert.Equal(1, exitCode);
        Assert.Equal(
            $"newsalerts dev: configuration error: {failure}",
            Assert.Single(errors.ToString().Split(Environment.NewLine), l => l.Contains("error", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain("   at ", errors.ToString(), StringComparison.Ordinal);
    }

    // Trial s42 #B: --LocalHost:Port=abc quoted int's range; a port setting that is not a number names the port range,
    // and one outside the ports (the s41 trial's 99999) says so, both before anything starts.
    [Theory]
    [InlineData("abc", $"'abc' {PortRange}")]
    [InlineData("seventy", $"'seventy' {PortRange}")]
    [InlineData("7071.5", $"'7071.5' {PortRange}")]
    [InlineData("99999", "99999 is not a port from 0 to 65535 (0 picks a free one)")]
    [InlineData("-1", "-1 is not a port from 0 to 65535 (0 picks a free one)")]
    [InlineData("65536", "65536 is not a port from 0 to 65535 (0 picks a free one)")]
    public async Task Dev_names_a_host_port_that_is_not_one_with_the_port_range_before_it_starts_anything(string port, string failure)
    {
        var errors = new StringWriter();

        var exitCode = await new DevCommand().RunAsync(
            ["--once", $"--LocalHost:Port={port}", $"--Stack:DataDirectory={SharedStack.PrivateOptions().DataDirectory}"],
            new CliConsole(new StringWriter(), errors),
            CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Equal($"newsalerts dev: configuration error: LocalHost:Port: {failure}", errors.ToString().Trim());
    }

    [Theory]
    [InlineData("status", "--Stack:Azurite:TablePort=70000", "Stack:Azurite:TablePort: 70000 is not a port from 0 to 65535 (0 picks a free one)")]
    [InlineData("start", "--Stack:SmsSink:Port=-5", "Stack:SmsSink:Port: -5 is not a port from 0 to 65535 (0 picks a free one)")]
    [InlineData("status", "--Stack:Azurite:TablePort=abc", $"Stack:Azurite:TablePort: 'abc' {PortRange}")]
    [InlineData("start", "--Stack:SmsSink:Port=5090x", $"Stack:SmsSink:Port: '5090x' {PortRange}")]
    [InlineData("start", "--Stack:Services=Azurite, Mail", "Stack:Services: 'Azurite, Mail' is not one or more of None, Azurite, ServiceBus, Smtp4dev, SmsSink, FeedServer, All (separated by commas)")]
    public async Task The_stack_commands_name_a_setting_not_of_its_type_in_one_line(string verb, string setting, string failure)
    {
        var errors = new StringWriter();

        var exitCode = await new StackCommand().RunAsync(
            [verb, setting, $"--Stack:DataDirectory={SharedStack.PrivateOptions().DataDirectory}"], new CliConsole(new StringWriter(), errors), CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Equal($"newsalerts stack: configuration error: {failure}", errors.ToString().Trim());
    }

    [Theory]
    [InlineData("Smtp:Port", "25x", "Smtp:Port: '25x' is not a whole number from 1 to 65535")]
    [InlineData("Smtp:MaxConnections", "many", "Smtp:MaxConnections: 'many' is not a whole number from 1 to 64")]
    [InlineData("Editor:SessionMinutes", "an hour", "Editor:SessionMinutes: 'an hour' is not a whole number from 1 to 1440")]
    [InlineData("Sms:PricePerSegment:GB", "cheap", "Sms:PricePerSegment:GB: 'cheap' is not a number such as 2.5")]
    [InlineData("Sms:PricePerSegment:44", "5p", "Sms:PricePerSegment:44: '5p' is not a number such as 2.5")]
    [InlineData("Smtp:MessagesPerSecond", "fast", "Smtp:MessagesPerSecond: 'fast' is not a number from 0.1 to 10000")]
    [InlineData("Twilio:MessagesPerSecond", "1.5/s", "Twilio:MessagesPerSecond: '1.5/s' is not a number from 0.1 to 1000")]
    [InlineData("Smtp:Security", "tls", "Smtp:Security: 'tls' is not one of None, StartTls, SslOnConnect")]
    [InlineData("Smtp:Timeout", "soon", "Smtp:Timeout: 'soon' is not a duration from 00:00:01 to 00:05:00")]
    [InlineData("Editor:DevSignIn", "yes", "Editor:DevSignIn: 'yes' is not true or false")]
    [InlineData("Feeds:ParallelHosts", "4.5", "Feeds:ParallelHosts: '4.5' is not a whole number from 1 to 256")]
    [InlineData("Twilio:RequestTimeout", "ten seconds", "Twilio:RequestTimeout: 'ten seconds' is not a duration from 00:00:01 to 00:05:00")]
    [InlineData("RateLimits:SignUpsPerClient", "99999999999", "RateLimits:SignUpsPerClient: '99999999999' is not a whole number from 1 to 10000")]
    public async Task The_function_host_names_a_setting_not_of_its_type(string setting, string value, string failure)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            TestHost.StartAsync(fixture.Stack, new Dictionary<string, string?> { [setting] = value }));

        Assert.Equal([failure], error.Failures);
    }

    [Fact]
    public async Task The_dispatcher_names_a_setting_of_its_appsettings_not_of_its_type_and_exits_1()
    {
        var root = Directory.CreateTempSubdirectory("newsalerts-dispatcher-settings").FullName;
        await File.WriteAllTextAsync(Path.Combine(root, "appsettings.json"), """{ "Dispatcher": { "MaxAttempts": "many" } }""");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root, Args = [] });
        builder.Services.AddNewsAlertsDispatcher();
        using var host = builder.Build();
        var errors = new StringWriter();

        var exitCode = await StartupSettings.RunAsync(host, errors);

        Directory.Delete(root, recursive: true);
        Assert.Equal(1, exitCode);
        Assert.Contains("configuration error: Dispatcher:MaxAttempts: 'many' is not a whole number from 1 to 100", errors.ToString().Split(Environment.NewLine));
        Assert.DoesNotContain("   at ", errors.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Failed to convert configuration value 'x' at 'A:B' to type 'System.Nullable`1[[System.Int32, System.Private.CoreLib]]'.", $"A:B: 'x' {IntRange}")]
    [InlineData("Failed to convert configuration value 'it's' at 'A:Uri' to type 'System.Uri'.", "A:Uri: 'it's' is not a URI")]
    [InlineData("Failed to convert configuration value '300' at 'A:Small' to type 'System.Byte'.", "A:Small: '300' is not a whole number from 0 to 255")]
    [InlineData("Failed to convert configuration value 'x' at 'A:When' to type 'System.DateTimeOffset'.", "A:When: 'x' is not a date and time such as 2026-01-31T09:30:00Z")]
    [InlineData("Failed to convert configuration value 'x' at 'A:Odd' to type 'No.Such.Type'.", "A:Odd: 'x' cannot be read as No.Such.Type")]
    [InlineData("Failed to convert configuration value 'abc' at 'Alerts:ConfirmationDeadlineSeconds' to type 'System.Int32'.", "Alerts:ConfirmationDeadlineSeconds: 'abc' is not a whole number from 1 to 60")]
    [InlineData("Failed to convert configuration value 'x' at 'alerts:indexrefreshseconds' to type 'System.Int32'.", "alerts:indexrefreshseconds: 'x' is not a whole number from 1 to 300")]
    [InlineData("Failed to convert configuration value 'x' at 'RateLimits:ForwardedForHops' to type 'System.Int32'.", "RateLimits:ForwardedForHops: 'x' is not a whole number from 0 to 10")]
    [InlineData("Failed to convert configuration value 'abc' at 'LocalHost:Port' to type 'System.Int32'.", $"LocalHost:Port: 'abc' {PortRange}")]
    [InlineData("Failed to convert configuration value 'x' at 'Stack:Smtp4dev:WebPort' to type 'System.Int32'.", $"Stack:Smtp4dev:WebPort: 'x' {PortRange}")]
    public void The_binders_failure_becomes_the_setting_and_the_reason(string message, string failure) =>
        Assert.Equal(failure, SettingConversion.Describe(new InvalidOperationException(message)));

    [Fact]
    public void Other_exceptions_are_not_taken_for_a_setting() =>
        Assert.Null(SettingConversion.Describe(new InvalidOperationException("Sequence contains no elements")));
}
