namespace NewsAlerts.Cli.Tests.LocalHost;

using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsAlerts.Cli.Commands;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

public sealed class Bad_configuration_stops_start_up_with_one_clear_message(StackFixture fixture) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task A_missing_storage_connection_string_is_named()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            TestHost.StartAsync(fixture.Stack, new Dictionary<string, string?> { ["Storage:ConnectionString"] = null }));

        Assert.Contains("'Storage:ConnectionString' is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_service_bus_connection_string_is_named()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            TestHost.StartAsync(fixture.Stack, new Dictionary<string, string?> { ["ServiceBus:ConnectionString"] = null }));

        Assert.Contains("'ServiceBus:ConnectionString' is missing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GB, XX", "names XX")]
    [InlineData(" , ", "is missing")]
    public async Task Sms_countries_that_are_missing_or_unknown_are_named(string countries, string reason)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            TestHost.StartAsync(fixture.Stack, new Dictionary<string, string?> { ["Sms:AllowedCountries"] = countries }));

        Assert.Contains($"'Sms:AllowedCountries' {reason}", error.Message, StringComparison.Ordinal);
    }

    // Trial r37 #5: the host logged "Hosting failed to start" and the stack trace before dev printed the one line.
    [Theory]
    [InlineData("Sms:AllowedCountries", "XX")]
    [InlineData("RateLimits:SignUpsPerClient", "0")]
    [InlineData("Storage:ConnectionString", null)]
    public async Task A_configuration_error_is_not_logged_as_a_failed_start_with_a_stack_trace(string setting, string? value)
    {
        var logged = new RecordingLoggerProvider();

        await Assert.ThrowsAsync<OptionsValidationException>(() =>
            TestHost.StartAsync(fixture.Stack, new Dictionary<string, string?> { [setting] = value }, services => services.AddSingleton<ILoggerProvider>(logged)));

        Assert.Empty(logged.Errors);
    }

    [Fact]
    public async Task A_rate_limit_below_one_is_named()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            TestHost.StartAsync(fixture.Stack, new Dictionary<string, string?> { ["RateLimits:SignUpsPerClient"] = "0" }));

        Assert.Contains("RateLimits:SignUpsPerClient: 0 is not a whole number from 1 to 10000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dev_names_the_local_host_port_when_it_is_in_use()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var output = new StringWriter();
        var errors = new StringWriter();

        var exitCode = await new DevCommand().RunAsync(
            ["--once", $"--LocalHost:Port={port}", $"--Stack:DataDirectory={SharedStack.PrivateOptions().DataDirectory}"],
            new CliConsole(output, errors),
            CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Equal($"newsalerts dev: Port {port} (LocalHost:Port) is already in use by another process. Pass --LocalHost:Port=<free port> or set NEWSALERTS_LocalHost__Port.", errors.ToString().Trim());
    }

    [Fact]
    public async Task The_stack_names_the_setting_of_a_port_in_use()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var options = SharedStack.PrivateOptions();
        options.Azurite.TablePort = port;
        var paths = StackPaths.Locate(AppContext.BaseDirectory, options.DataDirectory);

        var error = await Assert.ThrowsAsync<StackConfigurationException>(() => LocalStack.StartAsync(options, paths, TextWriter.Null, CancellationToken.None));

        Assert.StartsWith($"Port {port} (Stack:Azurite:TablePort) is already in use", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(StackState.Load(options.DataDirectory!), ServiceProcess.IsAlive);
    }

    private sealed class RecordingLoggerProvider : ILoggerProvider, ILogger
    {
        private readonly List<string> errors = [];

        public IReadOnlyList<string> Errors
        {
            get
            {
                lock (errors)
                {
                    return [.. errors];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                lock (errors)
                {
                    errors.Add($"{eventId}: {formatter(state, exception)}");
                }
            }
        }

        public void Dispose()
        {
        }
    }
}
