namespace NewsAlerts.Core.Security;

/// <summary>A token whose signature, purpose and expiry checked out.</summary>
/// <param name="Purpose">What it allows.</param>
/// <param name="SubscriberId">Whom it is about.</param>
/// <param name="ExpiresAt">When it stops working.</param>
/// <param name="Nonce">Unique per token, so a single-use token can be marked used.</param>
public sealed record VerifiedToken(TokenPurpose Purpose, string SubscriberId, DateTimeOffset ExpiresAt, string Nonce);
