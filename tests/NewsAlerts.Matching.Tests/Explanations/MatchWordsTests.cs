using NewsAlerts.Matching.Explanations;

namespace NewsAlerts.Matching.Tests.Explanations;

/// <summary>
/// The article's words quoted around a hit. The English wording of whole reasons is tested where it lives, in Core
/// (<c>An_English_reason_quotes_the_article_and_names_metadata_in_words</c>).
/// </summary>
public sealed class MatchWordsTests
{
    [Theory]
    [InlineData("Syria talks resume", 0, "Syria", "Syria talks resume")]
    [InlineData("After long months the rebels agree to a cease-fire on Monday in the north of the country", 40, "cease-fire", "…rebels agree to a cease-fire on Monday in the…")]
    [InlineData("Peace   talks\nbegan", 0, "Peace   talks", "Peace talks began")]
    public void A_hit_is_quoted_with_up_to_four_words_either_side_on_one_line(string text, int offset, string matched, string expected) =>
        Assert.Equal(expected, MatchWords.InContext(text, new TermHit("t", matched, null, ArticleField.Body, 0, offset)));

    [Fact]
    public void A_hit_whose_text_is_not_at_its_offset_quotes_the_matched_words_alone()
    {
        var hit = new TermHit("syria", "Syria", null, ArticleField.Body, 3, 500);
        Assert.Equal("Syria", MatchWords.InContext("Short body", hit));
    }
}
