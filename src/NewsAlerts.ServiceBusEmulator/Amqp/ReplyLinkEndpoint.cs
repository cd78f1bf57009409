using Amqp;
using Amqp.Framing;
using Amqp.Listener;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>The link responses of a request node ($cbs, $management) go out on; holds them until the client gives credit.</summary>
internal sealed class ReplyLinkEndpoint(ListenerLink link, string node, ClientConnection connection) : LinkEndpoint
{
    private readonly object gate = new();
    private readonly Queue<Message> pending = new();
    private int credit;

    /// <summary>The request node this link answers for, e.g. <c>$cbs</c> or <c>alerts/$management</c>.</summary>
    public string Node { get; } = node;

    public void Send(Message response)
    {
        lock (gate)
        {
            if (credit <= 0)
            {
                pending.Enqueue(response);
                return;
            }

            credit--;
            link.SendMessage(response);
        }

        // Sent from a thread other than the protocol thread (a delayed settlement): the race SessionWindow repairs.
        _ = SessionWindow.ReopenIfShut(link.Session);
    }

    public override void OnFlow(FlowContext flowContext)
    {
        var drained = false;
        lock (gate)
        {
            credit = flowContext.Messages > 0 ? credit + flowContext.Messages : 0;
            while (credit > 0 && pending.Count > 0)
            {
                credit--;
                link.SendMessage(pending.Dequeue());
            }

            if (link.IsDraining && pending.Count == 0)
            {
                credit = 0;
                drained = true;
            }
        }

        if (drained)
        {
            link.CompleteDrain();
        }
    }

    public override void OnDisposition(DispositionContext dispositionContext)
    {
        if (!dispositionContext.Settled)
        {
            dispositionContext.Link.DisposeMessage(dispositionContext.Message, dispositionContext.DeliveryState ?? new Accepted(), true);
        }
    }

    public override void OnLinkClosed(ListenerLink link, Error error) => connection.RemoveReplyLink(this);
}
