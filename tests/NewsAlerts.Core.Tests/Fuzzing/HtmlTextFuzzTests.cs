namespace NewsAlerts.Core.Tests.Fuzzing;

using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsCheck;
using NewsAlerts.Core.Articles;
using NewsAlerts.Testing;

/// <summary>
/// HTML to text under generated markup (nested, unclosed and misnested tags, attributes, comments, entities, odd
/// Unicode): it never throws or hangs, and what a script or style holds never reaches the text.
/// <c>NEWSALERTS_FUZZ_CASES</c> sets the count (CI: 5,000).
/// </summary>
public sealed class HtmlTextFuzzTests
{
    private const string Secret = "QXSECRETQX";

    // No raw-text elements (textarea, title, xmp, plaintext, noembed, noframes): their content is text by definition.
    private static readonly Gen<string> Tag = Gen.OneOf(
        "p", "div", "br", "li", "ul", "h1", "blockquote", "tr", "td", "table", "section", "pre", "b", "i", "a", "span", "img",
        "svg", "math", "template", "iframe", "object", "select", "option", "form", "input", "frameset", "body", "html", "head");

    private static readonly Gen<string> Attribute = Gen.OneOf(
        "", " class=\"x\"", " href='javascript:alert(1)'", " title=\"<b>\"", " data-x=a>b", " a", " =\"\"", " style=\"x\"");

    private static readonly Gen<string> Part = Gen.Frequency(
        (4, FuzzText.Any),
        (3, Gen.Select(Tag, Attribute, (t, a) => $"<{t}{a}>")),
        (2, Tag.Select(t => $"</{t}>")),
        (1, Gen.OneOf("<script>", "<style>", "<noscript>", "</p", "<!DOCTYPE html>", "<?xml x?>", "<!-- x", "-->", "<", "&#", "<a href=\"")));

    private static readonly Gen<string> Html = Gen.Frequency(
        (8, Part.Array[0, 40].Select(parts => string.Concat(parts))),
        (1, Gen.Int[1, 600].Select(n => string.Concat(Enumerable.Repeat("<div><span>", n)) + "deep")),
        (1, Gen.String[0, 300].Select(FuzzText.Clean)));

    private static readonly Gen<(string Html, string Closed)> WithSecret = Gen.Select(
        Html, Gen.OneOf("script", "style"), Html, (before, element, after) => (before, $"<{element}>{Secret}</{element}>{after}"));

    [Fact]
    public void Any_markup_becomes_text_and_never_throws_or_hangs()
    {
        using var watch = new HangWatch(TimeSpan.FromSeconds(30));
        Html.Sample(html => watch.Run(html, h => Assert.NotNull(HtmlText.ToPlainText(h))), iter: FuzzCases.Count(5_000));
    }

    [Fact]
    public void What_a_script_or_style_holds_never_reaches_the_text()
    {
        using var watch = new HangWatch(TimeSpan.FromSeconds(30));
        WithSecret.Sample(pair => watch.Run(pair, p =>
        {
            // Markup before it may open a comment (e.g. "</&..." is a bogus comment up to the next ">") that swallows the
            // tag, and then the secret is text by HTML's own rules; the property holds whenever the parser made an element.
            var html = p.Html + p.Closed;
            var parsed = new HtmlParser().ParseDocument($"<body>{html}</body>");
            var inElement = parsed.QuerySelectorAll("script, style").Any(e => e.TextContent.Contains(Secret, StringComparison.Ordinal));
            var inText = parsed.Body!.Descendants<IText>().Any(t => t.Data.Contains(Secret, StringComparison.Ordinal)
                && !t.Ancestors<IElement>().Any(a => a.LocalName is "script" or "style" or "noscript" or "template" or "iframe" or "object"));
            if (inElement && !inText)
            {
                Assert.DoesNotContain(Secret, HtmlText.ToPlainText(html), StringComparison.Ordinal);
            }
        }), iter: FuzzCases.Count(5_000));
    }
}
