using Amqp.Listener;

namespace NewsAlerts.ServiceBusEmulator.Amqp;

/// <summary>What the emulator knows about one client connection: its granted tokens and its reply links.</summary>
internal sealed class ClientConnection(int id)
{
    private readonly object gate = new();
    private readonly List<(string Audience, DateTimeOffset Expires)> grants = [];
    private readonly Dictionary<string, ReplyLinkEndpoint> replyLinks = new(StringComparer.Ordinal);
    private bool authenticatedForEverything;

    public int Id { get; } = id;

    /// <summary>Set when SASL PLAIN proved the namespace key: every entity is then open to the connection.</summary>
    public void GrantAll()
    {
        lock (gate)
        {
            authenticatedForEverything = true;
        }
    }

    /// <summary>Records a verified token; <paramref name="audiencePath"/> is an entity path or empty for the namespace.</summary>
    public void Grant(string audiencePath, DateTimeOffset expires)
    {
        lock (gate)
        {
            grants.Add((audiencePath, expires));
        }
    }

    public bool IsAuthorized(string entityPath, DateTimeOffset now)
    {
        lock (gate)
        {
            if (authenticatedForEverything)
            {
                return true;
            }

            foreach (var (audience, expires) in grants)
            {
                if (expires > now && (audience.Length == 0
                    || entityPath.Equals(audience, StringComparison.OrdinalIgnoreCase)
                    || entityPath.StartsWith(audience + "/", StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }

            return false;
        }
    }

    public void AddReplyLink(string address, ReplyLinkEndpoint endpoint)
    {
        lock (gate)
        {
            replyLinks[address] = endpoint;
        }
    }

    public void RemoveReplyLink(ReplyLinkEndpoint endpoint)
    {
        lock (gate)
        {
            foreach (var key in replyLinks.Where(pair => pair.Value == endpoint).Select(pair => pair.Key).ToList())
            {
                replyLinks.Remove(key);
            }
        }
    }

    /// <summary>
    /// Finds where a response goes: the link attached with the request's reply-to address, or failing that
    /// the reply link attached to the same node (clients that reuse the node address as reply-to).
    /// </summary>
    public ReplyLinkEndpoint? FindReplyLink(string? replyTo, string node)
    {
        lock (gate)
        {
            if (replyTo is not null && replyLinks.TryGetValue(replyTo, out var byAddress))
            {
                return byAddress;
            }

            ReplyLinkEndpoint? fallback = null;
            foreach (var endpoint in replyLinks.Values)
            {
                if (string.Equals(endpoint.Node, node, StringComparison.OrdinalIgnoreCase))
                {
                    fallback = endpoint;
                }
            }

            return fallback;
        }
    }

    public static ClientConnection Of(ListenerLink link) => ConnectionTracker.StateOf(link.Session.Connection);
}
