namespace NewsAlerts.Core.ManageLinks;

using NewsAlerts.Core.Delivery;

/// <summary>
/// One request for a fresh manage link: to an email address (<see cref="Channel.Email"/>, canonical form) or by text to
/// a number (<see cref="Channel.Sms"/>, E.164), as <see cref="ManageLinkMessage"/> carries it on the queue.
/// </summary>
/// <param name="Channel">Where the link is to go.</param>
/// <param name="Contact">The address or number, normalised.</param>
public sealed record ManageLinkAsk(Channel Channel, string Contact);
