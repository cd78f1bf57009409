namespace NewsAlerts.Cli.Feeds;

/// <summary>One thing the local hub did, for tests and the demo to see it acting as a hub.</summary>
/// <param name="Kind">
/// <c>subscribe</c> or <c>unsubscribe</c> (a request received), <c>verified</c> (a subscription confirmed by the callback),
/// <c>unsubscribed</c> (an unsubscription confirmed), <c>unverified</c> (the callback did not echo the challenge), or <c>push</c>.
/// </param>
/// <param name="Topic">The topic.</param>
/// <param name="Callback">The subscriber's callback.</param>
/// <param name="Status">The callback's status for a verification or push; the answer (202, 400) for a request.</param>
/// <param name="LeaseSeconds">The lease asked for (a request) or granted (a verification); 0 otherwise.</param>
/// <param name="At">When (real time).</param>
public sealed record HubEvent(string Kind, Uri? Topic, Uri? Callback, int Status, int LeaseSeconds, DateTimeOffset At);
