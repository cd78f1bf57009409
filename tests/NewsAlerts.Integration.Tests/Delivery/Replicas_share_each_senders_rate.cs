namespace NewsAlerts.Integration.Tests.Delivery;

using global::Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Shaping;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Dispatcher;
using NewsAlerts.Testing;

/// <summary>The sender roster in Azurite: each Dispatcher replica paces itself to its share of a sender's rate.</summary>
public sealed class Replicas_share_each_senders_rate(StackFixture fixture) : IClassFixture<StackFixture>
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(20);
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Every_process_holding_a_lease_counts_and_one_that_checks_out_or_lapses_stops_counting()
    {
        var roster = new TableSenderRoster(Tables(), time);

        Assert.Equal(1, await roster.CheckInAsync("sms", "a", Lease, CancellationToken.None));
        Assert.Equal(2, await roster.CheckInAsync("sms", "b", Lease, CancellationToken.None));
        Assert.Equal(3, await roster.CheckInAsync("sms", "c", Lease, CancellationToken.None));
        Assert.Equal(1, await roster.CheckInAsync("email", "a", Lease, CancellationToken.None));

        await roster.CheckOutAsync("sms", "c", CancellationToken.None);
        Assert.Equal(2, await roster.CheckInAsync("sms", "a", Lease, CancellationToken.None));

        time.Advance(Lease - TimeSpan.FromSeconds(5));
        Assert.Equal(2, await roster.CheckInAsync("sms", "a", Lease, CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(1, await roster.CheckInAsync("sms", "a", Lease, CancellationToken.None));
    }

    [Fact]
    public async Task A_replica_takes_its_share_of_each_sender_and_the_whole_rate_once_the_others_are_gone()
    {
        var tables = Tables();
        var roster = new TableSenderRoster(tables, time);
        var rates = new SenderRates(
            Options.Create(new SmtpOptions { MessagesPerSecond = 300 }), Options.Create(new TwilioOptions { MessagesPerSecond = 30 }), time);
        var replica = new SenderShareRefresher(roster, rates, time, NullLogger<SenderShareRefresher>.Instance);
        await roster.CheckInAsync(SenderRates.SmsSender, "other-1", Lease, CancellationToken.None);
        await roster.CheckInAsync(SenderRates.SmsSender, "other-2", Lease, CancellationToken.None);
        await roster.CheckInAsync(SenderRates.EmailSender, "other-1", Lease, CancellationToken.None);

        await replica.RefreshAsync(CancellationToken.None);

        Assert.Equal(10, rates.Sms.CurrentRate);
        Assert.Equal(150, rates.Email.CurrentRate);

        await roster.CheckOutAsync(SenderRates.SmsSender, "other-1", CancellationToken.None);
        time.Advance(Lease + TimeSpan.FromSeconds(1));
        await replica.RefreshAsync(CancellationToken.None);

        Assert.Equal(30, rates.Sms.CurrentRate);
        Assert.Equal(300, rates.Email.CurrentRate);
    }

    [Fact]
    public async Task A_replica_that_stops_checks_out_so_the_others_take_its_share_at_once()
    {
        var roster = new TableSenderRoster(Tables(), time);
        var rates = new SenderRates(Options.Create(new SmtpOptions()), Options.Create(new TwilioOptions()), time);
        var replica = new SenderShareRefresher(roster, rates, time, NullLogger<SenderShareRefresher>.Instance);
        await replica.StartAsync(CancellationToken.None);
        await Eventually.TrueAsync(async () => await roster.CheckInAsync(SenderRates.SmsSender, "other", Lease, CancellationToken.None) == 2, "the stopping replica to hold an sms lease");

        await replica.StopAsync(CancellationToken.None);

        Assert.Equal(1, await roster.CheckInAsync(SenderRates.SmsSender, "other", Lease, CancellationToken.None));
        Assert.Equal(1, await roster.CheckInAsync(SenderRates.EmailSender, "other", Lease, CancellationToken.None));
    }

    private TableSet Tables() =>
        new(new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("r") }));
}
