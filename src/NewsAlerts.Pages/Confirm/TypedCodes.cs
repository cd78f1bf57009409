namespace NewsAlerts.Pages.Confirm;

/// <summary>A texted code as a person types it, e.g. <c>217 282</c> or <c>217-282</c>, made ready to check.</summary>
public static class TypedCodes
{
    /// <summary>
    /// <paramref name="typed"/> without its spaces (any Unicode white space) and dashes (hyphen-minus and the Unicode
    /// dash punctuation); every other character is kept, so a wrong code stays wrong. Null reads as empty.
    /// </summary>
    public static string Normalised(string? typed) =>
        string.Concat((typed ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-' && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.DashPunctuation));

    /// <summary>
    /// Whether <paramref name="normalised"/> (<see cref="Normalised"/>'s result) has the shape of a texted code: exactly
    /// six ASCII digits. Anything else (<c>abc</c>, five digits, other scripts' digits) cannot be a code we sent, so a page
    /// says how to write one (<see cref="PageStrings.CodeNotSixDigits"/>) rather than spend one of the five tries.
    /// </summary>
    public static bool IsSixDigits(string? normalised) => normalised is { Length: 6 } && normalised.All(char.IsAsciiDigit);
}
