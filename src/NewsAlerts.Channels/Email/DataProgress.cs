namespace NewsAlerts.Channels.Email;

using MailKit;

/// <summary>
/// Notes whether MailKit wrote all of a message's data. A relay takes a message only at the final dot (RFC 5321
/// §4.1.1.4): a connection lost part-way through the data lost the message (send it again), one lost after all of it was
/// written may have lost only the reply (the message may have been taken: never send it twice).
/// </summary>
internal sealed class DataProgress : ITransferProgress
{
    /// <summary>Whether all of the message's data was written (its size known and reached).</summary>
    public bool AllWritten { get; private set; }

    /// <inheritdoc />
    public void Report(long bytesTransferred, long totalSize) => AllWritten |= totalSize > 0 && bytesTransferred >= totalSize;

    /// <inheritdoc />
    public void Report(long bytesTransferred)
    {
        // Size unknown: whether the data was all written cannot be told, so part-way is assumed (send again).
    }
}
