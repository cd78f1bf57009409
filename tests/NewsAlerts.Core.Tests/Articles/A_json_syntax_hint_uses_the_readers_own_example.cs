namespace NewsAlerts.Core.Tests.Articles;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Validation;

/// <summary>
/// Trial s43 #2: <c>POST /api/subscribers</c> with <c>{bad</c> said <c>expected a field name in double quotes
/// ("headline")</c>, an article's field. The example is the reader's own field, or none when the reader names none.
/// </summary>
public sealed class A_json_syntax_hint_uses_the_readers_own_example
{
    [Theory]
    [InlineData("email", "not valid JSON at line 1, column 2: expected a field name in double quotes (\"email\")")]
    [InlineData("headline", "not valid JSON at line 1, column 2: expected a field name in double quotes (\"headline\")")]
    [InlineData(null, "not valid JSON at line 1, column 2: expected a field name in double quotes")]
    public void The_example_is_the_one_given(string? example, string reason)
    {
        var reading = JsonText.Read("{bad", example);

        Assert.Equal(new FieldError("$", reason), reading.Error);
    }

    [Fact]
    public void Other_syntax_errors_name_no_field()
    {
        var reading = JsonText.Read("{\"email\": }", "email");

        Assert.DoesNotContain("\"email\")", reading.Error!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_strict_parse_names_no_example()
    {
        var (_, error) = JsonText.Parse("{bad");

        Assert.Equal("not valid JSON at line 1, column 2: expected a field name in double quotes", error!.Reason);
    }
}
