namespace NewsAlerts.Core.Tests.Words;

using NewsAlerts.Core.Words;
using NewsAlerts.Matching.Explanations;
using NewsAlerts.Matching.Index;

/// <summary>
/// A reason kept as values and worded in English when shown reads as the English words planning wrote before
/// (<see cref="MatchWords.Of(MatchExplanation, ArticleDocument)"/>): English subscribers see no change.
/// </summary>
public sealed class An_English_reason_reads_as_it_did_when_it_was_worded_at_planning
{
    public static TheoryData<string, string, string> Matches() => new()
    {
        { "syria", "Syria talks resume", "" },
        { "ceasefire", "Truce holds", "" },
        { "ceasefire", "Talks", "After long months the rebels agree to a cease-fire on Monday in the north of the country" },
        { "\"peace talks\"", "Talks", "Peace   talks\nbegan" },
        { "syria AND source:Reuters", "Syria", "Body" },
        { "syria AND lang:en", "Syria", "Body" },
        { "syria AND urgency:<=2", "Syria", "Body" },
        { "syria AND subject:medtop:16000000", "Syria", "Body" },
        { "aleppo AND homs AND idlib AND hama AND deraa", "Aleppo Homs Idlib Hama Deraa", "" },
    };

    [Theory]
    [MemberData(nameof(Matches))]
    public void The_same_words_come_out(string topic, string headline, string body)
    {
        var document = new ArticleDocument("a1", headline, body, "Reuters", "en", ["medtop:16000000"], 1);
        var index = new PercolatorIndex();
        Assert.True(index.Add(new TopicSubscription("s1", "u1", topic)).Success);
        var explanation = Assert.Single(index.Match(document)).Explanation;

        var stored = MatchReasonText.Write(MatchReason.Of(explanation, document));

        Assert.Equal(MatchWords.Of(explanation, document), ReasonWords.Of(stored, "en"));
        Assert.Equal(MatchWords.Of(explanation, document), ReasonWords.Of(stored, null));
    }
}
