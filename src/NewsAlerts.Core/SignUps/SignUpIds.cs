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
}
