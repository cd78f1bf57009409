namespace NewsAlerts.Channels.Feeds;

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

/// <summary>
/// What can still be read from an ill-formed feed: first a repair of the faults feeds commonly have (HTML entities
/// such as <c>&amp;nbsp;</c>, bare ampersands, control characters), then, if the XML is still broken, the complete
/// items before the damage.
/// </summary>
public static partial class FeedSalvage
{
    private static readonly HashSet<string> XmlEntities = new(StringComparer.Ordinal) { "amp", "lt", "gt", "quot", "apos" };

    /// <summary><paramref name="xml"/> with HTML named entities as characters, bare <c>&amp;</c> escaped and characters XML forbids removed.</summary>
    public static string Repair(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var text = new StringBuilder(xml.Length);
        foreach (var c in xml)
        {
            if (XmlConvert.IsXmlChar(c) || char.IsSurrogate(c))
            {
                text.Append(c);
            }
        }

        return Ampersand().Replace(text.ToString(), match =>
        {
            var name = match.Groups["name"].Value;
            if (name.Length == 0)
            {
                return "&amp;";
            }

            if (name[0] == '#' || XmlEntities.Contains(name))
            {
                return match.Value;
            }

            var decoded = WebUtility.HtmlDecode(match.Value);
            return decoded == match.Value
                ? "&amp;" + match.Value[1..]
                : string.Concat(decoded.EnumerateRunes().Select(r => "&#" + r.Value.ToString(CultureInfo.InvariantCulture) + ";"));
        });
    }

    /// <summary><paramref name="xml"/> without its document type declaration (internal subset included), if it has one.</summary>
    public static string WithoutDoctype(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var start = xml.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (start < 0 || RootStart(xml) < start)
        {
            return xml;
        }

        // The declaration ends at the first '>' outside the internal subset's brackets and quotes.
        var depth = 0;
        char? quote = null;
        for (var i = start + 9; i < xml.Length; i++)
        {
            var c = xml[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth--;
            }
            else if (c == '>' && depth <= 0)
            {
                return string.Concat(xml.AsSpan(0, start), xml.AsSpan(i + 1));
            }
        }

        return xml[..start];
    }

    // Where the root element starts: the first '<' followed by a name (not '?', '!' or '/').
    private static int RootStart(string xml)
    {
        for (var i = xml.IndexOf('<'); i >= 0 && i + 1 < xml.Length; i = xml.IndexOf('<', i + 1))
        {
            if (char.IsLetter(xml[i + 1]) || xml[i + 1] == '_')
            {
                return i;
            }
        }

        return xml.Length;
    }

    /// <summary>The complete <c>item</c> or <c>entry</c> elements before the first XML error, and the format they suggest.</summary>
    public static IReadOnlyList<XElement> Items(string xml, out string format)
    {
        ArgumentNullException.ThrowIfNull(xml);
        format = "unknown";
        var items = new List<XElement>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CheckCharacters = false };
        try
        {
            using var reader = XmlReader.Create(new StringReader(Repair(xml)), settings);
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "item" or "entry")
                {
                    format = reader.LocalName == "entry" ? "atom" : reader.NamespaceURI.Contains("rss/1.0", StringComparison.Ordinal) ? "rdf" : "rss";
                    items.Add((XElement)XNode.ReadFrom(reader));
                }
                else
                {
                    reader.Read();
                }
            }
        }
        catch (XmlException)
        {
            // The damage: what was read before it is kept.
        }

        return items;
    }

    [GeneratedRegex("&(?:(?<name>#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);)?")]
    private static partial Regex Ampersand();
}
