namespace NewsAlerts.Core.SignUps;

/// <summary>A new sign-up and the secrets to send out: the confirmation token by email, the code by SMS.</summary>
/// <param name="SignUp">The stored sign-up.</param>
/// <param name="EmailConfirmationToken">Goes in the confirmation link by email, when there is an address.</param>
/// <param name="SmsCode">The six-digit code sent by SMS, when there is a number.</param>
public sealed record SignUpStarted(PendingSignUp SignUp, string? EmailConfirmationToken, string? SmsCode);
