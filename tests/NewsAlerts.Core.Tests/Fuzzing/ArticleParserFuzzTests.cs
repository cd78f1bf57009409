namespace NewsAlerts.Core.Tests.Fuzzing;

using System.Text.Json;
using CsCheck;
using NewsAlerts.Core.Articles;
using NewsAlerts.Testing;

/// <summary>
/// The ninjs article parser under generated documents (ninjs fields with values of every type and odd text, and
/// other JSON): it never throws or hangs, and answers either an article or named errors.
/// <c>NEWSALERTS_FUZZ_CASES</c> sets the count (CI: 20,000).
/// </summary>
public sealed class ArticleParserFuzzTests
{
    private static readonly string[] Fields =
    [
        "uri", "id", "version", "headline", "body_text", "body_html", "description_text", "byline", "copyrightholder",
        "source", "language", "subject", "urgency", "url", "versioncreated", "type", "located",
    ];

    private static readonly Gen<string> Text = FuzzText.Any.Select(t => JsonSerializer.Serialize(t));

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (5, Text),
        (3, Gen.OneOf("null", "true", "false", "0", "1", "2", "9", "10", "-1", "1.5", "1e400", "-1e400", "123456789012345678901234567890",
            "\"1\"", "\"2026-11-30T01:00:00Z\"", "\"2026-02-30T25:61:00+99:00\"", "\"https://example.com/x\"", "\"urn:newsalerts:x\"",
            "\"en\"", "\"en-GB\"", "\"medtop:20000056\"", "\"\"")),
        (1, Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private static readonly Gen<string> Value = Gen.Frequency(
        (6, Scalar),
        (2, Scalar.Array[0, 5].Select(items => "[" + string.Join(',', items) + "]")),
        (2, Gen.Select(Gen.OneOf("code", "name", "qcode", "uri"), Scalar).Array[0, 3]
            .Select(pairs => "[{" + string.Join(',', pairs.Select(p => $"\"{p.Item1}\":{p.Item2}")) + "}]")),
        (1, Gen.Select(Gen.OneOf(Fields), Scalar, (f, v) => $"{{\"{f}\":{v}}}")));

    private static readonly Gen<string> Document = Gen.Frequency(
        (9, Gen.Select(Gen.OneOf(Fields), Value).Array[0, 16]
            .Select(pairs => "{" + string.Join(',', pairs.DistinctBy(p => p.Item1).Select(p => $"\"{p.Item1}\":{p.Item2}")) + "}")),
        (1, Value));

    [Fact]
    public void Any_json_document_parses_to_an_article_or_named_errors_and_never_throws_or_hangs()
    {
        using var watch = new HangWatch(TimeSpan.FromSeconds(30));
        Document.Sample(json => watch.Run(json, text =>
        {
            using var document = JsonDocument.Parse(text);
            var parsed = ArticleParser.Parse(document.RootElement, TimeProvider.System);
            if (parsed.IsValid)
            {
                Assert.Empty(parsed.Errors);
            }
            else
            {
                Assert.NotEmpty(parsed.Errors);
                Assert.All(parsed.Errors, e => Assert.False(string.IsNullOrEmpty(e.Field) || string.IsNullOrEmpty(e.Reason)));
            }
        }), iter: FuzzCases.Count(20_000));
    }
}
