namespace NewsAlerts.Pages.Layout;

using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;

/// <summary>
/// Values that read left to right whatever the page's direction (phone numbers, codes, email addresses, URLs), isolated
/// so an Arabic page shows "+44 7400 333444" rather than "333444 7400 +44": each goes in <c>&lt;bdi dir="ltr"&gt;</c>
/// (HTML Living Standard, the bdi element; W3C "Inline markup and bidirectional text in HTML").
/// </summary>
public static class LtrValues
{
    /// <summary><paramref name="value"/> escaped and isolated as left-to-right markup; empty for null.</summary>
    public static MarkupString Isolated(string? value) =>
        new(value is null ? string.Empty : $"<bdi dir=\"ltr\">{WebUtility.HtmlEncode(value)}</bdi>");

    /// <summary>
    /// <paramref name="value"/> between LEFT-TO-RIGHT ISOLATE U+2066 and POP DIRECTIONAL ISOLATE U+2069, the plain-text
    /// form of <see cref="Isolated"/> (Unicode UAX #9, section 2.7), for a value inside a sentence formatted as text
    /// (<see cref="Core.Words.LtrText.Isolate"/>, the one rule emails and texts follow too).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string InText(string value)
    {
        return Core.Words.LtrText.Isolate(value);
    }

    /// <summary><paramref name="value"/> isolated (<see cref="Isolated"/>), or <paramref name="otherwise"/> as escaped text when it is null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="otherwise"/> is null.</exception>
    public static MarkupString IsolatedOr(string? value, string otherwise)
    {
        ArgumentNullException.ThrowIfNull(otherwise);
        return value is null ? new(WebUtility.HtmlEncode(otherwise)) : Isolated(value);
    }

    /// <summary>
    /// As <see cref="Format(string, string)"/>; when <paramref name="value"/> is null, the whole sentence
    /// <paramref name="otherwise"/> (a catalog string of its own) as plain escaped text. Never a word put in the value's
    /// place: "us" in the slot of a number read "envoyez START au nous" in French (issue 16).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> or <paramref name="otherwise"/> is null.</exception>
    public static MarkupString FormatOr(string template, string? value, string otherwise)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(otherwise);
        return value is null
            ? new(WebUtility.HtmlEncode(otherwise))
            : Format(template, value);
    }

    /// <summary>
    /// <paramref name="template"/> (a catalog string with <c>{0}</c>, e.g. <c>PageStrings.PhoneStoppedHint</c>) escaped,
    /// with <paramref name="value"/> put in its place isolated as left-to-right (<see cref="Isolated"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="template"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="template"/> has a placeholder other than <c>{0}</c>.</exception>
    public static MarkupString Format(string template, string? value)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new(string.Format(CultureInfo.CurrentCulture, WebUtility.HtmlEncode(template), Isolated(value).Value));
    }
}
