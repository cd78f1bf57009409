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

    /// <summary>The fault for this request, if any are left.</summary>
    public SinkFault? TryTake()
    {
        lock (gate)
        {
            if (remaining <= 0 || fault is null)
            {
                return null;
            }

            remaining--;
            return fault;
        }
    }
}
