namespace NewsAlerts.Core.Subscribers;

/// <summary>
/// What a subscriber still has to confirm. The email link's nonce and the SMS code's keyed hash are kept here
/// and cleared when used, so a confirmation works once and an old link cannot confirm again later.
/// </summary>
/// <param name="EmailNonce">The nonce of the one email confirmation token that is valid now.</param>
/// <param name="SmsCodeHash">The keyed hash of the SMS code that is valid now.</param>
/// <param name="SmsCodeExpiresAt">When the SMS code stops working.</param>
/// <param name="SmsCodeAttempts">Wrong codes entered so far (the code is void after five).</param>
/// <param name="EmailLinkExpiresAt">
/// When the link of <paramref name="EmailNonce"/> stops working; null in rows stored before it was kept (read as the
/// sign-up's creation plus the link's lifetime, which is never later than the truth).
/// </param>
/// <param name="UsedSmsCodeHash">
/// The keyed hash of the code that confirmed the number, kept once <paramref name="SmsCodeHash"/> is cleared, so an
/// older code entered later is told apart from the same code entered again (trial r32 #3); null before it confirmed
/// and in rows stored before it was kept.
/// </param>
/// <param name="OptedOutAt">
/// When the latest opt-out of one of its contacts voided its link or code or marked its confirmation in flight
/// (<see cref="SignUps.OptOutVoids"/>), so a claimed link or code given back after a failed join cannot come back
/// (the give-back is written only over the claim, issue 16); null when none did.
/// </param>
/// <param name="UsedEmailNonce">
/// The nonce of the link that confirmed the address, kept once <paramref name="EmailNonce"/> is cleared, so only that
/// link, opened again, is taken as proof of the address now held (a manage sign-up's earlier link, sent to an address
/// replaced before it was confirmed, is not: review of s37, finding 2); null before it confirmed and in rows stored
/// before it was kept.
/// </param>
/// <param name="SupersededSmsCodeHashes">
/// The keyed hashes of the codes a newer code replaced, newest first (<see cref="SignUps.SupersededCodes"/>), so an
/// older code typed correctly reads as replaced rather than wrong (trial r37 #3); null when none was replaced and in
/// rows stored before they were kept.
/// </param>
public sealed record PendingConfirmations(
    string? EmailNonce, string? SmsCodeHash, DateTimeOffset? SmsCodeExpiresAt, int SmsCodeAttempts, DateTimeOffset? EmailLinkExpiresAt = null, string? UsedSmsCodeHash = null,
    DateTimeOffset? OptedOutAt = null, string? UsedEmailNonce = null, string? SupersededSmsCodeHashes = null)
{
    /// <summary>Wrong SMS codes allowed before the code is void.</summary>
    public const int MaxSmsCodeAttempts = 5;
}
