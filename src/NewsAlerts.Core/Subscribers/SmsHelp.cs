namespace NewsAlerts.Core.Subscribers;

/// <summary>What the answer to HELP names: the service and where to get help.</summary>
/// <param name="ServiceName">The service's name, e.g. <c>NewsAlerts</c>.</param>
/// <param name="ContactAddress">An email address or https URL where subscribers get help.</param>
public sealed record SmsHelp(string ServiceName, string ContactAddress);
