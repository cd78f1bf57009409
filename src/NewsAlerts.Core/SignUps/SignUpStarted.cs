namespace NewsAlerts.Core.SignUps;

/// <summary>A new sign-up and the secrets to send out: the confirmation token by email, the code by SMS.</summary>
/// <param name="SignUp">The stored sign-up.</param>
/// <param name="EmailConfirmationToken">Goes in the confirmation link by email, when there is an address.</param>
/// <param name="SmsCode">The six-digit code sent by SMS, when there is a number and it may be texted.</param>
public sealed record SignUpStarted(PendingSignUp SignUp, string? EmailConfirmationToken, string? SmsCode)
{
    /// <summary>
    /// Whether a code was issued for the number (stored as usual) but is not sent: the number is on the suppression
    /// list (<see cref="StoppedNumbers"/>). Nothing counts it as sent; answers still read as for any number.
    /// </summary>
    public bool SmsCodeWithheld { get; init; }
}
