namespace NewsAlerts.Channels.Email;

using System.Text;
using NewsAlerts.Core.Texts;

/// <summary>
/// The direction of a plain-text part: a text part has no <c>dir</c>, so for a right-to-left language each line starts
/// with U+200F RIGHT-TO-LEFT MARK, which makes the Unicode bidirectional algorithm (UAX #9, rules P2-P3) lay the line
/// out right to left even when it starts with a URL or a Latin headline.
/// </summary>
public static class PlainTextDirection
{
    /// <summary>The mark put before each non-empty line of a right-to-left text.</summary>
    public const char RightToLeftMark = '\u200F';

    /// <summary><paramref name="text"/> as it goes in the text part for <paramref name="locale"/>: unchanged for a left-to-right language.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Apply(string text, MessageLocale locale)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(locale);
        if (!locale.IsRightToLeft)
        {
            return text;
        }

        var marked = new StringBuilder(text.Length + 64);
        foreach (var line in text.Split('\n'))
        {
            if (marked.Length > 0)
            {
                marked.Append('\n');
            }

            marked.Append(line.TrimEnd('\r').Length > 0 ? RightToLeftMark + line : line);
        }

        return marked.ToString();
    }
}
