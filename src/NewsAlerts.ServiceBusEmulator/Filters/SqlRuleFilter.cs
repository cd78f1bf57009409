using NewsAlerts.ServiceBusEmulator.Entities;

namespace NewsAlerts.ServiceBusEmulator.Filters;

/// <summary>A parsed SQL filter; only a definite true matches (unknown, as in SQL, does not).</summary>
internal sealed class SqlRuleFilter(Func<IncomingMessage, object?> predicate) : IMessageFilter
{
    public bool Matches(IncomingMessage message) => predicate(message) is true;
}
