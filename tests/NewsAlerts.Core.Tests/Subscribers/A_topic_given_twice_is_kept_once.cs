namespace NewsAlerts.Core.Tests.Subscribers;

using System.Text.Json;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Validation;

/// <summary>
/// Trial r41 #14: <c>PUT /topics {"topics":["Syrie","Syrie"]}</c> stored t1 and t2, both "Syrie". A topic equal to an
/// earlier one by its normalised query, exactness and language is kept once, where it was first given, by the one
/// parser every way of setting topics uses (sign-up, <c>PUT /topics</c>, /manage); nothing is refused for it.
/// </summary>
public sealed class A_topic_given_twice_is_kept_once
{
    [Theory]
    [InlineData("""["Syrie", "Syrie"]""", new[] { "Syrie" })]
    [InlineData("""["Syrie", " syrie ", "syrie"]""", new[] { "Syrie" })]
    [InlineData("""["ceasefire", "Syrie", "ceasefire"]""", new[] { "ceasefire", "Syrie" })]
    [InlineData("""["Syrie", {"text": "Syrie"}]""", new[] { "Syrie" })]
    [InlineData("""["Syria AND truce", "Syria  AND  truce"]""", new[] { "Syria AND truce" })]
    // Trial s42 #A (TopicIdentity): an all-capitals word is an acronym topic, kept beside the plain one.
    [InlineData("""["Syrie", "SYRIE"]""", new[] { "Syrie", "SYRIE" })]
    [InlineData("""["Syrie", "syrie", "  SYRIE ", "Liban", "liban"]""", new[] { "Syrie", "SYRIE", "Liban" })]
    [InlineData("""["İstanbul", "istanbul", "Straße", "strasse"]""", new[] { "İstanbul", "Straße" })]
    public void Repeats_are_dropped_in_the_order_first_given(string topics, string[] kept)
    {
        var errors = new List<FieldError>();

        var parsed = SubscriberRequestParser.ParseTopics(Body(topics), errors);

        Assert.Empty(errors);
        Assert.Equal(kept, parsed.Select(t => t.Text));
    }

    [Theory]
    [InlineData("""["Syrie", {"text": "Syrie", "exact": true}]""")]
    [InlineData("""["Syrie", {"text": "Syrie", "language": "fr"}]""")]
    [InlineData("""[{"text": "Syrie", "language": "en"}, {"text": "Syrie", "language": "fr"}]""")]
    public void The_same_words_matched_otherwise_are_two_topics(string topics)
    {
        var errors = new List<FieldError>();

        var parsed = SubscriberRequestParser.ParseTopics(Body(topics), errors, out var languages);

        Assert.Empty(errors);
        Assert.Equal(2, parsed.Count);
        Assert.Equal(2, languages.Count);
    }

    [Fact]
    public void A_sign_up_with_a_repeated_topic_keeps_one_and_its_languages_stay_in_step()
    {
        var parsed = SubscriberRequestParser.ParseSignUp(
            Body("""[{"text": "Syrie", "language": "fr"}, "ceasefire", {"text": "syrie", "language": "FR"}]""", "\"email\": \"ann@example.org\", \"timeZone\": \"Europe/Paris\", "),
            new TextablePhones([]));

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        Assert.Equal(["Syrie", "ceasefire"], parsed.Value!.Topics.Select(t => t.Text));
        Assert.Equal(["fr", null], parsed.Value.TopicLanguages);
    }

    private static JsonElement Body(string topics, string before = "") =>
        JsonDocument.Parse($"{{{before}\"topics\": {topics}}}").RootElement.Clone();
}
