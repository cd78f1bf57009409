using Azure.Messaging.ServiceBus;

namespace NewsAlerts.ServiceBusEmulator.Tests.Infrastructure;

/// <summary>Waits for something by polling with a deadline, never by sleeping a fixed time.</summary>
public static class Eventually
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    /// <summary>Receives until <paramref name="count"/> messages arrived or the deadline passed.</summary>
    public static async Task<List<ServiceBusReceivedMessage>> ReceiveAsync(ServiceBusReceiver receiver, int count, TimeSpan? deadline = null)
    {
        var received = new List<ServiceBusReceivedMessage>();
        var until = DateTime.UtcNow + (deadline ?? Deadline);
        while (received.Count < count && DateTime.UtcNow < until)
        {
            var batch = await receiver.ReceiveMessagesAsync(count - received.Count, TimeSpan.FromMilliseconds(500));
            received.AddRange(batch);
        }

        return received;
    }

    public static async Task<ServiceBusReceivedMessage> ReceiveOneAsync(ServiceBusReceiver receiver, TimeSpan? deadline = null)
    {
        var received = await ReceiveAsync(receiver, 1, deadline);
        Assert.True(received.Count == 1, "No message arrived before the deadline.");
        return received[0];
    }

    public static Task TrueAsync(Func<bool> condition, string because, TimeSpan? deadline = null) =>
        TrueAsync(condition, () => because, deadline);

    /// <summary>Polls <paramref name="condition"/> until it holds; on the deadline fails with what <paramref name="because"/> says then.</summary>
    public static async Task TrueAsync(Func<bool> condition, Func<string> because, TimeSpan? deadline = null)
    {
        var until = DateTime.UtcNow + (deadline ?? Deadline);
        while (!condition())
        {
            if (DateTime.UtcNow >= until)
            {
                Assert.Fail(because());
            }

            await Task.Delay(50);
        }
    }
}
