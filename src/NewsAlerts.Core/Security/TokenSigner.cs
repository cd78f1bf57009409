namespace NewsAlerts.Core.Security;

using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

/// <summary>
/// Issues and verifies HMAC-SHA256 signed tokens (<c>payload.signature</c>, base64url) for confirmation,
/// unsubscribe and manage links. They cannot be forged without the key and stop working when they expire.
/// New tokens are signed with the current key; tokens signed with the previous key (before a rotation) still verify,
/// so links already sent keep working until they expire.
/// </summary>
public sealed class TokenSigner
{
    private const int MinimumKeyLength = 32;
    private readonly byte[] key;
    private readonly byte[][] keys;
    private readonly TimeProvider time;

    /// <summary>Creates a signer; the key must be at least 32 bytes.</summary>
    public TokenSigner(byte[] key, TimeProvider time)
        : this(key, null, time)
    {
    }

    /// <summary>Creates a signer that also accepts what <paramref name="previousKey"/> signed; each key at least 32 bytes.</summary>
    public TokenSigner(byte[] key, byte[]? previousKey, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(time);
        if (key.Length < MinimumKeyLength)
        {
            throw new ArgumentException("The signing key must be at least 32 bytes.", nameof(key));
        }

        if (previousKey is { Length: < MinimumKeyLength })
        {
            throw new ArgumentException("The previous signing key must be at least 32 bytes.", nameof(previousKey));
        }

        this.key = key;
        keys = previousKey is null || previousKey.AsSpan().SequenceEqual(key) ? [key] : [key, previousKey];
        this.time = time;
    }

    /// <summary>A token for <paramref name="purpose"/> about <paramref name="subscriberId"/>, valid for <paramref name="lifetime"/>.</summary>
    public string Issue(TokenPurpose purpose, string subscriberId, TimeSpan lifetime)
    {
        var expires = time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        var nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));
        var payload = Encoding.UTF8.GetBytes($"{purpose}|{subscriberId}|{expires}|{nonce}");
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(Sign(payload))}";
    }

    /// <summary>
    /// The token's content when its signature is right, its purpose matches and it has not expired; otherwise null. An
    /// <see cref="TokenPurpose.Unsubscribe"/> token does not expire (its signature and purpose are still checked): a person
    /// may hold an email for years, mailbox providers expect its one-click unsubscribe (RFC 8058) to keep working, and
    /// CAN-SPAM requires at least 30 days; stopping email is safe to honour late (audit s45 gap 6: after 90 days it
    /// answered 403 and unsubscribed nothing).
    /// </summary>
    public VerifiedToken? Verify(string? token, TokenPurpose purpose) =>
        Signed(token, purpose) is { } signed && (purpose == TokenPurpose.Unsubscribe || signed.ExpiresAt > time.GetUtcNow()) ? signed : null;

    /// <summary>
    /// The subject (subscriber or sign-up id) of a token for <paramref name="purpose"/> with a right signature, expired
    /// or not; otherwise null. Only to say what an expired link was for, never to act on it.
    /// </summary>
    public string? SignedSubject(string? token, TokenPurpose purpose) => Signed(token, purpose)?.SubscriberId;

    private VerifiedToken? Signed(string? token, TokenPurpose purpose)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 512 || token.Split('.') is not [var payloadText, var signatureText])
        {
            return null;
        }

        byte[] payload;
        byte[] signature;
        try
        {
            payload = Base64Url.DecodeFromChars(payloadText);
            signature = Base64Url.DecodeFromChars(signatureText);
        }
        catch (FormatException)
        {
            return null;
        }

        if (!keys.Any(k => CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(k, payload))))
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(payload).Split('|');
        if (parts.Length != 4 || parts[0] != purpose.ToString() || !long.TryParse(parts[2], out var expires))
        {
            return null;
        }

        return expires is < -62135596800 or > 253402300799 ? null : new VerifiedToken(purpose, parts[1], DateTimeOffset.FromUnixTimeSeconds(expires), parts[3]);
    }

    /// <summary>A keyed hash of a short secret (an SMS code) bound to a subscriber, for storing instead of the code.</summary>
    public string HashCode(string subscriberId, string code) => CodeHash(key, subscriberId, code);

    /// <summary>Whether <paramref name="code"/> is the one whose <see cref="HashCode"/> was stored (under the current or previous key).</summary>
    public bool MatchesCode(string subscriberId, string code, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(storedHash);
        var stored = Encoding.ASCII.GetBytes(storedHash);
        return keys.Any(k => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(CodeHash(k, subscriberId, code)), stored));
    }

    /// <summary>
    /// Keyed hashes (hex) of a normalised contact, under the current key first and then the previous one, for the
    /// suppression list: it can be looked up by the contact but does not reveal it.
    /// </summary>
    public IReadOnlyList<string> ContactHashes(string normalisedContact)
    {
        ArgumentNullException.ThrowIfNull(normalisedContact);
        var data = Encoding.UTF8.GetBytes($"contact|{normalisedContact}");
        return [.. keys.Select(k => Convert.ToHexString(HMACSHA256.HashData(k, data)))];
    }

    private static string CodeHash(byte[] key, string subscriberId, string code) =>
        Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"sms-code|{subscriberId}|{code}")));

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(key, payload);
}
