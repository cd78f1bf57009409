using Amqp;
using Amqp.Framing;
using Amqp.Types;
using Amqp.Listener;
using Microsoft.Extensions.Logging;
using NewsAlerts.ServiceBusEmulator.Entities;
using NewsAlerts.ServiceBusEmulator.Faults;
using NewsAlerts.ServiceBusEmulator.Logging;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>
/// A client's receiver. Credit and drain requests arrive on the protocol thread; deliveries go out from a
/// single pump per link on the thread pool, so the queue's gate is never held across a network write.
/// </summary>
internal sealed class ReceiverLinkEndpoint : LinkEndpoint
{
    private const int PumpBatch = 64;
    private readonly ListenerLink link;
    private readonly MessageQueue queue;
    private readonly FaultInjection faults;
    private readonly ILogger logger;
    private readonly LinkConsumer consumer;
    private volatile bool closing;
    private uint? knownLimit;

    public ReceiverLinkEndpoint(ListenerLink link, MessageQueue queue, FaultInjection faults, ILogger logger)
    {
        this.link = link;
        this.queue = queue;
        this.faults = faults;
        this.logger = logger;
        consumer = new LinkConsumer(this);
        // Deliveries still unsettled when the link goes are handed back by the library; Azure keeps them
        // locked until the lock expires, so the flag tells those apart from a client's own settlement.
        link.AddClosedCallback((_, _) => closing = true);
        queue.Attach(consumer);
    }

    public override void OnFlow(FlowContext flowContext)
    {
        // Flows of a link arrive one at a time on the connection's thread, so the limit needs no lock of its own.
        var delta = flowContext.Messages;
        if (delta > 0)
        {
            queue.AddCredit(consumer, delta);
        }
        else if (knownLimit is { } limit && LinkCredit.Available)
        {
            // The limit stayed or went down, and the library cleared its credit either way (LinkCredit): by AMQP the
            // credit moves with the limit, so a repeated flow changes nothing and a lowered one takes only its difference.
            _ = LinkCredit.Restore(link, unchecked(limit + (uint)delta));
            queue.AddCredit(consumer, delta);
        }
        else
        {
            queue.ClearCredit(consumer);
        }

        knownLimit = LinkCredit.Available ? LinkCredit.LimitOf(link) : null;
        consumer.RequestPump();
    }

    public override void OnDisposition(DispositionContext dispositionContext)
    {
        if (dispositionContext.Message is not OutgoingMessage { Snapshot: { Settled: false } snapshot } || IsGoing)
        {
            return;
        }

        var delay = faults.SettlementDelay;
        if (delay > TimeSpan.Zero)
        {
            _ = Task.Delay(delay).ContinueWith(
                _ => Settle(dispositionContext, snapshot),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            return;
        }

        Settle(dispositionContext, snapshot);
    }

    public override void OnLinkClosed(ListenerLink link, Error error) => queue.Detach(consumer);

    /// <summary>
    /// True once the link, its session or its connection is closing. An outcome seen then was made up by AMQPNetLite
    /// for a delivery it could not finish, not sent by the client: Released, or Rejected carrying the close's error
    /// (<c>Delivery.ReleaseAll</c>, from <c>Session.OnClose</c>, a session or connection abort, or a transfer written as
    /// the link closed). Read as settlements, a Rejected dead-lettered a message nobody processed. A settlement the client
    /// did send as the connection went gets no answer, so the client counts it as failed too. Either way the message
    /// keeps its lock until it lapses and is delivered again, as on Azure.
    /// </summary>
    private bool IsGoing => closing || link.IsClosed || link.Session.IsClosed || link.Session.Connection.IsClosed;

    private void Settle(DispositionContext context, DeliverySnapshot snapshot)
    {
        try
        {
            SettleUnguarded(context, snapshot);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A bug here must not tear down the client's connection: log it and let the lock lapse.
            EmulatorLog.UnexpectedError(logger, queue.Path, exception);
        }
    }

    private void SettleUnguarded(DispositionContext context, DeliverySnapshot snapshot)
    {
        var message = snapshot.Message;
        var token = snapshot.LockToken;
        var state = context.DeliveryState;
        var result = state switch
        {
            Accepted => queue.Complete(message, token),
            Released => queue.Abandon(message, token, propertiesToModify: null, countDelivery: false),
            Modified { UndeliverableHere: true } modified => queue.Defer(message, token, BareMessageEditor.ReadChanges(modified.MessageAnnotations)),
            Modified modified => queue.Abandon(message, token, BareMessageEditor.ReadChanges(modified.MessageAnnotations)),
            Rejected rejected => DeadLetter(message, token, rejected.Error),
            _ => queue.Complete(message, token),
        };

        if (context.Settled)
        {
            return;
        }

        try
        {
            if (result == SettleResult.Settled)
            {
                // A rejected outcome echoed back would read as a failure to the client: dead-lettering succeeded.
                context.Link.DisposeMessage(context.Message, state is Rejected or null ? new Accepted() : state, true);
            }
            else
            {
                context.Link.DisposeMessage(context.Message, new Rejected { Error = AmqpErrors.LockLost() }, true);
            }
        }
        catch (AmqpException)
        {
            // The link closed before the outcome went out; the client settles again over the management link.
        }
    }

    private SettleResult DeadLetter(StoredMessage message, Guid token, Error? error)
    {
        var (reason, description) = DeadLetterRequest.Read(error);
        return queue.DeadLetter(
            message, token, reason, description, BareMessageEditor.ReadChanges(error?.Info, DeadLetterReasons.ReasonProperty, DeadLetterReasons.DescriptionProperty));
    }

    private void Pump(List<DeliverySnapshot> batch)
    {
        while (!closing)
        {
            batch.Clear();
            queue.Take(consumer, batch, PumpBatch);
            for (var i = 0; i < batch.Count; i++)
            {
                var delivery = batch[i];
                try
                {
                    link.SendMessage(new OutgoingMessage(delivery), DeliveryEncoder.Encode(delivery));
                }
                catch (Exception exception) when (exception is AmqpException or ObjectDisposedException or InvalidOperationException)
                {
                    // The link or connection went away mid-batch: locked messages come back when their locks expire.
                    closing = true;
                    return;
                }
            }

            if (batch.Count > 0)
            {
                // A flow read while this thread was between writing a transfer and counting it can shut the session's
                // window for good (SessionWindow); reopen it, or these deliveries stay queued in the library unwritten.
                _ = SessionWindow.ReopenIfShut(link.Session);
            }

            if (batch.Count < PumpBatch)
            {
                break;
            }
        }

        if (!closing && link.IsDraining && queue.TryFinishDrain(consumer))
        {
            try
            {
                link.CompleteDrain();
            }
            catch (AmqpException exception)
            {
                EmulatorLog.OperationFailed(logger, queue.Path, "drain", exception.Message);
            }
        }
    }

    /// <summary>The queue-side view of the link: its credit and a coalescing pump request.</summary>
    internal sealed class LinkConsumer(ReceiverLinkEndpoint owner) : MessageConsumer, IThreadPoolWorkItem
    {
        private readonly List<DeliverySnapshot> batch = new(PumpBatch);
        private int requests;

        /// <summary>The AMQP link this consumer sends on (tests).</summary>
        internal ListenerLink Link => owner.link;

        public override bool ReceiveAndDelete => owner.link.SettleOnSend;

        public override Session Session => owner.link.Session;

        public override void RequestPump()
        {
            if (Interlocked.Increment(ref requests) == 1)
            {
                ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
            }
        }

        public void Execute()
        {
            while (true)
            {
                var seen = Volatile.Read(ref requests);
                try
                {
                    owner.Pump(batch);
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    // A work item that throws would take the whole process down; locks lapse and redeliver.
                    EmulatorLog.UnexpectedError(owner.logger, owner.queue.Path, exception);
                }

                if (Interlocked.CompareExchange(ref requests, 0, seen) == seen)
                {
                    return;
                }
            }
        }
    }
}
