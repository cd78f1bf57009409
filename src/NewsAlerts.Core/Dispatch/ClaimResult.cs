namespace NewsAlerts.Core.Dispatch;

/// <summary>What claiming an alert in the ledger found.</summary>
public enum ClaimResult
{
    /// <summary>Nobody had it: send it.</summary>
    Claimed,

    /// <summary>A previous worker claimed it and never recorded an outcome (it crashed between send and record): sending again may duplicate it.</summary>
    ClaimedAfterCrash,

    /// <summary>Another worker claimed it within the <see cref="ClaimLease"/> and may still be sending it: not now.</summary>
    HeldElsewhere,

    /// <summary>It has an outcome already (sent, delivered, failed or skipped): do nothing.</summary>
    AlreadyDone,
}
