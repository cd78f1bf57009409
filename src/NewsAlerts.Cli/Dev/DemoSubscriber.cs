namespace NewsAlerts.Cli.Dev;

/// <summary>One demo subscriber.</summary>
/// <param name="Topic">What they follow.</param>
/// <param name="Channel"><c>email</c> or <c>sms</c>.</param>
/// <param name="Address">The address or number (made up for the demo).</param>
/// <param name="Id">The subscriber id the API gave.</param>
/// <param name="DigestDueAt">For the digest subscriber, when their digest falls due (UTC); null for those alerted at once.</param>
public sealed record DemoSubscriber(string Topic, string Channel, string Address, string Id, DateTimeOffset? DigestDueAt = null);
