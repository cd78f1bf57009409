namespace NewsAlerts.Core.Tests.Validation;

using System.Text.Json;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Validation;

/// <summary>
/// Review r40 #4: an editor's article could carry a list of any length (<c>keywords</c>, <c>headlines</c>, <c>altids</c>:
/// ninjs lists NewsAlerts accepts and does not read), where the subscriber's lists were bounded with a message naming the
/// field and the bound. Every list of every body is bounded (<see cref="ListBounds"/>: the HTTP body reader for every API,
/// and the article parser for the console's pasted ninjs), named by its path, with its count and the bound it crossed.
/// </summary>
public sealed class Every_list_in_a_request_body_is_bounded
{
    private static string List(int count) => "[" + string.Join(',', Enumerable.Repeat("\"x\"", count)) + "]";

    [Theory]
    [InlineData("""{"keywords":{0}}""", "keywords")]
    [InlineData("""{"headlines":{0}}""", "headlines")]
    [InlineData("""{"associations":[{"altids":{0}}]}""", "associations[0].altids")]
    [InlineData("""{"a":{"b":[[],{0}]}}""", "a.b[1]")]
    [InlineData("""{0}""", "$")]
    public void A_list_one_past_the_bound_is_named_by_its_path_with_its_count_and_the_bound(string body, string field)
    {
        using var json = JsonDocument.Parse(body.Replace("{0}", List(ListBounds.MaxItems + 1), StringComparison.Ordinal));

        var error = ListBounds.FirstTooLong(json.RootElement, "$");

        Assert.Equal(new FieldError(field, "is a list of 1001 items; at most 1000 are allowed"), error);
    }

    [Theory]
    [InlineData("""{"keywords":{0}}""")]
    [InlineData("""{"associations":[{"altids":{0}}]}""")]
    [InlineData("""{0}""")]
    public void A_list_at_the_bound_is_taken(string body)
    {
        using var json = JsonDocument.Parse(body.Replace("{0}", List(ListBounds.MaxItems), StringComparison.Ordinal));

        Assert.Null(ListBounds.FirstTooLong(json.RootElement, "$"));
    }

    [Theory]
    [InlineData("keywords")]
    [InlineData("headlines")]
    [InlineData("altids")]
    [InlineData("bodies")]
    public void An_articles_unread_ninjs_list_past_the_bound_is_refused_by_name(string member)
    {
        var body = $$"""{"uri":"urn:newsalerts:bounds","headline":"Ceasefire","{{member}}":{{List(ListBounds.MaxItems + 1)}}}""";

        var errors = ArticleParser.Parse(body, TimeProvider.System).Errors;

        Assert.Contains(new FieldError(member, ListBounds.TooLong(ListBounds.MaxItems + 1)), errors);
        Assert.Empty(ArticleParser.Parse(body.Replace(List(ListBounds.MaxItems + 1), List(3), StringComparison.Ordinal), TimeProvider.System).Errors);
    }

    [Fact]
    public void Subjects_keep_their_own_lower_bound_named_with_the_field()
    {
        var subjects = "[" + string.Join(',', Enumerable.Range(0, 101).Select(i => $"\"medtop:{i:D8}\"")) + "]";

        var errors = ArticleParser.Parse($$"""{"uri":"urn:newsalerts:bounds","headline":"Ceasefire","subjects":{{subjects}}}""", TimeProvider.System).Errors;

        Assert.Equal(new FieldError("subjects", "must be an array of at most 100 subjects"), Assert.Single(errors));
    }
}
