namespace NewsAlerts.Core.SignUps;

/// <summary>
/// The shape of a sign-up id (<c>u</c> + base64url, or <c>m</c> + a subscriber id): 1 to <see cref="MaxLength"/>
/// characters of <c>A-Z a-z 0-9 - _</c>. A value from a request that is not of this shape names no sign-up.
/// </summary>
public static class SignUpIds
{
    /// <summary>The longest id accepted, in characters.</summary>
    public const int MaxLength = 64;

    /// <summary>Whether <paramref name="id"/> has the shape of a sign-up id.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: > 0 and <= MaxLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>Whether <paramref name="id"/> is a sign-up made on the sign-up page or API (<c>u</c>), not the manage link's (<c>m</c>).</summary>
    public static bool IsOfSignUpForm(string id) => id is ['u', ..];

    /// <summary>
    /// Whether <paramref name="id"/> (as a link gives it) is well formed and the manage link's (<c>m</c>: a change of
    /// address or number, or an address coming back). What a page says of a link follows this: an id of no known shape
    /// (<c>nope</c>, a link cut short) was never a change of address, so it is worded as a sign-up's link (session 42).
    /// </summary>
    public static bool IsOfManageLink(string? id) => IsWellFormed(id) && id is ['m', ..];
}
