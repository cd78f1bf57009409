namespace NewsAlerts.Core.Dispatch;

/// <summary>How a batch message is settled on its queue.</summary>
public enum SettlementAction
{
    /// <summary>Done: remove it from the queue.</summary>
    Complete,

    /// <summary>Hand it back to the queue for another delivery (now, or after the lock, by the next worker).</summary>
    Abandon,

    /// <summary>Move it to the dead-letter queue with a reason and description.</summary>
    DeadLetter,
}
