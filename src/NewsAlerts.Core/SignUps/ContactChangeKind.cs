namespace NewsAlerts.Core.SignUps;

/// <summary>What asking to add or change a subscriber's address or number leads to (<see cref="ContactChanges.Decide"/>).</summary>
public enum ContactChangeKind
{
    /// <summary>A confirmation goes to the new contact; the old one keeps receiving until it is confirmed.</summary>
    Confirm,

    /// <summary>It is the subscriber's contact already, confirmed: nothing to do.</summary>
    Unchanged,

    /// <summary>The number replied STOP (or its carrier opted it out): only texting START to us brings it back, no code is sent.</summary>
    NumberStopped,
}
