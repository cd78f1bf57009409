namespace NewsAlerts.Core.Articles;

using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

/// <summary>
/// Reduces an HTML body to plain text as a browser lays it out: what is not rendered is dropped, and every element the
/// HTML Living Standard's rendering section gives a box, row, cell or line of its own (blocks, sectioning and
/// headings, lists and list items, tables, rows, cells and captions, <c>br</c>, <c>hr</c>, ...) ends a line, so two
/// cells never run together ("TrabbleGlorp") and words in different boxes are never read as one compound.
/// </summary>
public static class HtmlText
{
    // HTML Living Standard §15.3 "Non-replaced elements": display: block, list-item, table, table-row-group,
    // table-header-group, table-footer-group, table-row, table-cell, table-caption, table-column(-group), and
    // form/interactive boxes (fieldset, legend, details, summary, dialog); plus br and hr, which break the line.
    private static readonly HashSet<string> Boxes = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "body", "address", "blockquote", "center", "dialog", "div", "figure", "figcaption", "footer", "form",
        "header", "hr", "legend", "listing", "main", "p", "plaintext", "pre", "search", "xmp",
        "article", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "nav", "section",
        "dir", "dd", "dl", "dt", "menu", "ol", "ul", "li",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th",
        "fieldset", "details", "summary", "optgroup", "option", "frameset", "frame",
        "br",
    };

    // Text in these keeps its line breaks (white-space: pre).
    private static readonly HashSet<string> Preformatted = new(StringComparer.OrdinalIgnoreCase) { "pre", "listing", "xmp", "plaintext" };

    // §15.3.1 "Hidden elements" (display: none), and embedded or form content whose text is not the article's;
    // what they leave is a gap between words, not a join ("cease<img>fire" is two words).
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "basefont", "datalist", "head", "link", "meta", "noembed", "noframes", "param", "rp", "script",
        "style", "template", "title", "noscript", "iframe", "object", "embed", "img", "picture", "video", "audio",
        "canvas", "svg", "math", "select", "textarea", "button", "input",
    };

    // A parser per thread: building one builds AngleSharp's whole default configuration (element factories, observers),
    // which cost more than parsing a feed item's description; one instance is not documented as safe to share.
    [ThreadStatic]
    private static HtmlParser? parser;

    /// <summary>The text of <paramref name="html"/>: one paragraph per box, paragraphs separated by blank lines.</summary>
    /// <param name="html">An HTML fragment (the inside of a body), e.g. ninjs <c>body_html</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static string ToPlainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.AsSpan().IndexOfAny('<', '&', '\0') < 0)
        {
            // No markup, no character reference, no NUL (which the parser drops): the parser would give one text node,
            // whose line breaks are white space; the result is the same words, so skip the parse (most feed descriptions).
            return Words(html.Replace('\r', ' ').Replace('\n', ' '));
        }

        var document = (parser ??= new HtmlParser()).ParseDocument($"<body>{html}</body>");
        var text = new StringBuilder();
        Append(document.Body!, text);
        var lines = text.ToString().Split('\n').Select(Words);
        return string.Join("\n\n", lines.Where(l => l.Length > 0));
    }

    private static string Words(string line) => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void Append(INode node, StringBuilder text, bool preformatted = false)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t when preformatted:
                    text.Append(t.Data);
                    break;
                case IText t:
                    // A line break in running text is white space in HTML: only boxes end lines.
                    text.Append(t.Data.Replace('\r', ' ').Replace('\n', ' '));
                    break;
                case IElement e when Dropped.Contains(e.LocalName) || e.HasAttribute("hidden"):
                    text.Append(Boxes.Contains(e.LocalName) ? '\n' : ' ');
                    break;
                case IElement e:
                    var box = Boxes.Contains(e.LocalName);
                    if (box)
                    {
                        text.Append('\n');
                    }

                    Append(e, text, preformatted || Preformatted.Contains(e.LocalName));
                    if (box)
                    {
                        text.Append('\n');
                    }

                    break;
            }
        }
    }
}
