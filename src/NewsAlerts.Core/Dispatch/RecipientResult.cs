namespace NewsAlerts.Core.Dispatch;

/// <summary>What became of one recipient of a batch, as the batch's outcome counts it.</summary>
public enum RecipientResult
{
    /// <summary>The provider accepted the alert.</summary>
    Sent,

    /// <summary>Sent again after a worker claimed it and stopped before recording it: possibly a duplicate.</summary>
    SentAfterCrash,

    /// <summary>The ledger shows it done already (a redelivered batch): nothing sent, nothing recorded.</summary>
    AlreadyDone,

    /// <summary>The subscriber is gone or no longer wants this channel.</summary>
    Skipped,

    /// <summary>The provider refused it for good; the subscriber's channel is disabled.</summary>
    Failed,

    /// <summary>The provider failed for now: the batch must be delivered again.</summary>
    Retrying,
}
