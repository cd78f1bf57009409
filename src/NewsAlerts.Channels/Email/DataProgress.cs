namespace NewsAlerts.Channels.Email;

using MailKit;

/// <summary>Notes whether MailKit began writing a message's data (it reports progress only while writing it).</summary>
internal sealed class DataProgress : ITransferProgress
{
    /// <summary>Whether any of the message's data was written.</summary>
    public bool Started { get; private set; }

    /// <inheritdoc />
    public void Report(long bytesTransferred, long totalSize) => Started |= bytesTransferred > 0;

    /// <inheritdoc />
    public void Report(long bytesTransferred) => Started |= bytesTransferred > 0;
}
