namespace NewsAlerts.Cli.Tests.Pages;

using System.Globalization;
using System.Text.RegularExpressions;
using NewsAlerts.Cli.Tests.Pages.Languages;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Layout;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Pages.SignUp;

/// <summary>
/// Issue 16, item 3: the error summary named some fields by their label, some by a subject of its own, some not at
/// all. One rule: every summary line starts with the visible label of the field it links to, in the page's language.
/// Every error the corpus draws from the validators of the sign-up page and the preference centre is rendered, and each
/// summary line is read against the labels those pages show.
/// </summary>
public sealed partial class Every_error_a_page_shows_names_its_subject_in_words
{
    public static TheoryData<string> SummaryLanguages => ["en", "fr", "de", "ar"];

    [Theory]
    [MemberData(nameof(SummaryLanguages))]
    public async Task Every_summary_line_starts_with_the_visible_label_of_the_field_it_links_to(string language)
    {
        var (fields, _) = await FieldsAndOptionsAsync();
        using var scope = new PageLanguageScope(language);
        var visible = await VisibleLabelsAsync();
        var errors = fields.SelectMany(field => BadValues.SelectMany(value => ErrorsOf(field, value))).Distinct().ToList();
        var html = await templates.RenderAsync<SignUpPage>(new Dictionary<string, object?>
        {
            [nameof(SignUpPage.Form)] = new FormState(new Dictionary<string, string>(), errors),
            [nameof(SignUpPage.Hidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(SignUpPage.Now)] = Now,
        });
        var lines = SummaryLinkPattern().Matches(html).Select(m => (Field: m.Groups[1].Value, Text: Text(m.Groups[2].Value))).ToList();
        Assert.True(lines.Count > 40, $"only {lines.Count} summary lines: the corpus no longer reaches the validators");

        var wrong = new List<string>();
        foreach (var (field, text) in lines)
        {
            var label = FieldLabels.Of(field);
            if (label is null)
            {
                wrong.Add($"{field}: no label for \"{text}\"");
                continue;
            }

            // Trial r38 #12: a message naming the field by its label already (quoted) is the line alone, naming it once.
            if (!text.StartsWith(string.Format(CultureInfo.CurrentCulture, PageStrings.ErrorSummaryLine, label, string.Empty), StringComparison.Ordinal)
                && !text.Contains(FieldLabels.Named(field)!, StringComparison.Ordinal))
            {
                wrong.Add($"{field}: \"{text}\" does not start with its label \"{label}\"");
            }

            if (visible.TryGetValue(field, out var shown) && !label.Contains(shown, StringComparison.CurrentCultureIgnoreCase))
            {
                wrong.Add($"{field}: the summary names \"{label}\", the page labels it \"{shown}\"");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Distinct()));
    }

    // The text of each field's <label for="field-..."> on the sign-up page and the preference centre.
    private async Task<Dictionary<string, string>> VisibleLabelsAsync()
    {
        var subscriber = new Subscriber("s1", "reader@example.com", ContactStatus.Confirmed, "+447400333444", ContactStatus.Pending, "UTC", [new Topic("t1", "Syria", false)], 2, Now);
        var pages = string.Concat(
            await templates.RenderAsync<SignUpPage>(new Dictionary<string, object?>
            {
                [nameof(SignUpPage.Form)] = FormState.Empty, [nameof(SignUpPage.Hidden)] = Array.Empty<KeyValuePair<string, string>>(), [nameof(SignUpPage.Now)] = Now,
            }),
            await templates.RenderAsync<ManagePage>(new Dictionary<string, object?>
            {
                [nameof(ManagePage.Subscriber)] = subscriber, [nameof(ManagePage.Form)] = new FormState(ManageValues.Of(subscriber), []), [nameof(ManagePage.Now)] = Now,
                [nameof(ManagePage.Code)] = new Core.SignUps.WaitingCode("+447400333444", true),
            }));
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match label in LabelPattern().Matches(pages))
        {
            labels.TryAdd(label.Groups[1].Value, Text(label.Groups[2].Value));
        }

        Assert.Contains("quietStart", labels.Keys);
        return labels;
    }

    [GeneratedRegex("<li><a href=\"#field-([^\"]*)\">(.*?)</a></li>", RegexOptions.Singleline)]
    private static partial Regex SummaryLinkPattern();

    [GeneratedRegex("<label for=\"field-([^\"]+)\"[^>]*>(.*?)</label>", RegexOptions.Singleline)]
    private static partial Regex LabelPattern();
}
