using Amqp;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>A request/response node such as <c>$cbs</c> or an entity's <c>$management</c>.</summary>
internal interface IRequestNode
{
    string Address { get; }

    /// <summary>
    /// The response to <paramref name="request"/>. Runs on the connection's thread, so it must not block: the state change
    /// happens before it returns, and a response that must wait (for the journal's disk write) is a task that completes
    /// later, leaving the connection free for every other link meanwhile.
    /// </summary>
    /// <exception cref="ArgumentException">The request is malformed (answered as a 400 by the caller), synchronously or through the task.</exception>
    Task<Message> HandleAsync(Message request, ClientConnection connection);

    /// <summary>How long to hold a request before handling it (a fault a test injected); zero for most.</summary>
    TimeSpan DelayFor(Message request) => TimeSpan.Zero;
}
