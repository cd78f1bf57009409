using NewsAlerts.ServiceBusEmulator.Filters;

namespace NewsAlerts.ServiceBusEmulator.Entities;

/// <summary>A topic subscription: its own message store and the rules that select what it receives.</summary>
internal sealed class Subscription(string name, MessageQueue queue, IReadOnlyList<IMessageFilter> rules)
{
    public string Name { get; } = name;

    public MessageQueue Queue { get; } = queue;

    /// <summary>True when any rule matches; a subscription without rules takes everything (the $Default rule).</summary>
    public bool Accepts(IncomingMessage message)
    {
        if (rules.Count == 0)
        {
            return true;
        }

        message.EnsureDecoded();
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Matches(message))
            {
                return true;
            }
        }

        return false;
    }
}
