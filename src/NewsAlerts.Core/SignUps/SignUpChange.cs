namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Subscribers;

/// <summary>
/// The change email a sign-up's address gets when it is confirmed already (<see cref="SignUpEmails"/>, issue 16),
/// decided when it is sent. It goes to the address only, so the manage link in it is the address holder's, as any
/// manage link by email.
/// </summary>
/// <param name="Holder">The subscriber holding the address (its language and time zone word the email).</param>
/// <param name="NewTopics">The topics the link would add (those not followed yet); empty: "you already follow these", no link.</param>
/// <param name="ManageToken">A manage token for <paramref name="Holder"/>.</param>
public sealed record SignUpChange(Subscriber Holder, IReadOnlyList<Topic> NewTopics, string ManageToken);
