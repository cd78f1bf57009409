namespace NewsAlerts.Cli.Tests.Pages;

using System.Text.Json;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Layout;

/// <summary>
/// Trial r38 #12: /manage said "Quiet hours from: Quiet hours start: 24:00 is not a time of day" and /signup another
/// wording. For every field both pages have, the same bad value gives the same message on both, in every language; the
/// message and the error summary's line name the field once, by the label the page shows.
/// </summary>
public sealed class Sign_up_and_preferences_name_a_field_once_by_its_label_and_word_a_mistake_alike
{
    private static readonly string[] Fields = ["timeZone", "language", "emailFrequency", "digestTime", "weekday", "quietStart", "quietEnd", "capEmail", "capSms"];

    private static readonly string[] BadValues = ["24:00", "25:00", "7pm", "x", "-1", "0", "5000", "someday", "Mars/Olympus", "zz-ZZ-invalid!", "22:00"];

    [Fact]
    public void The_same_bad_value_gives_the_same_message_naming_its_field_once_by_its_label()
    {
        var compared = 0;
        var wrong = new List<string>();
        foreach (var language in TextLanguages.Offered)
        {
            using var scope = new Languages.PageLanguageScope(language);
            foreach (var field in Fields)
            {
                foreach (var value in BadValues)
                {
                    // Quiet hours come in pairs: the partner is given, so each field's own mistake is what is worded.
                    var form = new Dictionary<string, string> { [field] = value };
                    if (field is "quietStart" or "quietEnd")
                    {
                        form.TryAdd(field == "quietStart" ? "quietEnd" : "quietStart", "22:00");
                    }

                    var onManage = SettingsErrors(form).SingleOrDefault(e => e.Field == field);
                    var onSignUp = SignUpErrors(form).SingleOrDefault(e => e.Field == field);
                    if (onManage is null || onSignUp is null)
                    {
                        if (onManage != onSignUp)
                        {
                            wrong.Add($"{language} {field}={value}: one page refuses it, the other not ({onManage?.Message ?? onSignUp?.Message})");
                        }

                        continue;
                    }

                    compared++;
                    var label = FieldLabels.Of(field)!;
                    if (onManage.Message != onSignUp.Message)
                    {
                        wrong.Add($"{language} {field}={value}: /manage \"{onManage.Message}\" but /signup \"{onSignUp.Message}\"");
                    }

                    var line = FieldLabels.SummaryLine(onManage);
                    if (Count(line, label) != 1 || Count(onManage.Message, label) > 1)
                    {
                        wrong.Add($"{language} {field}={value}: \"{line}\" does not name \"{label}\" exactly once");
                    }

                    if (FieldLabels.Subject(field) is { } words && !label.Contains(words, StringComparison.Ordinal) && line.Contains(words, StringComparison.Ordinal))
                    {
                        wrong.Add($"{language} {field}={value}: \"{line}\" names the field by other words too (\"{words}\")");
                    }
                }
            }
        }

        Assert.True(compared > 100, $"only {compared} comparisons: the values no longer reach the validators");
        Assert.Empty(wrong);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static IReadOnlyList<PageError> SettingsErrors(Dictionary<string, string> form)
    {
        using var json = JsonDocument.Parse(FormFields.SettingsChange(form).ToJsonString());
        return FormFields.Errors(SubscriberRequestParser.ParseSettings(json.RootElement).Errors, []);
    }

    private static IReadOnlyList<PageError> SignUpErrors(Dictionary<string, string> form)
    {
        var fields = new Dictionary<string, string>(form) { ["email"] = "reader@example.com", ["topics"] = "Syria" };
        fields.TryAdd("timeZone", "UTC");
        using var json = JsonDocument.Parse(FormFields.SignUp(fields).ToJsonString());
        return FormFields.Errors(SubscriberRequestParser.ParseSignUp(json.RootElement, new TextablePhones(["GB"])).Errors, []);
    }
}
