namespace NewsAlerts.Core.Tests.Policy;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Tests.Articles;
using NewsAlerts.Core.Tests.Digests;
using NewsAlerts.Core.Tests.Dispatch;

/// <summary>
/// <see cref="PlanDelivery.CarryOutAsync"/>: for a story with no version stored, the record of planned alerts is written
/// while the batches are being queued (nobody reads it before the story is stored); for a stored story it still waits
/// until the queues have taken them, so a record never names a batch that was not queued when a later version reads it.
/// </summary>
public sealed class A_new_storys_planned_alerts_are_recorded_while_they_are_queued
{
    private static readonly Article Story = new(
        "urn:test:plan-at-once", 1, "Floods close the ring road", "Traffic is diverted.", null, "Example", "en", [], 3, null, DateTimeOffset.UnixEpoch, null, null);

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task The_record_waits_for_the_queues_only_when_a_version_is_stored(bool storyStored, bool recordedWhileQueueing)
    {
        var publisher = new HeldPublisher();
        var planned = new InMemoryPlannedAlerts();
        var delivery = new PlanDelivery(publisher, new InMemoryDigestStore(), new InMemoryLedger(), planned);
        var batch = new DeliveryBatch(Channel.Email, 0, AlertPlanner.ContentOf(Story), [new BatchRecipient("s1", "floods")]);

        var carrying = delivery.CarryOutAsync(Story.Id, new PolicyPlan([batch], [], [], []), storyStored, CancellationToken.None);

        Assert.True(publisher.Queueing);
        Assert.False(carrying.IsCompleted);
        Assert.Equal(recordedWhileQueueing, (await planned.ListAsync(Story.Id, CancellationToken.None)).ContainsKey(Channel.Email));
        publisher.Release();
        await carrying;
        Assert.Equal(["s1"], (await planned.ListAsync(Story.Id, CancellationToken.None))[Channel.Email]);
        Assert.Equal(recordedWhileQueueing, PlanDelivery.RunsAtOnce(storyStored));
    }

    [Fact]
    public async Task A_failed_send_of_a_new_story_still_fails_the_carry_out_and_its_record_is_written()
    {
        var publisher = new HeldPublisher();
        var planned = new InMemoryPlannedAlerts();
        var delivery = new PlanDelivery(publisher, new InMemoryDigestStore(), new InMemoryLedger(), planned);
        var batch = new DeliveryBatch(Channel.Email, 0, AlertPlanner.ContentOf(Story), [new BatchRecipient("s1", "floods")]);

        var carrying = delivery.CarryOutAsync(Story.Id, new PolicyPlan([batch], [], [], []), storyStored: false, CancellationToken.None);
        publisher.Fail(new InvalidOperationException("queue down"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => carrying);
        Assert.True((await planned.ListAsync(Story.Id, CancellationToken.None)).ContainsKey(Channel.Email));
    }

    // Holds every publish until the test lets it go (or fails it).
    private sealed class HeldPublisher : IAlertPublisher
    {
        private readonly TaskCompletionSource held = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Queueing { get; private set; }

        public void Release() => held.SetResult();

        public void Fail(Exception exception) => held.SetException(exception);

        public Task PublishAsync(IReadOnlyList<DeliveryBatch> batches, CancellationToken cancellationToken)
        {
            Queueing = true;
            return held.Task;
        }

        public Task ScheduleAsync(IReadOnlyList<ScheduledBatch> batches, CancellationToken cancellationToken) => held.Task;
    }
}
