namespace NewsAlerts.Core.Tests.Dispatch;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Subscribers;

/// <summary>Subscribers, contents and batches for the dispatch decisions.</summary>
internal static class Samples
{
    public static Subscriber Subscriber(string id = "s1", ContactStatus email = ContactStatus.Confirmed, ContactStatus sms = ContactStatus.Confirmed, bool smsWelcomed = false) =>
        new(id, $"{id}@example.com", email, "+447911123456", sms, "UTC", [new Topic("t1", "Aleppo", false)], NewsAlerts.Core.Subscribers.Subscriber.DefaultSmsMaxUrgency, DateTimeOffset.UnixEpoch, smsWelcomed);

    public static AlertContent Content(int urgency = 1) =>
        new("urn:test:1", "1", "Truce in Aleppo", "Talks resume.", new Uri("https://example.com/a"), "Example", urgency, DateTimeOffset.UnixEpoch);

    public static DeliveryBatch Batch(Channel channel, params string[] subscriberIds) =>
        new(channel, 0, Content(), subscriberIds.Select(id => new BatchRecipient(id, "Aleppo")).ToList());
}
