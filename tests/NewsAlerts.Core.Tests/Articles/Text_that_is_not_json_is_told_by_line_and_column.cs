namespace NewsAlerts.Core.Tests.Articles;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Articles;

/// <summary>
/// Pasted text that is not JSON is told by line and column, counted from 1 in characters, with what was expected and no
/// parser wording (trial of issue 17: "$: invalid JSON: 'n' is an invalid start of a property name… LineNumber: 0 |
/// BytePositionInLine: 1.").
/// </summary>
public sealed class Text_that_is_not_json_is_told_by_line_and_column
{
    [Theory]
    [InlineData("{n}", "not valid JSON at line 1, column 2: expected a field name in double quotes (\"headline\")")]
    [InlineData("{\n  \"headline\": \"Truce\",\n  urgency: 1\n}", "not valid JSON at line 3, column 3: expected a field name in double quotes (\"headline\")")]
    [InlineData("{\"headline\": \"Hama 💥 حلب\" x}", "not valid JSON at line 1, column 27: expected a comma, } or ] after a value")]
    [InlineData("{\"headline\": \"Truce\"", "not valid JSON at line 1, column 21: an object or list is not closed: a } or ] is missing at the end")]
    [InlineData("{\"urgency\": tru}", "not valid JSON at line 1, column 16: expected true, false or null, spelled out in lower case")]
    [InlineData("{\"urgency\": }", "not valid JSON at line 1, column 13: expected a value: text in double quotes, a number, true, false, null, { } or [ ]")]
    [InlineData("{\"headline\": \"Truce\",}", "not valid JSON at line 1, column 22: a comma is followed by no field or value; remove it")]
    [InlineData("{} {}", "not valid JSON at line 1, column 4: there is more text after the closing } or ] of the JSON value")]
    [InlineData("{\"headline\" \"Truce\"}", "not valid JSON at line 1, column 13: expected a colon between a field's name and its value")]
    public void The_reason_names_the_place_and_what_was_expected(string json, string reason)
    {
        var parsed = ArticleParser.Parse(json, new FakeTimeProvider());

        var error = Assert.Single(parsed.Errors);
        Assert.Equal("$", error.Field);
        Assert.Equal(reason, error.Reason);
        Assert.DoesNotContain("BytePosition", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_pasted_says_so()
    {
        var error = Assert.Single(ArticleParser.Parse("   ", new FakeTimeProvider()).Errors);

        Assert.StartsWith("not valid JSON", error.Reason, StringComparison.Ordinal);
        Assert.Contains("there is no text", error.Reason, StringComparison.Ordinal);
    }
}
