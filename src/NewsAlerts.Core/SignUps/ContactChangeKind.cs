namespace NewsAlerts.Core.SignUps;

/// <summary>What asking to add or change a subscriber's address or number leads to (<see cref="ContactChanges.Decide"/>).</summary>
public enum ContactChangeKind
{
    /// <summary>A confirmation goes to the new contact; the old one keeps receiving until it is confirmed.</summary>
    Confirm,

    /// <summary>It is the subscriber's contact already, confirmed: nothing to do.</summary>
    Unchanged,

    /// <summary>
    /// It is the change waiting already, its link or code still working (<see cref="ContactChanges.Repeats"/>): nothing is
    /// sent again and no allowance is spent; answered as the first ask was, as a repeated sign-up is.
    /// </summary>
    Waiting,

    /// <summary>
    /// The subscriber's own number replied STOP (or its carrier opted it out): only texting START to us brings it back,
    /// no code is sent. Told only for the number the subscriber has: another number that replied STOP gets
    /// <see cref="Confirm"/> as any, and its code is withheld (<see cref="StoppedNumbers"/>), so a manage link does not
    /// tell its holder which strangers' numbers replied STOP (issue 16).
    /// </summary>
    NumberStopped,
}
