namespace NewsAlerts.Core.Tests.Fuzzing;

using CsCheck;

/// <summary>Generated text for the fuzz tests: words, markup and entity fragments, odd Unicode and random characters.</summary>
public static class FuzzText
{
    /// <summary>Short text with the characters parsers trip on; never a lone surrogate (the HTTP layer refuses those).</summary>
    public static readonly Gen<string> Any = Gen.Frequency(
        (6, Gen.OneOf("Syria", "truce", " ", "\n", "\t", "&amp;", "&lt;", "&#x0;", "&#xD800;", "&#1114112;", "&nbsp;", "&bogus;", "&",
            "€", "😀", "\u0301", "\u200B", "\u202E", "\uFEFF", "ß", "\"", "'", "<", ">", "</", "/>", "<!--", "-->", "<![CDATA[", "]]>",
            "2026-11-30T01:00:00Z", "-1", "1e400", "urn:x", "https://example.com/a?b=c", "javascript:alert(1)").Array[0, 12]
            .Select(parts => string.Concat(parts))),
        (1, Gen.String[0, 80].Select(Clean)));

    /// <summary>The text with any lone surrogate replaced by U+FFFD.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
