namespace NewsAlerts.Core.Tests.Validation;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Validation;

/// <summary>
/// Trial s43 #7: <c>{"uri":"urn:x","headline":"A","headline":"B","urgency":"abc","extra":true}</c> was answered only
/// <c>headline: is given twice</c>, although every wrong field is promised in one answer. A key given twice is now
/// reported with the reader's own errors, which read on with the last value given.
/// </summary>
public sealed class A_key_given_twice_hides_no_other_error
{
    [Fact]
    public void The_trials_article_names_the_duplicate_the_urgency_and_the_unknown_field()
    {
        var parsed = ArticleParser.Parse("""{"uri":"urn:x","headline":"A","headline":"B","urgency":"abc","extra":true}""", new FakeTimeProvider());

        Assert.False(parsed.IsValid);
        var fields = parsed.Errors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(["extra", "headline", "urgency"], fields.Order(StringComparer.Ordinal));
        Assert.Contains(new FieldError("headline", JsonText.GivenTwice), parsed.Errors);
    }

    [Fact]
    public void Every_key_given_twice_is_named_once_by_its_path_and_the_document_is_read()
    {
        var reading = JsonText.Read("""{"a":1,"a":2,"a":3,"b":{"c":1,"c":2},"d":[{"e":1,"e":2}]}""", null);

        using (reading.Document)
        {
            Assert.Null(reading.Error);
            Assert.Equal(["a", "b.c", "d[0].e"], reading.GivenTwice.Select(e => e.Field));
            Assert.All(reading.GivenTwice, e => Assert.Equal(JsonText.GivenTwice, e.Reason));
            Assert.Equal(3, reading.Document!.RootElement.GetProperty("a").GetInt32());
        }
    }

    [Fact]
    public void A_body_of_thousands_of_repeats_names_each_once_and_only_the_first_few()
    {
        // Review s43: every repeat searched the list of those found, and the answer named all of them (a 1 MB body of
        // repeats: seconds of CPU and a multi-megabyte answer). Each is named once, the first MaxNamedTwice of them.
        var body = "{" + string.Join(',', Enumerable.Range(0, 5_000).SelectMany(i => new[] { $"\"k{i}\":1", $"\"k{i}\":2", $"\"k{i}\":3" })) + "}";
        var reading = JsonText.Read(body, null);

        using (reading.Document)
        {
            Assert.Null(reading.Error);
            Assert.Equal(Enumerable.Range(0, JsonText.MaxNamedTwice).Select(i => $"k{i}"), reading.GivenTwice.Select(e => e.Field));
        }
    }

    [Fact]
    public void A_body_without_a_key_given_twice_has_none()
    {
        var reading = JsonText.Read("""{"a":1,"b":{"a":2}}""", null);

        using (reading.Document)
        {
            Assert.Empty(reading.GivenTwice);
        }
    }

    [Fact]
    public void The_strict_parse_still_refuses_the_first_key_given_twice()
    {
        var (document, error) = JsonText.Parse("""{"a":1,"a":2,"b":1,"b":2}""");

        Assert.Null(document);
        Assert.Equal(new FieldError("a", JsonText.GivenTwice), error);
    }

    [Fact]
    public void A_valid_result_after_an_earlier_error_is_invalid_with_both_in_order()
    {
        var result = Validated<string>.Invalid("urgency", "must be a number").After([new FieldError("headline", JsonText.GivenTwice)]);

        Assert.Equal(["headline", "urgency"], result.Errors.Select(e => e.Field));
        Assert.False(Validated<string>.Ok("x").After([new FieldError("a", JsonText.GivenTwice)]).IsValid);
        Assert.True(Validated<string>.Ok("x").After([]).IsValid);
    }
}
