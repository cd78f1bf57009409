namespace NewsAlerts.Integration.Tests.Dispatcher;

using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using global::Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Shaping;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Dispatcher;

/// <summary>
/// Trial s42 #A: a second <c>dev</c> whose stack the first one had stopped printed, after its one line, a warning per
/// sender with a whole AggregateException stack ("Connection refused (127.0.0.1:10002)") from the replica's check-out.
/// Storage stopping before a replica does is expected: the check-out failure is one line naming its cause, no stack.
/// </summary>
public sealed class A_replica_whose_storage_is_gone_checks_out_in_one_line
{
    [Fact]
    public async Task Each_senders_check_out_is_one_warning_with_its_cause_and_no_exception()
    {
        var logger = new Recorded();
        var tables = new TableSet(
            new TableServiceClient(StoppedStorage(), new TableClientOptions { Retry = { MaxRetries = 0 } }),
            Options.Create(new StorageOptions { TablePrefix = "gone" }));
        var rates = new SenderRates(Options.Create(new SmtpOptions()), Options.Create(new TwilioOptions()), TimeProvider.System);
        var replica = new SenderShareRefresher(new TableSenderRoster(tables, TimeProvider.System), rates, TimeProvider.System, logger);

        await replica.StopAsync(CancellationToken.None);

        Assert.Equal(rates.BySender.Count, logger.Entries.Count);
        Assert.All(logger.Entries, e =>
        {
            Assert.Equal(LogLevel.Warning, e.Level);
            Assert.Null(e.Exception);
            Assert.DoesNotContain('\n', e.Message);
            Assert.Matches(@"^Checking this replica out of sender \w+ failed \(\w+: .+\); its lease ends by itself$", e.Message);
        });
    }

    // Storage as a stand-in leaves it once stopped: its port, with nothing listening there any more.
    private static string StoppedStorage()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            $"TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    private sealed class Recorded : ILogger<SenderShareRefresher>
    {
        public ConcurrentQueue<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Enqueue((logLevel, formatter(state, exception), exception));
    }
}
