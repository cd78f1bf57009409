using CsCheck;
using NewsAlerts.Matching.Query;

namespace NewsAlerts.Matching.Tests.Query;

public sealed class TopicParserTests
{
    [Theory]
    [InlineData("Syria", "syria")]
    [InlineData("Syria ceasefire", "syria AND ceasefire")]
    [InlineData("Syria AND (ceasefire OR truce)", "syria AND (ceasefire OR truce)")]
    [InlineData("Syria -football", "syria AND NOT football")]
    [InlineData("Syria NOT football", "syria AND NOT football")]
    [InlineData("\"Peace  Talks\"", "\"peace talks\"")]
    [InlineData("ceasefire*", "ceasefire*")]
    [InlineData("Kerry NEAR/5 Lavrov", "(kerry NEAR/5 lavrov)")]
    [InlineData("Kerry NEAR Lavrov", "(kerry NEAR/5 lavrov)")]
    [InlineData("headline:Syria body:\"Aleppo truce\"", "headline:syria AND body:\"aleppo truce\"")]
    [InlineData("source:Reuters subject:\"armed conflict\" lang:en urgency:<=3 Syria", "source:reuters AND subject:\"armed conflict\" AND lang:en AND urgency:<=3 AND syria")]
    [InlineData("=Syria", "=syria")]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("a OR b OR (c OR d)", "a OR b OR c OR d")]
    [InlineData("subject:medtop:20000056", "subject:medtop:20000056")]
    public void Valid_topic_parses_to_its_normalised_text(string topic, string normalised)
    {
        var result = TopicQuery.Parse(topic);

        Assert.True(result.Success, result.Error);
        Assert.Equal(normalised, result.NormalizedText);
    }

    [Theory]
    [InlineData("Syria \"peace talks", 7, "unclosed quote")]
    [InlineData("(Syria OR Iraq", 1, "unclosed parenthesis")]
    [InlineData("Syria)", 6, "unexpected ')' with no matching '('")]
    [InlineData("", 1, "the topic is empty")]
    [InlineData("Syria AND", 7, "AND needs a term after it")]
    [InlineData("OR Syria", 1, "OR needs a term before it")]
    [InlineData("Syria OR", 7, "OR needs a term after it")]
    [InlineData("-football", 1, "a topic must require at least one word or filter; NOT alone would match almost every article")]
    [InlineData("ce*", 1, "a prefix wildcard needs at least 3 letters or digits before '*'")]
    [InlineData("cea*se", 4, "'*' is allowed only at the end of a word, as a prefix wildcard")]
    [InlineData("colour:red", 1, "unknown field 'colour' (known: headline, body, source, subject, lang, urgency)")]
    [InlineData("urgency:12", 9, "urgency: needs a number from 1 to 9, optionally after <, <=, > or >= (at most 9)")]
    [InlineData("Kerry NEAR/0 Lavrov", 12, "NEAR/ needs a distance from 1 to 50 words (at least 1)")]
    [InlineData("(Kerry OR Lavrov) NEAR/3 Syria", 19, "NEAR joins words or phrases only")]
    [InlineData("Syria ()", 7, "empty parentheses")]
    [InlineData("Syria OR -Iraq", 1, "a topic must require at least one word or filter; NOT alone would match almost every article")]
    public void Invalid_topic_reports_column_and_reason(string topic, int column, string reason)
    {
        var result = TopicQuery.Parse(topic);

        Assert.False(result.Success);
        Assert.Equal(reason, result.Reason);
        Assert.Equal(column, result.Column);
        Assert.Equal($"{reason} at column {column}", result.Error);
    }

    [Fact]
    public void Deeply_nested_topic_is_an_error_not_an_exception()
    {
        var result = TopicQuery.Parse(new string('(', 200) + "x" + new string(')', 200));

        Assert.False(result.Success);
    }

    [Fact]
    public void Random_text_never_throws()
    {
        Gen.String[Gen.Char["()\"*:-=/<> aAnNdDoORT0123456789"], 0, 40].Sample(text =>
        {
            var result = TopicQuery.Parse(text);
            Assert.True(result.Success ? result.NormalizedText is not null : result.Column >= 1 && result.Reason is not null);
        }, iter: 5000);
    }
}
