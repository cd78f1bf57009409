using NewsAlerts.Matching.Explanations;
using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Explanations;

/// <summary>
/// A reason kept as values (<see cref="MatchReasonText"/>) reads back as written, stays within its length in any script
/// whatever the article holds, and an older reason stored as English words does not read as one.
/// </summary>
public sealed class A_reason_travels_as_values_in_a_bounded_string
{
    [Fact]
    public void A_written_reason_reads_back_as_the_same_values()
    {
        var reason = new MatchReason(
        [
            new(ArticleField.Headline, "…agree truce in Gaza", "ceasefire", "truce"),
            new(ArticleField.Body, "Officials said…", "gaza"),
            new(ArticleField.Source, "Reuters"),
        ], 4);

        Assert.True(MatchReasonText.TryRead(MatchReasonText.Write(reason), out var read));
        Assert.Equal(4, read!.More);
        Assert.Equal(reason.Parts, read.Parts);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("ب")]
    [InlineData("\U0001F54A\uFE0F")]
    [InlineData("語")]
    public void A_reason_of_long_quotes_and_terms_in_any_script_keeps_to_its_length_and_reads_back(string unit)
    {
        string Long(int n) => string.Concat(Enumerable.Repeat(unit + " ", n));
        var reason = new MatchReason(
        [
            new(ArticleField.Headline, Long(200), Long(50), Long(50)),
            new(ArticleField.Body, Long(200), Long(50)),
            new(ArticleField.Body, Long(200), Long(50), Long(50)),
            new(ArticleField.Source, Long(100)),
        ], 7);

        var written = MatchReasonText.Write(reason);

        Assert.InRange(written.Length, 1, MatchReasonText.MaxLength);
        Assert.True(MatchReasonText.TryRead(written, out var read));
        Assert.Equal(3, read!.Parts.Count);
        Assert.Equal(8, read.More); // the fourth part is counted with the rest
    }

    [Fact]
    public void Tabs_and_line_breaks_in_an_article_cannot_break_the_shape()
    {
        var reason = new MatchReason([new(ArticleField.Source, "Wire\tname\nh\tx\ty\tz"), new(ArticleField.Headline, "a\n\tb", "t\tu", "v\nw")], 0);

        Assert.True(MatchReasonText.TryRead(MatchReasonText.Write(reason), out var read));
        Assert.Equal(new ReasonPart(ArticleField.Source, "Wire name h x y z"), read!.Parts[0]);
        Assert.Equal(new ReasonPart(ArticleField.Headline, "a b", "t u", "v w"), read.Parts[1]);
    }

    [Theory]
    [InlineData("\"truce\" in the headline: \"Truce holds\"")]
    [InlineData("from Reuters; and 2 more")]
    [InlineData("why1")]
    [InlineData("why1\tx")]
    [InlineData("why1\t0\nq\ta\tb\tc")]
    [InlineData("why1\t0\nh\ta\tb")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_not_in_the_shape_does_not_read_as_a_reason(string? text) =>
        Assert.False(MatchReasonText.TryRead(text, out _));

    [Fact]
    public void An_article_match_becomes_values_with_its_quote_term_and_other_name()
    {
        var document = new ArticleDocument("a1", "Leaders agree truce in Gaza", "", "Reuters", "en", [], 3);
        var index = new PercolatorIndex();
        Assert.True(index.Add(new TopicSubscription("s1", "u1", "ceasefire AND source:Reuters")).Success);

        var reason = MatchReason.Of(Assert.Single(index.Match(document)).Explanation, document);

        Assert.Contains(new ReasonPart(ArticleField.Headline, "Leaders agree truce in Gaza", "ceasefire", "truce"), reason.Parts);
        Assert.Contains(new ReasonPart(ArticleField.Source, "Reuters"), reason.Parts);
        Assert.Equal(0, reason.More);
    }
}
