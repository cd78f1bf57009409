namespace NewsAlerts.Core.Tests.Stories;

using NewsAlerts.Core.Stories;

public sealed class Story_keys_fold_text_and_links
{
    [Theory]
    [InlineData("Ceasefire in Syria holds — for a 2nd night!", "ceasefire in syria holds for a 2nd night")]
    [InlineData("  ÉTÉ   à Alep ", "été à alep")]
    [InlineData("ﬁnal “talks”", "final talks")] // NFKC: the ligature is two letters
    [InlineData("...", "")]
    [InlineData(null, "")]
    public void Text_is_folded_to_lower_case_words(string? text, string folded) => Assert.Equal(folded, StoryText.Fold(text));

    [Fact]
    public void A_lede_is_the_first_words_only() => Assert.Equal("one two three", StoryText.Fold("One, two; three. Four five.", 3));

    [Theory]
    [InlineData("https://www.Gazette.example/a/b/?utm_source=x&id=7#top", "gazette.example/a/b?id=7")]
    [InlineData("http://gazette.example/a/b?id=7&fbclid=abc", "gazette.example/a/b?id=7")]
    [InlineData("https://gazette.example:8443/a", "gazette.example:8443/a")]
    public void Links_are_canonical(string url, string canonical) => Assert.Equal(canonical, StoryLink.Of(new Uri(url)));

    [Fact]
    public void A_link_that_is_not_on_the_web_has_no_canonical_form()
    {
        Assert.Null(StoryLink.Of(new Uri("mailto:desk@gazette.example")));
        Assert.Null(StoryLink.Of(null));
    }
}
