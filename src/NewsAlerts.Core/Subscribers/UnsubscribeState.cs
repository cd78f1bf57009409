namespace NewsAlerts.Core.Subscribers;

/// <summary>
/// What the page of a one-click unsubscribe link shows (issue 16: reopening the link asked again). The link stops
/// email to every address of the person, for every topic (<see cref="SubscriberService.UnsubscribeEmailAsync"/>);
/// texts are not touched, so only the email status decides.
/// </summary>
public enum UnsubscribeState
{
    /// <summary>The subscriber is erased (or was never there): nothing is sent, nothing to undo.</summary>
    Gone,

    /// <summary>Email still may go to the address (confirmed, waiting or bounced): the page asks.</summary>
    Receiving,

    /// <summary>The address was unsubscribed already (<see cref="ContactStatus.OptedOut"/>): the page says so and offers the way back.</summary>
    Unsubscribed,
}

/// <summary>The decision behind <see cref="UnsubscribeState"/>, as a plain function.</summary>
public static class UnsubscribeStates
{
    /// <summary>The state of <paramref name="subscriber"/> (null: erased) for its unsubscribe link's page.</summary>
    public static UnsubscribeState Of(Subscriber? subscriber) => subscriber switch
    {
        null => UnsubscribeState.Gone,
        { EmailStatus: ContactStatus.OptedOut } => UnsubscribeState.Unsubscribed,
        _ => UnsubscribeState.Receiving,
    };
}
