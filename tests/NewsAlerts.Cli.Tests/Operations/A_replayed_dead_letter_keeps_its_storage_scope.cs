namespace NewsAlerts.Cli.Tests.Operations;

using global::Azure.Messaging.ServiceBus;
using NewsAlerts.Cli.Operations;
using NewsAlerts.Core.Dispatch;

/// <summary>
/// <c>dlq replay</c> sends a dead letter back with the properties it was queued with, the storage scope among them: a
/// batch dead-lettered as <c>OtherStorage</c> and replayed before the namespaces are separated is refused again by the
/// same worker (not handled against the wrong storage), and a batch of this storage stays this storage's.
/// </summary>
public sealed class A_replayed_dead_letter_keeps_its_storage_scope
{
    [Fact]
    public void The_copy_keeps_the_stamp_and_the_other_properties_and_drops_the_dead_letter_reason()
    {
        var deadLetter = ServiceBusModelFactory.ServiceBusReceivedMessage(
            body: BinaryData.FromString("{}"),
            messageId: "m1",
            subject: "Email",
            sequenceNumber: 42,
            properties: new Dictionary<string, object>
            {
                [StorageScope.Property] = "newsalertsstaging/",
                ["articleId"] = "urn:a",
                ["DeadLetterReason"] = ScopeCheck.OtherStorage,
                ["DeadLetterErrorDescription"] = "Planned for storage 'newsalertsstaging/' ...",
            });

        var copy = DeadLetterReplay.CopyOf(deadLetter);

        Assert.Equal("newsalertsstaging/", copy.ApplicationProperties[StorageScope.Property]);
        Assert.Equal("urn:a", copy.ApplicationProperties["articleId"]);
        Assert.Equal(42L, copy.ApplicationProperties[DeadLetterReplay.ReplayedFromProperty]);
        Assert.False(copy.ApplicationProperties.ContainsKey("DeadLetterReason"));
        Assert.Equal("m1~r42", copy.MessageId);
        Assert.Equal(
            ScopeCheck.OtherStorage,
            ScopeCheck.Refusal(copy.ApplicationProperties.AsReadOnly(), StorageScope.Of("newsalertsprod", string.Empty))?.DeadLetterReason);
    }
}
