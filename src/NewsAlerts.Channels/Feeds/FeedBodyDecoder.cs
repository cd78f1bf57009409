namespace NewsAlerts.Channels.Feeds;

using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// Turns a feed's bytes into text the way RFC 7303 (XML media types) says: a byte order mark first, then the
/// <c>charset</c> of the HTTP <c>Content-Type</c>, then the XML declaration's <c>encoding</c>, then UTF-8. Readers that
/// trust only the declaration garble feeds whose server re-encodes them (the declaration says ISO-8859-1, the bytes are UTF-8).
/// </summary>
public static partial class FeedBodyDecoder
{
    static FeedBodyDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The decoded text, and an error when a named charset was unknown or the bytes were not valid in it.</summary>
    /// <param name="body">The response body.</param>
    /// <param name="headerCharset">The <c>charset</c> parameter of the response's <c>Content-Type</c>, or null.</param>
    public static (string Text, string? Error) Decode(ReadOnlySpan<byte> body, string? headerCharset)
    {
        var (bom, skip) = ByteOrderMark(body);
        if (bom is not null)
        {
            return Strict(bom, body[skip..]);
        }

        string? error = null;
        foreach (var name in new[] { headerCharset, DeclaredEncoding(body) })
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            var encoding = Lookup(name.Trim().Trim('"', '\''));
            if (encoding is not null)
            {
                var (text, invalid) = Strict(encoding, body);
                return (text, error ?? invalid);
            }

            error ??= $"unknown charset '{name}'";
        }

        var (utf8, bad) = Strict(new UTF8Encoding(false), body);
        return (utf8, error ?? bad);
    }

    private static (string Text, string? Error) Strict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return (strict.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            // Keep what can be read: invalid bytes become U+FFFD, and the feed's health says so.
            return (encoding.GetString(bytes), $"bytes not valid in {encoding.WebName}");
        }
    }

    private static Encoding? Lookup(string name)
    {
        try
        {
            var encoding = Encoding.GetEncoding(name);

            // WHATWG Encoding: a document labelled US-ASCII or ISO-8859-1 is decoded as windows-1252 (a superset).
            return encoding.CodePage is 20127 or 28591 ? Encoding.GetEncoding(1252) : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static (Encoding? Encoding, int Length) ByteOrderMark(ReadOnlySpan<byte> body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
        [0xFF, 0xFE, 0, 0, ..] => (new UTF32Encoding(false, false), 4),
        [0, 0, 0xFE, 0xFF, ..] => (new UTF32Encoding(true, false), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false), 2),
        _ => (null, 0),
    };

    private static string? DeclaredEncoding(ReadOnlySpan<byte> body)
    {
        // The declaration is ASCII in every ASCII-compatible encoding; read at most its first line.
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 200)]);
        var match = DeclarationPattern().Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*?\sencoding\s*=\s*["'](?<name>[A-Za-z0-9._:-]+)["']""")]
    private static partial Regex DeclarationPattern();
}
