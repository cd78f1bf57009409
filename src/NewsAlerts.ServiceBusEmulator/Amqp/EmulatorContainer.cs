using System.Security.Cryptography.X509Certificates;
using Amqp;
using Amqp.Framing;
using Amqp.Listener;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>
/// The listener's container: decodes transfers with <see cref="MessageDecoder"/> (to keep the bare bytes)
/// and lets the library's container host run link bookkeeping and hand attaches to the link processor.
/// </summary>
internal sealed class EmulatorContainer : IContainer
{
    private readonly IContainer host;

    public EmulatorContainer(ILinkProcessor linkProcessor)
    {
        var containerHost = new ContainerHost(new List<Address>());
        containerHost.RegisterLinkProcessor(linkProcessor);
        host = containerHost;
    }

    public X509Certificate2 ServiceCertificate => null!;

    public IDictionary<string, TransportProvider> CustomTransports => host.CustomTransports;

    public Message CreateMessage(ByteBuffer buffer) => MessageDecoder.Decode(buffer);

    public Link CreateLink(ListenerConnection connection, ListenerSession session, Attach attach) => host.CreateLink(connection, session, attach);

    public bool AttachLink(ListenerConnection connection, ListenerSession session, Link link, Attach attach) => host.AttachLink(connection, session, link, attach);
}
