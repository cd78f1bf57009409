namespace NewsAlerts.Core.Tests.Validation;

using System.Text.Json;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Validation;

public sealed class Free_text_refuses_hidden_controls_and_keeps_the_joiners_scripts_need
{
    [Theory]
    [InlineData("Syria\u0000", "U+0000")]
    [InlineData("Syria\u0007", "U+0007")]
    [InlineData("Syria\u001B[31m", "U+001B")]
    [InlineData("Syria\u0085", "U+0085")]
    [InlineData("Syria\u202Eaclaeb", "U+202E")]
    [InlineData("\u202Dceasefire", "U+202D")]
    [InlineData("truce\u202A", "U+202A")]
    [InlineData("truce\u2066x\u2069", "U+2066")]
    [InlineData("truce\u202B", "U+202B")]
    [InlineData("truce\u202C", "U+202C")]
    [InlineData("truce\u2067", "U+2067")]
    [InlineData("truce\u2068", "U+2068")]
    [InlineData("truce\u2062", "U+2062")]
    [InlineData("truce\uE000", "U+E000")]
    [InlineData("truce\U000E0041", "U+E0041")]
    public void A_control_bidi_or_invisible_format_character_is_refused_by_its_code_point(string text, string named)
    {
        var (kept, reason) = FreeText.Clean(text);

        Assert.Null(kept);
        Assert.Contains(named + " (", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Half_a_surrogate_pair_is_refused_by_its_code_point()
    {
        var text = "truce" + (char)0xD800 + "x";

        var (kept, reason) = FreeText.Clean(text);

        Assert.Null(kept);
        Assert.Contains("U+D800 (", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cease\u200Bfire", "ceasefire")]
    [InlineData("\uFEFFceasefire", "ceasefire")]
    [InlineData("cease\u2060fire", "ceasefire")]
    [InlineData("cease\u00ADfire", "ceasefire")]
    public void A_zero_width_space_and_its_kind_are_removed(string text, string expected) =>
        Assert.Equal((expected, null), FreeText.Clean(text));

    [Theory]
    // Persian "mi\u200Cravam" (ZWNJ), Hindi "\u0915\u094D\u200D\u0937" (ZWJ), Malayalam chillu (ZWJ), Sinhala yansaya (ZWJ).
    [InlineData("\u0645\u06CC\u200C\u0631\u0648\u0645")]
    [InlineData("\u0915\u094D\u200D\u0937")]
    [InlineData("\u0D28\u0D4D\u200D")]
    [InlineData("\u0D9A\u0DCA\u200D\u0DBA")]
    [InlineData("\u0633\u0648\u0631\u064A\u0627")]
    [InlineData("Z\u00FCrich \"Gen\u00E8ve\"")]
    [InlineData("\U0001F1FA\U0001F1E6 Ukraine")]
    public void Words_of_every_script_with_their_joiners_are_kept_as_typed(string text) =>
        Assert.Equal((text, null), FreeText.Clean(text));

    [Theory]
    [InlineData("Syria\\u0000", "U+0000")]
    [InlineData("Syria\\u202E", "U+202E")]
    public void A_topic_with_a_refused_character_is_a_field_error_naming_it(string topic, string named)
    {
        using var json = JsonDocument.Parse($$"""{"topics":["sport","{{topic}}"]}""");
        var errors = new List<FieldError>();

        SubscriberRequestParser.ParseTopics(json.RootElement, errors);

        var error = Assert.Single(errors);
        Assert.Equal("topics[1]", error.Field);
        Assert.Contains(named, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_topic_with_a_zero_width_space_is_stored_without_it()
    {
        using var json = JsonDocument.Parse("""{"topics":["cease\u200Bfire"]}""");
        var errors = new List<FieldError>();

        var topics = SubscriberRequestParser.ParseTopics(json.RootElement, errors);

        Assert.Empty(errors);
        Assert.Equal("ceasefire", Assert.Single(topics).Text);
    }

    [Theory]
    [InlineData("\"Syria\"", "not a string")]
    [InlineData("42", "not a number")]
    [InlineData("{\"text\":\"Syria\"}", "not an object")]
    [InlineData("true", "not true or false")]
    public void Topics_of_the_wrong_json_type_are_refused_naming_the_type(string value, string named)
    {
        using var json = JsonDocument.Parse($$"""{"topics":{{value}}}""");
        var errors = new List<FieldError>();

        SubscriberRequestParser.ParseTopics(json.RootElement, errors);

        var error = Assert.Single(errors);
        Assert.Equal("topics", error.Field);
        Assert.StartsWith("must be an array of topics", error.Reason, StringComparison.Ordinal);
        Assert.EndsWith(named, error.Reason, StringComparison.Ordinal);
    }
}
