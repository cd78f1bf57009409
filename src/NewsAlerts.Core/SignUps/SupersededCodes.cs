namespace NewsAlerts.Core.SignUps;

/// <summary>
/// The codes of one sign-up that a newer code of the same sign-up replaced (trial r37 #3): the number signed up again
/// with other choices (the sign-up is continued, <see cref="SignUpsAgain.Continued"/>) or "Send me a new code" was
/// pressed. Only the newest code confirms; an older one typed correctly is told "a newer code was sent", not "wrong".
/// Kept as the keyed hashes (hex, <see cref="Security.TokenSigner.HashCode"/>) separated by spaces, newest first, at
/// most <see cref="Kept"/> (three confirmations per contact a day make more than that rare), in one string so the
/// pending confirmations stay a value (record equality, the conditional writes compare them).
/// </summary>
public static class SupersededCodes
{
    /// <summary>How many replaced codes are remembered.</summary>
    public const int Kept = 3;

    /// <summary>
    /// <paramref name="superseded"/> (as stored; null: none) with <paramref name="replaced"/> (the hash of the code a newer
    /// one replaces now; null: none was held) added as the newest, the oldest beyond <see cref="Kept"/> dropped.
    /// </summary>
    public static string? With(string? superseded, string? replaced) =>
        replaced is null ? superseded : string.Join(' ', new[] { replaced }.Concat(Of(superseded).Where(h => h != replaced)).Take(Kept));

    /// <summary>Whether one of the hashes in <paramref name="superseded"/> (null: none) is <paramref name="matches"/>' code.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="matches"/> is null.</exception>
    public static bool Hold(string? superseded, Func<string, bool> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        return Of(superseded).Any(matches);
    }

    private static string[] Of(string? superseded) => superseded?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
}
