namespace NewsAlerts.Core.Feeds.WebSub;

/// <summary>What to do about the subscription of a feed that was paused or removed (<see cref="WebSubRules.Ending"/>).</summary>
public enum WebSubEnding
{
    /// <summary>Nothing yet: our unsubscription waits for the hub's verification.</summary>
    Wait,

    /// <summary>Send <c>hub.mode=unsubscribe</c> (again): the hub may push until it verifies that we mean it.</summary>
    Unsubscribe,

    /// <summary>Remove the row: nothing runs at the hub (never verified, or the lease lapsed).</summary>
    Remove,
}
