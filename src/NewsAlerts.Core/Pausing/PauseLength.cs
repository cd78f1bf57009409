namespace NewsAlerts.Core.Pausing;

/// <summary>How long a subscriber pauses their alerts, as they chose it.</summary>
public enum PauseLength
{
    /// <summary>Resume now: alerts go again.</summary>
    Resume,

    /// <summary>24 hours from now.</summary>
    Day,

    /// <summary>7 days from now.</summary>
    Week,

    /// <summary>Until the start (00:00 local time) of a chosen date.</summary>
    UntilDate,

    /// <summary>Until they resume.</summary>
    UntilResumed,
}
