namespace NewsAlerts.Core.SignUps;

/// <summary>
/// The contact of a subscriber's own sign-up that still waits for its confirmation after the other one joined them
/// (<see cref="SignUpWaits"/>): the address whose link is unused, or the number whose code is not entered yet.
/// </summary>
/// <param name="SignUp">The sign-up form's sign-up that holds it (its link or code is the one that confirms it).</param>
/// <param name="Email">The address waiting for its link, or null.</param>
/// <param name="LinkUntil">When that link stops working; null when it no longer works (used, voided, expired or never sent).</param>
/// <param name="Phone">The number waiting for its code (E.164), or null.</param>
/// <param name="CodeUntil">When that code stops working; null when it no longer works (expired, voided or tried out).</param>
public sealed record WaitingSignUp(PendingSignUp SignUp, string? Email, DateTimeOffset? LinkUntil, string? Phone, DateTimeOffset? CodeUntil);
