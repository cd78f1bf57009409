namespace NewsAlerts.Cli.Tests.Pages.Languages;

using NewsAlerts.Core.Validation;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Languages;

/// <summary>
/// Trial r32 #5: "enthält eine Erzwingung der Schreibrichtung …, das Text umstellen kann; entfernen Sie es" put a
/// feminine noun before the neuter "das … es" of the one sentence every refused character shares. Every character kind
/// FreeText names now reads as a neuter noun ("ein … Zeichen"), so the relative pronoun and "es" agree for all; each
/// refusal FreeText gives is read here in German.
/// </summary>
public sealed class A_refused_character_reads_as_grammatical_german
{
    // One of each kind FreeText refuses: overrides, a bidi isolate, null and other controls, private use (BMP and
    // supplementary), halves of a pair, invisible formatting characters.
    private static readonly string[] Refused =
        ["Syria\u202Eabc", "Syria\u202Dabc", "Syria\u2066abc", "Syria\u0000", "Syria\u0007", "Syria\uE000", "Syria\uD800", "Syria\uDC00x", "Syria\u2062x", "Syria\U000E0001x", "Syria\U000F0000x"];

    [Fact]
    public void The_right_to_left_override_of_the_trial_reads_as_a_neuter_noun()
    {
        PageCulture.Use("de");

        var words = ValidatorReasonWords.Of(FreeText.Check("Syria\u202Eabc").Reason!);

        Assert.Equal("enthält ein Zeichen zum Erzwingen der Schreibrichtung von rechts nach links, das Text umstellen kann; entfernen Sie es", words);
    }

    [Fact]
    public void Every_refused_character_is_named_with_the_article_its_pronouns_agree_with()
    {
        PageCulture.Use("de");
        var wrong = new List<string>();
        foreach (var typed in Refused)
        {
            var reason = FreeText.Check(typed).Reason;
            var words = reason is null ? null : ValidatorReasonWords.Of(reason);
            if (words is null || !words.StartsWith("enthält ein ", StringComparison.Ordinal) || words.StartsWith("enthält eine ", StringComparison.Ordinal)
                || !words.EndsWith("; entfernen Sie es", StringComparison.Ordinal))
            {
                wrong.Add($"{reason ?? "(not refused)"} -> {words ?? "(no words)"}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
