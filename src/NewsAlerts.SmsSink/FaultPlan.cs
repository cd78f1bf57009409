namespace NewsAlerts.SmsSink;

/// <summary>Failures to answer instead of accepting the next requests to the Messages API (fault tests).</summary>
public sealed class FaultPlan
{
    private readonly Lock gate = new();
    private SinkFault? fault;
    private int remaining;

    /// <summary>Answers <paramref name="fault"/> to the next <paramref name="count"/> requests (0 clears).</summary>
    public void Set(SinkFault fault, int count)
    {
        lock (gate)
        {
            this.fault = fault;
            remaining = count;
        }
    }

    /// <summary>
    /// The fault for this request to <paramref name="to"/> (its <c>To</c>; null when it names none), if any are left and
    /// the fault is for every number or for this one (<see cref="SinkFault.To"/>).
    /// </summary>
    public SinkFault? TryTake(string? to = null)
    {
        lock (gate)
        {
            if (remaining <= 0 || fault is null || (fault.To is { } only && !string.Equals(only, to, StringComparison.Ordinal)))
            {
                return null;
            }

            remaining--;
            return fault;
        }
    }
}
