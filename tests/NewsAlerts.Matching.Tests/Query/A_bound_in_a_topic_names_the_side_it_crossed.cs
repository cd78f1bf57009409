namespace NewsAlerts.Matching.Tests.Query;

using NewsAlerts.Matching.Query;

// Trial r38 #11's kind: "must be after today" was told of a date too far ahead. The topic language's bounds (urgency 1
// to 9, NEAR/ 1 to 50 words) name the side crossed, on both sides; a value that is no number keeps the general reason.
public sealed class A_bound_in_a_topic_names_the_side_it_crossed
{
    private const string Urgency = "urgency: needs a number from 1 to 9, optionally after <, <=, > or >=";
    private const string Near = "NEAR/ needs a distance from 1 to 50 words";

    [Theory]
    [InlineData("syria urgency:0", Urgency + " (at least 1)")]
    [InlineData("syria urgency:<=0", Urgency + " (at least 1)")]
    [InlineData("syria urgency:10", Urgency + " (at most 9)")]
    [InlineData("syria urgency:>=99999999999", Urgency + " (at most 9)")]
    [InlineData("syria urgency:x", Urgency)]
    [InlineData("kerry NEAR/0 lavrov", Near + " (at least 1)")]
    [InlineData("kerry NEAR/51 lavrov", Near + " (at most 50)")]
    [InlineData("kerry NEAR/99999999999 lavrov", Near + " (at most 50)")]
    [InlineData("kerry NEAR/ lavrov", Near)]
    public void A_value_past_a_bound_names_it(string topic, string reason)
    {
        var parsed = TopicQuery.Parse(topic);

        Assert.False(parsed.Success);
        Assert.Equal(reason, parsed.Reason);
    }

    [Theory]
    [InlineData("syria urgency:1")]
    [InlineData("syria urgency:<=9")]
    [InlineData("kerry NEAR/1 lavrov")]
    [InlineData("kerry NEAR/50 lavrov")]
    public void The_bounds_themselves_are_taken(string topic) => Assert.True(TopicQuery.Parse(topic).Success);
}
