namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using global::Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsAlerts.Azure.Storage;
using NewsAlerts.Azure.Tables;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Issue 17 (console17): the records of planned alerts (<see cref="TablePlannedAlerts"/>) were never purged and kept the
/// ids of erased subscribers. In Azurite: the purge deletes records written before its cutoff (in transactions per
/// story partition, more than one transaction's 100 rows) and keeps newer ones; the hourly purge function deletes them
/// once <see cref="PlannedAlertRetention.KeepFor"/> has passed and not before; erasing a subscriber removes its id from
/// every record, deleting a record left with nobody and keeping the other recipients.
/// </summary>
public sealed class Planned_alerts_are_purged_after_two_days_and_erased_with_their_subscriber(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private readonly ShiftedClock time = new();
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() =>
        host = await TestFunctionHost.StartWithClockAsync(fixture.Stack, time);

    public async Task DisposeAsync() => await host.DisposeAsync();

    private IPlannedAlerts Planned => host.Services.GetRequiredService<IPlannedAlerts>();

    [Fact]
    public async Task The_purge_deletes_records_written_before_its_cutoff_across_transactions_and_keeps_the_rest()
    {
        var planned = new TablePlannedAlerts(new TableSet(
            new TableServiceClient(fixture.Stack.StorageConnectionString), Options.Create(new StorageOptions { TablePrefix = StackFixture.UniqueName("pp") })));
        var many = Enumerable.Range(0, 230).Select(i => Batch(Channel.Email, i, $"s{i}")).ToArray();
        await planned.RecordAsync("urn:test:many", many, CancellationToken.None);
        await planned.RecordAsync("urn:test:few", [Batch(Channel.Sms, 0, "a", "b")], CancellationToken.None);

        Assert.Equal(0, await planned.PurgeRecordedBeforeAsync(DateTimeOffset.UtcNow - PlannedAlertRetention.KeepFor, CancellationToken.None));
        Assert.Equal(230, (await planned.ListAsync("urn:test:many", CancellationToken.None))[Channel.Email].Count);

        Assert.Equal(231, await planned.PurgeRecordedBeforeAsync(DateTimeOffset.UtcNow.AddMinutes(5), CancellationToken.None));
        Assert.Empty(await planned.ListAsync("urn:test:many", CancellationToken.None));
        Assert.Empty(await planned.ListAsync("urn:test:few", CancellationToken.None));
        Assert.Equal(0, await planned.PurgeRecordedBeforeAsync(DateTimeOffset.UtcNow.AddMinutes(5), CancellationToken.None));
    }

    [Fact]
    public async Task The_hourly_purge_keeps_records_for_two_days_and_deletes_them_after()
    {
        var story = $"urn:test:purge:{Guid.NewGuid():N}";
        await Planned.RecordAsync(story, [Batch(Channel.Email, 0, "a"), Batch(Channel.Sms, 0, "a")], CancellationToken.None);

        time.Offset = PlannedAlertRetention.KeepFor - TimeSpan.FromHours(1);
        await RunPurgeAsync();
        Assert.Equal(2, (await Planned.ListAsync(story, CancellationToken.None)).Count);

        time.Offset = PlannedAlertRetention.KeepFor + TimeSpan.FromMinutes(5);
        await RunPurgeAsync();
        await Eventually.TrueAsync(async () => (await Planned.ListAsync(story, CancellationToken.None)).Count == 0, "the planned alerts older than two days are purged");
    }

    [Fact]
    public async Task Erasing_a_subscriber_removes_its_id_from_every_planned_alert()
    {
        var service = host.Services.GetRequiredService<SignUpService>();
        var request = new SubscriberRequest($"planned-{Guid.NewGuid():N}@example.com", null, "UTC", [("Syria", false)], Subscriber.DefaultSmsMaxUrgency);
        var started = await service.SignUpAsync(request, CancellationToken.None);
        var confirmed = await service.ConfirmEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None);
        var id = confirmed.Subscriber!.Id;
        var story = $"urn:test:erase:{Guid.NewGuid():N}";
        await Planned.RecordAsync(story, [Batch(Channel.Email, 0, id, "other"), Batch(Channel.Email, 1, id), Batch(Channel.Sms, 0, "other", id)], CancellationToken.None);

        using var deleted = await host.Client.DeleteAsync(new Uri($"api/subscribers/{id}?token={Uri.EscapeDataString(confirmed.ManageToken!)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var left = await Planned.ListAsync(story, CancellationToken.None);
        Assert.Equal(["other"], left[Channel.Email]);
        Assert.Equal(["other"], left[Channel.Sms]);
    }

    private Task RunPurgeAsync() => host.RunFunctionAsync("PurgeSignUps");

    private static DeliveryBatch Batch(Channel channel, int number, params string[] ids) =>
        new(channel, number, new AlertContent("urn:test:planned", "1", "Truce in Aleppo", "Talks resume.", null, "Example", 3, DateTimeOffset.UnixEpoch),
            [.. ids.Select(id => new BatchRecipient(id, "Aleppo"))]);
}
