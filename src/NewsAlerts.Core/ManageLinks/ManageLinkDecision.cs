namespace NewsAlerts.Core.ManageLinks;

/// <summary>
/// What to do when someone asks for a fresh manage link to an email address (<see cref="ManageLinkRecovery.Decide"/>) or
/// by text to a number (<see cref="ManageLinkRecovery.DecideText"/>).
/// </summary>
public enum ManageLinkDecision
{
    /// <summary>Send the subscriber a fresh manage link at that address or number.</summary>
    Send,

    /// <summary>No subscriber has that address (or only as an old, merged address nothing is sent to): send nothing.</summary>
    Unknown,

    /// <summary>The address was never confirmed: nobody proved they own it, so the manage link (full control) is not sent.</summary>
    NotConfirmed,

    /// <summary>The address refused mail for good (hard bounce, provider): send nothing.</summary>
    Unreachable,

    /// <summary>
    /// The number stopped our texts (STOP, the carrier's opt-out, "stop everything"): nothing is texted to it. The page
    /// told every asker how to restart (text START, then ask again), so this person learns it without a text.
    /// </summary>
    Stopped,
}
