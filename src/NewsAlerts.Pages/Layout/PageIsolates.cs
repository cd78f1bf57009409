namespace NewsAlerts.Pages.Layout;

using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// Turns the direction control characters of plain-text sentences into HTML markup on a rendered page. The words a page
/// shows are built by the same functions as emails and texts (Core's <c>LtrText</c>, <c>TypedText</c>, the catalogs),
/// which isolate a number, a time or a typed value with LRI U+2066, RLI U+2067 or FSI U+2068 … PDI U+2069 (UAX #9,
/// section 2.7): in HTML those are <c>&lt;bdi dir="ltr"&gt;</c>, <c>&lt;bdi dir="rtl"&gt;</c> and <c>&lt;bdi&gt;</c>
/// (HTML Living Standard, the bdi element; W3C "Inline markup and bidirectional text in HTML": "use markup, not
/// control characters"). Issue 16: the code page's STOP hint carried the characters, invisible and unselectable in a
/// copy, where markup belongs. Control characters stay in plain-text channels only (SMS, an email's text part).
/// </summary>
/// <remarks>
/// Rules, over the page's HTML as Razor writes it (characters raw or as numeric references such as <c>&amp;#x2066;</c>):
/// in text, an isolate becomes its element and PDI its end, paired within the text between two tags (an opening left
/// unclosed there is closed at its end; a PDI with nothing open is dropped); LRM U+200E, RLM U+200F and ALM U+061C, which
/// have no element, are dropped. In a tag (attribute values: an accessible name, an input's value), in RCDATA
/// (<c>&lt;title&gt;</c>, <c>&lt;textarea&gt;</c>, where markup is not read) and in a comment every one is dropped.
/// <c>&lt;script&gt;</c> and <c>&lt;style&gt;</c> are left as they are, and so is <c>&lt;pre&gt;</c>: it shows a plain-text
/// message as it is sent (the editor's preview of an SMS or an email's text part), whose characters are the message's
/// (an Arabic text part's right-to-left marks, a text's isolates, which its segments count).
/// </remarks>
public static partial class PageIsolates
{
    /// <summary>Whether <paramref name="c"/> is one of the characters a page never carries: LRI, RLI, FSI, PDI, LRM, RLM, ALM.</summary>
    public static bool IsControl(char c) => c is (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    /// <summary><paramref name="html"/> (a page as rendered) with its direction characters turned into markup or dropped, by the rules above.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static string Markup(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!html.Any(IsControl) && !Reference().IsMatch(html))
        {
            return html;
        }

        var page = new StringBuilder(html.Length + 64);
        var i = 0;
        while (i < html.Length)
        {
            var tag = html.IndexOf('<', i);
            Text(Decoded(html[i..(tag < 0 ? html.Length : tag)]), page);
            if (tag < 0)
            {
                break;
            }

            i = Element(html, tag, page);
        }

        return page.ToString();
    }

    // The markup from the '<' at start: a comment, or a tag and, after title/textarea, its text, all without the
    // characters; after script/style/pre, their content as it is. Returns the index after what was written.
    private static int Element(string html, int start, StringBuilder page)
    {
        if (string.CompareOrdinal(html, start, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
            var end = close < 0 ? html.Length : close + 3;
            Dropped(Decoded(html[start..end]), page);
            return end;
        }

        var tagEnd = html.IndexOf('>', start);
        tagEnd = tagEnd < 0 ? html.Length : tagEnd + 1;
        Dropped(Decoded(html[start..tagEnd]), page);
        var name = TagName().Match(html, start, tagEnd - start);
        if (!name.Success)
        {
            return tagEnd;
        }

        var tagName = name.Groups[1].Value.ToLowerInvariant();
        if (tagName is not ("title" or "textarea" or "script" or "style" or "pre"))
        {
            return tagEnd;
        }

        var contentEnd = html.IndexOf($"</{tagName}", tagEnd, StringComparison.OrdinalIgnoreCase);
        contentEnd = contentEnd < 0 ? html.Length : contentEnd;
        var content = html[tagEnd..contentEnd];
        if (tagName is "script" or "style" or "pre")
        {
            page.Append(content);
        }
        else
        {
            Dropped(Decoded(content), page);
        }

        return contentEnd;
    }

    // The characters written as numeric references, as characters.
    private static string Decoded(string html) => Reference().Replace(html, m => ((char)(m.Groups["hex"].Success
        ? Convert.ToInt32(m.Groups["hex"].Value, 16)
        : int.Parse(m.Groups["dec"].Value, System.Globalization.CultureInfo.InvariantCulture))).ToString());

    // Text between two tags: isolates as bdi elements, paired here; marks dropped.
    private static void Text(string text, StringBuilder page)
    {
        var open = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u2066':
                    page.Append("<bdi dir=\"ltr\">");
                    open++;
                    break;
                case '\u2067':
                    page.Append("<bdi dir=\"rtl\">");
                    open++;
                    break;
                case '\u2068':
                    page.Append("<bdi>");
                    open++;
                    break;
                case '\u2069':
                    if (open > 0)
                    {
                        page.Append("</bdi>");
                        open--;
                    }

                    break;
                case '\u200E' or '\u200F' or '\u061C':
                    break;
                default:
                    page.Append(c);
                    break;
            }
        }

        for (; open > 0; open--)
        {
            page.Append("</bdi>");
        }
    }

    private static void Dropped(string text, StringBuilder page)
    {
        foreach (var c in text)
        {
            if (!IsControl(c))
            {
                page.Append(c);
            }
        }
    }

    // A numeric character reference to one of the characters (Razor's encoder writes them so).
    [GeneratedRegex("&#(?:[xX]0*(?<hex>200[eEfF]|206[6-9]|61[cC])|0*(?<dec>8206|8207|8294|8295|8296|8297|1564));")]
    private static partial Regex Reference();

    [GeneratedRegex("\\G<([A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex TagName();
}
