namespace NewsAlerts.Cli.Operations;

using global::Azure.Messaging.ServiceBus;

/// <summary>
/// How a dead-lettered alert batch is sent back to its queue. The copy keeps body, content type, subject and
/// application properties, drops the dead-letter reason, and gets a message id derived from the original id and the
/// dead-letter sequence number: a new id, so the queue's duplicate detection (which remembers the original id for an
/// hour) does not drop it, and the same id if a replay is interrupted between sending and completing and run again,
/// so that copy is dropped instead of sent twice. Re-sending a batch is safe: the dispatcher's ledger skips every
/// alert already sent.
/// </summary>
public static class DeadLetterReplay
{
    /// <summary>The application property that records which dead letter a message was replayed from.</summary>
    public const string ReplayedFromProperty = "replayedFromSequenceNumber";

    /// <summary>The message to send back to the queue for <paramref name="deadLetter"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="deadLetter"/> is null.</exception>
    public static ServiceBusMessage CopyOf(ServiceBusReceivedMessage deadLetter)
    {
        ArgumentNullException.ThrowIfNull(deadLetter);
        var copy = new ServiceBusMessage(deadLetter) { MessageId = ReplayId(deadLetter.MessageId, deadLetter.SequenceNumber) };
        copy.ApplicationProperties.Remove("DeadLetterReason");
        copy.ApplicationProperties.Remove("DeadLetterErrorDescription");
        copy.ApplicationProperties[ReplayedFromProperty] = deadLetter.SequenceNumber;
        return copy;
    }

    /// <summary>The replay's message id: at most 128 characters, as Service Bus allows.</summary>
    public static string ReplayId(string? originalId, long deadLetterSequenceNumber)
    {
        var suffix = $"~r{deadLetterSequenceNumber}";
        var original = string.IsNullOrEmpty(originalId) ? "message" : originalId;
        return original.Length + suffix.Length <= 128 ? original + suffix : original[..(128 - suffix.Length)] + suffix;
    }
}
