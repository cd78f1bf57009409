using Amqp;
using Amqp.Framing;
using Amqp.Listener;
using Amqp.Types;
using Microsoft.Extensions.Logging;
using NewsAlerts.ServiceBusEmulator.Entities;
using NewsAlerts.ServiceBusEmulator.Faults;
using NewsAlerts.ServiceBusEmulator.Logging;
using NewsAlerts.ServiceBusEmulator.Management;
using NewsAlerts.ServiceBusEmulator.Security;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>
/// Decides what each attached link is: a request or reply link of <c>$cbs</c> or an entity's
/// <c>$management</c>, a sender into a queue or topic, or a receiver from a queue, subscription or
/// dead-letter queue. Refuses unknown entities (not-found) and links without a granted token (unauthorized).
/// </summary>
internal sealed class LinkProcessor(
    EntityRegistry registry,
    CbsNode cbs,
    FaultInjection faults,
    int maxMessageSize,
    TimeProvider time,
    ILogger logger) : ILinkProcessor
{
    private const string ManagementSuffix = "/$management";
    private const int SenderCredit = 1000;
    private const int RequestCredit = 100;
    private static readonly Symbol SessionFilter = new("com.microsoft:session-filter");
    private readonly Dictionary<string, ManagementNode> managementNodes = new(StringComparer.OrdinalIgnoreCase);

    public void Process(AttachContext attachContext)
    {
        try
        {
            Attach(attachContext);
        }
        catch (AmqpException exception)
        {
            attachContext.Complete(exception.Error);
        }
    }

    private void Attach(AttachContext context)
    {
        var link = context.Link;
        var attach = context.Attach;
        var connection = ClientConnection.Of(link);
        var serverReceives = link.Role;
        if (!serverReceives && attach.Source is Source { Dynamic: true } dynamicSource)
        {
            // Clients that let the server name their reply address (a dynamic terminus) get a fresh one.
            dynamicSource.Address = "$reply-" + Guid.NewGuid().ToString("N");
            CompleteReply(context, connection, dynamicSource.Address, node: string.Empty);
            return;
        }

        var rawAddress = serverReceives ? (attach.Target as Target)?.Address : (attach.Source as Source)?.Address;
        var address = EntityRegistry.Normalize(rawAddress ?? string.Empty);
        if (address.Equals(cbs.Address, StringComparison.OrdinalIgnoreCase))
        {
            CompleteNode(context, connection, cbs);
            return;
        }

        if (address.EndsWith(ManagementSuffix, StringComparison.OrdinalIgnoreCase))
        {
            var entity = address[..^ManagementSuffix.Length];
            RequireEntity(entity, attach.LinkName);
            if (serverReceives)
            {
                RequireGrant(connection, link, address);
            }

            CompleteNode(context, connection, ManagementNodeFor(entity));
            return;
        }

        RequireEntity(address, attach.LinkName);
        RequireGrant(connection, link, address);
        attach.MaxMessageSize = (ulong)maxMessageSize;
        if (serverReceives)
        {
            var sink = registry.FindSink(address)
                ?? throw new AmqpException(AmqpErrors.NotAllowed($"'{address}' cannot be sent to; send to its topic or queue."));
            context.Complete(new SenderLinkEndpoint(sink, maxMessageSize, registry.Journal, logger), SenderCredit);
            return;
        }

        var source = registry.FindSource(address)
            ?? throw new AmqpException(AmqpErrors.NotAllowed($"'{address}' is a topic; receive from one of its subscriptions."));
        if (attach.Source is Source { FilterSet: { } filters } && filters.ContainsKey(SessionFilter))
        {
            // Better a clear refusal than a session receiver silently handed messages of every session.
            EmulatorLog.OperationFailed(logger, address, "accept-session", "sessions are not supported by the emulator");
            throw new AmqpException(new Error(ErrorCode.NotImplemented) { Description = "The Service Bus emulator does not support sessions." });
        }

        context.Complete(new ReceiverLinkEndpoint(link, source, faults, logger), 0);
    }

    private void CompleteNode(AttachContext context, ClientConnection connection, IRequestNode node)
    {
        if (context.Link.Role)
        {
            context.Complete(new RequestLinkEndpoint(node, connection, logger), RequestCredit);
            return;
        }

        // The client's receiving end names the reply-to address its requests will carry.
        var replyAddress = (context.Attach.Target as Target)?.Address ?? context.Attach.LinkName;
        CompleteReply(context, connection, replyAddress, node.Address);
    }

    private static void CompleteReply(AttachContext context, ClientConnection connection, string replyAddress, string node)
    {
        var endpoint = new ReplyLinkEndpoint(context.Link, node, connection);
        connection.AddReplyLink(replyAddress, endpoint);
        context.Complete(endpoint, 0);
    }

    private ManagementNode ManagementNodeFor(string entity)
    {
        lock (managementNodes)
        {
            if (!managementNodes.TryGetValue(entity, out var node))
            {
                node = new ManagementNode(entity, registry.FindSink(entity), registry.FindSource(entity), faults, registry.Journal, logger);
                managementNodes[entity] = node;
            }

            return node;
        }
    }

    private void RequireEntity(string address, string linkName)
    {
        if (!registry.Exists(address))
        {
            EmulatorLog.EntityNotFound(logger, address, linkName);
            throw new AmqpException(AmqpErrors.NotFound(address));
        }
    }

    private void RequireGrant(ClientConnection connection, ListenerLink link, string address)
    {
        if (((ListenerConnection)link.Session.Connection).Principal?.Identity?.IsAuthenticated == true)
        {
            connection.GrantAll();
        }

        if (!connection.IsAuthorized(address, time.GetUtcNow()))
        {
            EmulatorLog.Unauthorized(logger, address, "no valid token was put on $cbs for this entity");
            throw new AmqpException(AmqpErrors.Unauthorized($"Unauthorized access to '{address}': put a valid SAS token on $cbs first."));
        }
    }
}
