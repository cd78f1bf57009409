using Amqp;
using Amqp.Types;

namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>
/// A message as a sender transferred it: the decoded sections (for filters and broker decisions) plus the
/// exact bytes of its bare part. A batch (message format 0x80013700) carries its inner messages in <see cref="Parts"/>.
/// </summary>
internal sealed class IncomingMessage : Message
{
    private bool decoded;

    public byte[] Bare { get; set; } = [];

    /// <summary>The encoded size of the whole message, checked against the entity's maximum.</summary>
    public int EncodedSize { get; set; }

    public Map? ClientAnnotations { get; set; }

    public DateTimeOffset? ScheduledEnqueueTime { get; set; }

    public IReadOnlyList<IncomingMessage> Parts { get; set; } = [];

    /// <summary>The sender's message id (decodes the bare message on first use).</summary>
    public string? MessageId
    {
        get
        {
            EnsureDecoded();
            return Amqp.MessageIds.Text(Properties?.GetMessageId());
        }
    }

    /// <summary>Decodes properties, application properties and body from <see cref="Bare"/> once.</summary>
    public void EnsureDecoded()
    {
        if (!decoded)
        {
            decoded = true;
            Amqp.MessageDecoder.DecodeBare(this);
        }
    }

    public uint? TimeToLiveMilliseconds => Header is { Ttl: > 0 } header ? header.Ttl : null;
}
