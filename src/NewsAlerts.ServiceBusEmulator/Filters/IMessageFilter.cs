using NewsAlerts.ServiceBusEmulator.Entities;

namespace NewsAlerts.ServiceBusEmulator.Filters;

/// <summary>A subscription rule's filter.</summary>
internal interface IMessageFilter
{
    bool Matches(IncomingMessage message);
}
