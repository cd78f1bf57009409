using Amqp.Framing;
using Amqp.Handler;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>
/// Hooks the AMQP library's events: sets each delivery's tag to its lock token (the library would number
/// them), reports connections to the tracker, and notes sessions whose peer's window is unlimited (<see cref="SessionWindow"/>).
/// </summary>
internal sealed class EmulatorHandler(ConnectionTracker tracker) : IHandler
{
    public bool CanHandle(EventId id) => id is EventId.SendDelivery or EventId.ConnectionRemoteOpen or EventId.SessionRemoteOpen;

    public void Handle(Event protocolEvent)
    {
        switch (protocolEvent.Id)
        {
            case EventId.SendDelivery when protocolEvent.Context is IDelivery { Message: OutgoingMessage { Tag: { } tag } } delivery:
                delivery.Tag = tag;
                break;
            case EventId.SessionRemoteOpen when protocolEvent.Context is Begin begin:
                SessionWindow.OnRemoteBegin(protocolEvent.Session, begin);
                break;
            case EventId.ConnectionRemoteOpen:
                tracker.Opened(protocolEvent.Connection, (protocolEvent.Context as Open)?.ContainerId);
                break;
            default:
                break;
        }
    }
}
