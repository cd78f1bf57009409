namespace NewsAlerts.Cli.Tests.Pages;

using System.Globalization;
using NewsAlerts.Cli.Tests.Pages.Languages;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Layout;
using NewsAlerts.Pages.Manage;

/// <summary>
/// Review r40 #2: the test that a message names its field once by its page label covered a hand list of fields, so
/// "The date alerts start again must be…" and "Choose how long to pause" (their summary lines: "Start again on (date): The
/// date alerts start again must be…") went unseen. Every message the corpus draws from every field the sign-up page and
/// the preference centre render, in every language: the field has a label, the summary line names it exactly once, and
/// neither names the field by other words (its subject) besides.
/// </summary>
public sealed partial class Every_error_a_page_shows_names_its_subject_in_words
{
    public static TheoryData<string> EveryLanguage => [.. TextLanguages.Offered];

    [Theory]
    [MemberData(nameof(EveryLanguage))]
    public async Task Every_message_a_form_shows_names_its_field_once_by_its_label(string language)
    {
        var (fields, _) = await FieldsAndOptionsAsync();
        using var scope = new PageLanguageScope(language);
        var errors = fields.SelectMany(field => BadValues.SelectMany(value => ErrorsOf(field, value))).Distinct().ToList();
        Assert.Contains(errors, e => e.Field == PauseFields.Date);
        Assert.Contains(errors, e => e.Field == PauseFields.Choice);
        Assert.Contains(errors, e => e.Field == "topics");

        var wrong = new List<string>();
        foreach (var error in errors)
        {
            var label = FieldLabels.Of(error.Field);
            if (label is null)
            {
                wrong.Add($"{error.Field}: no label for \"{error.Message}\"");
                continue;
            }

            // Named once: by the summary's "label: " before the message, or by the label quoted in the message, not both.
            var line = FieldLabels.SummaryLine(error);
            var prefixed = line.StartsWith(string.Format(CultureInfo.CurrentCulture, PageStrings.ErrorSummaryLine, label, string.Empty), StringComparison.Ordinal);
            var quoted = Occurrences(line, FieldLabels.Named(error.Field)!);
            if (prefixed == quoted > 0 || quoted > 1)
            {
                wrong.Add($"{error.Field}: \"{line}\" does not name \"{label}\" exactly once");
            }

            if (FieldLabels.Subject(error.Field) is { } words && !label.Contains(words, StringComparison.Ordinal) && line.Contains(words, StringComparison.Ordinal))
            {
                wrong.Add($"{error.Field}: \"{line}\" names the field by other words too (\"{words}\")");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Distinct()));
    }

    // The given inputs of review r40 #2, with the answers: the date and the length of a pause named by their labels; in
    // Arabic the predicate agrees with the label's head noun (الاستئناف, masculine: يكون; مدة, feminine: تكون).
    [Theory]
    [InlineData("en", "2020-13-45", "“Start again on (date)” must be a day, like 24 December 2026")]
    [InlineData("fr", "2020-13-45", "«\u202fReprendre le (date)\u202f» doit être un jour, comme le 24 décembre 2026")]
    [InlineData("ar", "2020-13-45", "يجب أن يكون ”الاستئناف في (تاريخ)“ يومًا، مثل 24 ديسمبر 2026")]
    [InlineData("en", "", "Enter a day in “Start again on (date)”")]
    [InlineData("de", "", "Geben Sie bei „Wieder beginnen am (Datum)“ einen Tag ein")]
    public void A_pause_date_is_named_by_its_label(string language, string date, string expected)
    {
        using var scope = new PageLanguageScope(language);

        var (_, error) = PauseFields.Read(new Dictionary<string, string> { [PauseFields.Choice] = "date", [PauseFields.Date] = date });

        Assert.Equal(PauseFields.Date, error?.Field);
        Assert.Equal(expected, error?.Message);
    }

    [Theory]
    [InlineData("en", "Choose one of the lengths in “Pause alerts for”")]
    [InlineData("ar", "اختر إحدى المدد في ”مدة إيقاف التنبيهات مؤقتًا“")]
    public void A_pause_length_not_offered_is_named_by_its_label(string language, string expected)
    {
        using var scope = new PageLanguageScope(language);

        var (_, error) = PauseFields.Read(new Dictionary<string, string> { [PauseFields.Choice] = "3w" });

        Assert.Equal(expected, error?.Message);
    }

    [Fact]
    public void The_arabic_pause_label_is_a_feminine_noun_phrase_as_its_predicates_agree()
    {
        using var scope = new PageLanguageScope("ar");

        Assert.StartsWith("مدة", FieldLabels.Of(PauseFields.Choice), StringComparison.Ordinal);
        Assert.Equal("يجب أن تكون", NewsAlerts.Pages.Fields.ArabicAgreement.Predicate(PauseFields.Choice, "يجب أن يكون", "ar"));
        Assert.Equal("يجب أن يكون", NewsAlerts.Pages.Fields.ArabicAgreement.Predicate(PauseFields.Date, "يجب أن يكون", "ar"));
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
