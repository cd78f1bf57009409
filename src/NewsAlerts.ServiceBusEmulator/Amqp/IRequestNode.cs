using Amqp;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>A request/response node such as <c>$cbs</c> or an entity's <c>$management</c>.</summary>
internal interface IRequestNode
{
    string Address { get; }

    Message Handle(Message request, ClientConnection connection);

    /// <summary>How long to hold a request before handling it (a fault a test injected); zero for most.</summary>
    TimeSpan DelayFor(Message request) => TimeSpan.Zero;
}
