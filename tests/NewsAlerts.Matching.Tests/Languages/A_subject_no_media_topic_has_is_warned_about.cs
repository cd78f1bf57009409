namespace NewsAlerts.Matching.Tests.Languages;

using NewsAlerts.Matching.Expansion;
using NewsAlerts.Matching.Index;
using NewsAlerts.Matching.Languages;

// Trial r38 #5: subject:"zzz nonsense" was taken without a word. A subject outside IPTC still matches an article that
// carries it literally (a feed's unmapped <category>), so it is a warning, with the closest labels when there are any.
public sealed class A_subject_no_media_topic_has_is_warned_about
{
    [Theory]
    [InlineData("armed conflict")]
    [InlineData("Armed Conflict")]
    [InlineData("medtop:20000056")]
    [InlineData("20000056")]
    public void Labels_and_codes_of_media_topics_are_known(string value) => Assert.True(SubjectNames.IsKnown(value));

    [Theory]
    [InlineData("zzz nonsense")]
    [InlineData("<b>")]
    [InlineData("medtop:99999999")]
    public void Other_values_are_not(string value) => Assert.False(SubjectNames.IsKnown(value));

    [Theory]
    [InlineData("armed conflicts", "armed conflict")] // a plural
    [InlineData("armd conflict", "armed conflict")] // a typo
    [InlineData("conflict", "armed conflict")] // a word of the label
    public void The_closest_labels_are_suggested(string value, string label) => Assert.Contains(label, SubjectNames.Closest(value));

    [Theory]
    [InlineData("zzz nonsense")]
    [InlineData("medtop:99999999")]
    [InlineData("<b>")]
    public void Nothing_is_suggested_when_nothing_is_close(string value) => Assert.Empty(SubjectNames.Closest(value));

    [Fact]
    public void At_most_three_labels_are_suggested() => Assert.InRange(SubjectNames.Closest("conflict").Count, 1, SubjectNames.MaxSuggestions);

    [Theory]
    [InlineData("election subject:\"zzz nonsense\"", "zzz nonsense")]
    [InlineData("syria subject:\"<b>\"", "<b>")]
    [InlineData("subject:medtop:99999999", "medtop:99999999")]
    [InlineData("syria -subject:zzz", "zzz")] // excluding a subject nothing has excludes nothing
    [InlineData("syria OR subject:\"armed conflicts\"", "armed conflicts")]
    public void A_topic_with_an_unknown_subject_is_warned_about(string topic, string subject)
    {
        var concern = Assert.Single(TopicWarnings.Concerns(topic, "en"), c => c.Kind == TopicConcernKind.UnknownSubject);

        Assert.Equal([subject], concern.Words);
        Assert.Contains(TopicWarnings.For(topic, "en"), w => w.StartsWith($"no IPTC media topic has the name or code \"{subject}\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_warning_names_the_closest_labels()
    {
        var warning = Assert.Single(TopicWarnings.For("subject:\"armed conflicts\"", "en"));

        Assert.Equal(
            "no IPTC media topic has the name or code \"armed conflicts\", so subject:\"armed conflicts\" matches only articles tagged with exactly that subject; did you mean \"armed conflict\"?",
            warning);
    }

    [Theory]
    [InlineData("syria subject:\"armed conflict\"")]
    [InlineData("subject:medtop:20000056")]
    [InlineData("subject:20000056")]
    [InlineData("subject:war")]
    public void A_topic_with_a_media_topic_is_not(string topic) =>
        Assert.DoesNotContain(TopicWarnings.Concerns(topic, "en"), c => c.Kind == TopicConcernKind.UnknownSubject);

    // Why a warning and not an error: a subject outside IPTC matches an article carrying it as written.
    [Fact]
    public void An_unknown_subject_still_matches_an_article_carrying_it()
    {
        var index = new PercolatorIndex();
        index.Add(new TopicSubscription("s1", "t1", "subject:\"zzz nonsense\""));

        var matches = index.Match(new ArticleDocument("a1", "Headline", "Body", Language: "en", Subjects: ["Zzz Nonsense"]));

        Assert.Single(matches);
    }
}
