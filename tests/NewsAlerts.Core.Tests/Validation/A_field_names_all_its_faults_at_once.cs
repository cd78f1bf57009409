namespace NewsAlerts.Core.Tests.Validation;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Validation;

/// <summary>
/// Trial r37 #13: the editor console named a headline's length, and only after it was shortened its U+202E. Every free
/// text field (the API's JSON, the console's forms, which go through the same parser) names all its faults at once.
/// </summary>
public sealed class A_field_names_all_its_faults_at_once
{
    private static readonly string LongWithOverride = "Syria " + new string('x', 420) + "\u202E";

    [Fact]
    public void A_headline_too_long_and_with_an_override_is_refused_for_both_in_one_answer()
    {
        var json = $$"""{"headline":"{{LongWithOverride.Replace("\u202E", "\\u202E", StringComparison.Ordinal)}}","body":"Talks."}""";

        var reasons = ArticleParser.Parse(json, TimeProvider.System).Errors.Where(e => e.Field == "headline").Select(e => e.Reason).ToList();

        Assert.Equal(2, reasons.Count);
        Assert.Contains(reasons, r => r.StartsWith("is longer than 400 characters", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("U+202E", StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_reason_field_joins_both_faults()
    {
        var (text, reason) = FreeText.Field(LongWithOverride, 400, lineBreaks: false);

        Assert.Null(text);
        Assert.StartsWith("is longer than 400 characters, and it contains U+202E", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_fault_is_named_alone_and_a_good_text_is_cleaned()
    {
        Assert.Equal(["is longer than 5 characters"], FreeText.Faults("Syria talks", 5, lineBreaks: false).Reasons);
        Assert.Equal("Syria", FreeText.Faults(" Syr\u200Bia ", 10, lineBreaks: false).Text);
    }
}
