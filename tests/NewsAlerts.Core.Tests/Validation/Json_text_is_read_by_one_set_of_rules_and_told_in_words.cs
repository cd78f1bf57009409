namespace NewsAlerts.Core.Tests.Validation;

using System.Text;
using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Validation;

/// <summary>
/// Trial r41 #6 and #16: ninjs pasted on the editor console with a key given twice was read with its last value (the
/// API refused it), and an API body that was not JSON was answered with the parser's own words ("'0xFF' is an invalid
/// start of a value. LineNumber: 0 | BytePositionInLine: 0.", "The maximum configured depth of 32 has been exceeded").
/// Every JSON input is read by <see cref="JsonText"/>: one set of rules, and reasons in words.
/// </summary>
public sealed class Json_text_is_read_by_one_set_of_rules_and_told_in_words
{
    // What the parser's own messages carry and no answer may: its position fields, its type names, its wording.
    private static readonly string[] ParserWords =
        ["LineNumber", "BytePositionInLine", "Path:", "System.", "0xFF", "JsonException", "maximum configured depth", "is an invalid"];

    public static TheoryData<byte[]> BrokenBodies() =>
    [
        [0xFF, 0xFE, (byte)'{', (byte)'}'],
        [0xFE, 0xFF, 0, (byte)'{', 0, (byte)'}'],
        [(byte)'{', (byte)'"', (byte)'a', (byte)'"', (byte)':', 0xC3, (byte)'}'],
        [0x80],
        Encoding.UTF8.GetBytes(new string('[', 40) + new string(']', 40)),
        Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 40)) + "1" + new string('}', 40)),
        Encoding.UTF8.GetBytes("{\"a\": 1,}"),
        Encoding.UTF8.GetBytes("{'a': 1}"),
        Encoding.UTF8.GetBytes("{\"a\": NaN}"),
        Encoding.UTF8.GetBytes("{\"a\": 01}"),
        Encoding.UTF8.GetBytes("{\"a\": \"\\x41\"}"),
        Encoding.UTF8.GetBytes("{\"a\": \"line\nbreak\"}"),
        Encoding.UTF8.GetBytes("{\"a\": 1} trailing"),
        Encoding.UTF8.GetBytes("{\"a\""),
        Encoding.UTF8.GetBytes("/* comment */ {}"),
        Encoding.UTF8.GetBytes("{\"a\": tru}"),
        Encoding.UTF8.GetBytes("{\"a\": 1e999999}x"),
        Encoding.UTF8.GetBytes("\u00a0{}"),
    ];

    [Theory]
    [MemberData(nameof(BrokenBodies))]
    public void Each_broken_body_is_refused_as_a_whole_in_words_without_the_parsers(byte[] body)
    {
        var (document, error) = JsonText.Parse(body);

        Assert.Null(document);
        Assert.Equal("$", error!.Field);
        Assert.StartsWith("not valid JSON", error.Reason, StringComparison.Ordinal);
        Assert.All(ParserWords, word => Assert.DoesNotContain(word, error.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_named_so()
    {
        var (_, error) = JsonText.Parse(new byte[] { 0xFF, 0xFE, (byte)'{', (byte)'}' });

        Assert.Equal("not valid JSON: the text is not valid Unicode text (bytes that are not UTF-8, or a lone surrogate); send JSON encoded as UTF-8", error!.Reason);
    }

    [Theory]
    [InlineData(33)]
    [InlineData(40)]
    public void Nesting_past_the_bound_names_the_bound_and_where(int depth)
    {
        var (_, error) = JsonText.Parse(new string('[', depth) + new string(']', depth));

        Assert.Equal($"not valid JSON at line 1, column {JsonText.MaxDepth + 1}: objects and lists are nested deeper than the {JsonText.MaxDepth} levels allowed", error!.Reason);
    }

    [Fact]
    public void Nesting_at_the_bound_is_read()
    {
        var (document, error) = JsonText.Parse(new string('[', JsonText.MaxDepth) + new string(']', JsonText.MaxDepth));

        using (document)
        {
            Assert.Null(error);
            Assert.NotNull(document);
        }
    }

    [Theory]
    [InlineData("""{"uri":"urn:x:2","headline":"a","headline":"b","body_text":"c"}""", "headline")]
    [InlineData("""{"subject":[{"code":"a","code":"b"}]}""", "subject[0].code")]
    [InlineData("""{"correction":{"kind":"major","kind":"minor"}}""", "correction.kind")]
    public void A_key_given_twice_is_named_by_its_path(string json, string path)
    {
        var (document, error) = JsonText.Parse(json);

        Assert.Null(document);
        Assert.Equal(new FieldError(path, JsonText.GivenTwice), error);
    }

    // The console's paste is read as POST /api/articles reads its body (trial r41 #6: "Preview: b").
    [Fact]
    public void Pasted_ninjs_with_a_key_given_twice_is_refused_by_the_key_as_the_api_refuses_it()
    {
        var parsed = ArticleParser.Parse("""{"uri":"urn:x:2","headline":"a","headline":"b","body_text":"c"}""", new FakeTimeProvider());

        Assert.Equal([new FieldError("headline", JsonText.GivenTwice)], parsed.Errors);
    }

    [Fact]
    public void Pasted_ninjs_with_a_list_past_the_bound_is_refused_by_its_path()
    {
        var keywords = string.Join(',', Enumerable.Repeat("\"k\"", ListBounds.MaxItems + 1));

        var parsed = ArticleParser.Parse($$"""{"uri":"urn:x:3","headline":"a","keywords":[{{keywords}}]}""", new FakeTimeProvider());

        Assert.Equal("keywords", Assert.Single(parsed.Errors).Field);
    }

    [Fact]
    public void A_lone_surrogate_outside_a_string_is_not_unicode()
    {
        var (_, error) = JsonText.Parse("{\"a\": 1}\ud800");

        Assert.Equal("$", error!.Field);
        Assert.Contains("not valid Unicode", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reason_without_the_text_at_hand_names_the_line()
    {
        var exception = Assert.ThrowsAny<System.Text.Json.JsonException>(() => System.Text.Json.JsonDocument.Parse("{\n\"a\": }"));

        Assert.Equal("not valid JSON at line 2: expected a value: text in double quotes, a number, true, false, null, { } or [ ]", JsonSyntax.Describe(exception));
    }
}
