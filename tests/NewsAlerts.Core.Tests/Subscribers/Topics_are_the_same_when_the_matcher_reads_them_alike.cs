namespace NewsAlerts.Core.Tests.Subscribers;

using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Trial s42 #A: the sign-up page kept "Syrie" of <c>Syrie, syrie, SYRIE</c> while /manage and <c>PUT /topics</c> kept
/// "Syrie" and "SYRIE". One rule (<see cref="TopicIdentity"/>, the matcher's key) says when two topics are one: case,
/// accents, width and spacing of an ordinary word never matter, a word in three or more capitals A-Z is an acronym
/// (another topic), and a field, language or exactness makes another topic.
/// </summary>
public sealed class Topics_are_the_same_when_the_matcher_reads_them_alike
{
    [Theory]
    [InlineData("Syrie", " syrie ")]
    [InlineData("Syrie", "syrie")]
    [InlineData("Syrie  AND  Liban", "syrie AND liban")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("İSTANBUL", "istanbul")]
    [InlineData("Straße", "strasse")]
    [InlineData("ΣΥΡΙΑΣ", "Συρίας")]
    [InlineData("συριασ", "συριας")]
    [InlineData("Ｓｙｒｉｅ", "syrie")]
    [InlineData("ＳＹＲＩＥ", "Syrie")]
    [InlineData("Zürich", "ZuRiCh")]
    [InlineData("UK", "uk")]
    [InlineData("headline:Syrie", "HEADLINE:syrie")]
    [InlineData("\"peace talks\"", "\"Peace  Talks\"")]
    public void Writings_the_matcher_reads_alike_are_one_topic(string a, string b)
    {
        Assert.Equal(TopicIdentity.KeyOf(a, false, null), TopicIdentity.KeyOf(b, false, null));
        Assert.True(TopicIdentity.Same(new Topic("t1", a, false), new Topic("t2", b, false)));
    }

    [Theory]
    [InlineData("Syrie", "SYRIE")]
    [InlineData("who", "WHO")]
    [InlineData("Straße", "STRASSE")]
    [InlineData("istanbul", "ISTANBUL")]
    [InlineData("Syrie", "headline:Syrie")]
    [InlineData("Syrie", "body:Syrie")]
    [InlineData("Syrie", "Syrie lang:fr")]
    [InlineData("Syrie lang:fr", "Syrie lang:de")]
    [InlineData("Syrie", "=Syrie")]
    [InlineData("Syrie", "\"Syrie\" OR Liban")]
    public void Writings_the_matcher_reads_otherwise_are_two_topics(string a, string b) =>
        Assert.False(TopicIdentity.Same(new Topic("t1", a, false), new Topic("t2", b, false)));

    [Fact]
    public void Exactness_and_the_topics_language_make_another_topic_but_a_tags_case_does_not()
    {
        Assert.False(TopicIdentity.Same(new Topic("t1", "Syrie", false), new Topic("t2", "Syrie", true)));
        Assert.False(TopicIdentity.Same(new Topic("t1", "Syrie", false), new Topic("t2", "Syrie", false, "fr")));
        Assert.False(TopicIdentity.Same(new Topic("t1", "Syrie", false, "fr"), new Topic("t2", "Syrie", false, "de")));
        Assert.True(TopicIdentity.Same(new Topic("t1", "Syrie", false, "fr"), new Topic("t2", "syrie", false, "FR")));
    }

    [Fact]
    public void A_text_that_does_not_parse_is_compared_by_its_trimmed_text() =>
        Assert.Equal(TopicIdentity.KeyOf("Syrie \"peace", false, null), TopicIdentity.KeyOf("  Syrie \"peace ", false, null));

    [Fact]
    public void The_trials_sign_up_keeps_Syrie_and_SYRIE_once_each_in_the_order_given()
    {
        var united = SignUpTopics.Unite([], [new("t1", "Syrie", false), new("t2", "syrie", false), new("t3", "SYRIE", false)]);

        Assert.Equal([("t1", "Syrie"), ("t2", "SYRIE")], united.Select(t => (t.Id, t.Text)));
    }

    [Fact]
    public void Topics_added_to_those_followed_skip_the_ones_followed_by_the_same_rule()
    {
        var united = SignUpTopics.Unite(
            [new("t1", "Syrie", false), new("t2", "Liban", false)],
            [new("t1", " liban", false), new("t2", "SYRIE", false), new("t3", "syrie", false), new("t4", "headline:Liban", false)]);

        Assert.Equal(["Syrie", "Liban", "SYRIE", "headline:Liban"], united.Select(t => t.Text));
        Assert.Equal(["t1", "t2", "t3", "t4"], united.Select(t => t.Id));
    }

    [Fact]
    public void Distinct_keeps_the_first_writing_and_its_id()
    {
        var distinct = TopicIdentity.Distinct([new("t7", "Syrie", false), new("t8", " syrie", false), new("t9", "Liban", false)]);

        Assert.Equal([("t7", "Syrie"), ("t9", "Liban")], distinct.Select(t => (t.Id, t.Text)));
    }
}
