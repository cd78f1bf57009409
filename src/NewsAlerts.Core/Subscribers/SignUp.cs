namespace NewsAlerts.Core.Subscribers;

/// <summary>A new subscriber and the secrets to hand out: the manage token to the caller, the rest by email and SMS.</summary>
/// <param name="Subscriber">The stored subscriber (channels pending).</param>
/// <param name="ManageToken">Lets the holder read and change this subscriber.</param>
/// <param name="EmailConfirmationToken">Goes in the confirmation link by email, when there is an address.</param>
/// <param name="SmsCode">The six-digit code sent by SMS, when there is a number.</param>
public sealed record SignUp(Subscriber Subscriber, string ManageToken, string? EmailConfirmationToken, string? SmsCode);
