namespace NewsAlerts.SmsSink;

/// <summary>Every message the sink has seen, in arrival order, and the numbers that replied STOP.</summary>
public sealed class MessageStore
{
    private readonly Lock gate = new();
    private readonly List<SinkMessage> messages = [];
    private readonly HashSet<string> stopped = new(StringComparer.Ordinal);

    /// <summary>Records a message.</summary>
    public void Add(SinkMessage message)
    {
        lock (gate)
        {
            messages.Add(message);
        }
    }

    /// <summary>Sets the status of the message with <paramref name="sid"/>.</summary>
    public void SetStatus(string sid, string status)
    {
        lock (gate)
        {
            var index = messages.FindIndex(m => m.Sid == sid);
            if (index >= 0)
            {
                messages[index] = messages[index] with { Status = status };
            }
        }
    }

    /// <summary>A snapshot of every message.</summary>
    public IReadOnlyList<SinkMessage> All()
    {
        lock (gate)
        {
            return [.. messages];
        }
    }

    /// <summary>Forgets every message and every STOP reply.</summary>
    public void Clear()
    {
        lock (gate)
        {
            messages.Clear();
            stopped.Clear();
        }
    }

    /// <summary>Records that <paramref name="number"/> replied STOP (true) or START (false).</summary>
    public void SetStopped(string number, bool isStopped)
    {
        lock (gate)
        {
            _ = isStopped ? stopped.Add(number) : stopped.Remove(number);
        }
    }

    /// <summary>Whether <paramref name="number"/> replied STOP.</summary>
    public bool IsStopped(string number)
    {
        lock (gate)
        {
            return stopped.Contains(number);
        }
    }
}
