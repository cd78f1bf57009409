namespace NewsAlerts.Cli.Tests.Pages.Languages;

using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Words;
using NewsAlerts.Pages.Confirm;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Layout;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Pages.SignUp;

/// <summary>
/// Issue 16: on the Arabic preference centre "+44 7400 333444" read "333444 7400 +44". Every number and address a page
/// shows inside right-to-left text is isolated left to right (<c>&lt;bdi dir="ltr"&gt;</c>); the page is rendered as the
/// Function App renders it and each value is looked for inside such an element.
/// </summary>
public sealed partial class Arabic_pages_keep_numbers_and_addresses_left_to_right : IAsyncDisposable
{
    private static readonly DateTimeOffset Winter = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly RazorTemplates templates = new();

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    [Fact]
    public async Task The_preference_centre_isolates_the_address_the_number_ours_and_a_pending_one()
    {
        using var scope = new PageLanguageScope("ar");
        var subscriber = new Subscriber("s1", "reader@example.com", ContactStatus.Confirmed, "+447400333444", ContactStatus.OptedOut, "Europe/London",
            [new Topic("t1", "Syria", false)], 2, Winter, Language: "ar");

        var html = await templates.RenderAsync<ManagePage>(new Dictionary<string, object?>
        {
            [nameof(ManagePage.Subscriber)] = subscriber,
            [nameof(ManagePage.Form)] = new FormState(ManageValues.Of(subscriber), []),
            [nameof(ManagePage.Now)] = Winter,
            [nameof(ManagePage.OurNumber)] = "+447700900123",
            [nameof(ManagePage.PendingPhone)] = "+447400555666",
        });

        var isolated = Isolated().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["value"].Value)).ToList();
        Assert.Contains("reader@example.com", isolated);
        Assert.Contains("+44 7400 333444", isolated);
        Assert.Contains("+44 7700 900123", isolated);
        Assert.Contains("+44 7400 555666", isolated);
        Assert.Contains("dir=\"rtl\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_is_escaped_inside_its_isolate_and_the_template_around_it_too()
    {
        var markup = LtrValues.Format("<b>{0}</b> & more", "<x>@example.com").Value;

        Assert.Equal("&lt;b&gt;<bdi dir=\"ltr\">&lt;x&gt;@example.com</bdi>&lt;/b&gt; &amp; more", markup);
        Assert.Equal("&lt;none&gt;", LtrValues.IsolatedOr(null, "<none>").Value);
    }

    [Fact]
    public async Task The_sign_up_page_isolates_the_example_number_and_types_addresses_numbers_and_times_left_to_right()
    {
        using var scope = new PageLanguageScope("ar");
        var form = new Dictionary<string, string> { ["email"] = "reader@example.com", ["phone"] = "+447400333444", ["timeZone"] = "Europe/London", ["quietStart"] = "22:00", ["quietEnd"] = "07:00" };

        var html = await templates.RenderAsync<SignUpPage>(new Dictionary<string, object?>
        {
            [nameof(SignUpPage.Form)] = new FormState(form, []), [nameof(SignUpPage.Hidden)] = Array.Empty<KeyValuePair<string, string>>(), [nameof(SignUpPage.Now)] = Winter,
            [nameof(SignUpPage.PhoneHint)] = PhoneHints.For(["GB"]),
        });

        Assert.Contains(LtrText.Isolate(TextablePhones.ExampleOf("GB", national: true)!), WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.All(new[] { "email", "phone", "digestTime", "quietStart", "quietEnd" }, name => Assert.Contains("dir=\"ltr\"", Input(html, name), StringComparison.Ordinal));
        Assert.DoesNotContain("dir=\"ltr\"", Input(html, "topics"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_of_a_number_with_its_country_code_is_isolated_in_the_hint_and_the_error()
    {
        using var scope = new PageLanguageScope("ar");

        Assert.Contains(LtrText.Isolate(TextablePhones.ExampleOf("GB")!), PhoneHints.For(["GB", "IE"]), StringComparison.Ordinal);
        Assert.Contains(LtrText.Isolate(TextablePhones.ExampleOf("GB")!), PhoneHints.NeedsCountryCode(["GB", "IE"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_code_page_takes_the_code_left_to_right()
    {
        using var scope = new PageLanguageScope("ar");

        var html = await templates.RenderAsync<CodePage>(new Dictionary<string, object?> { [nameof(CodePage.CodeHidden)] = Array.Empty<KeyValuePair<string, string>>() });

        Assert.Contains("dir=\"ltr\"", Input(html, "code"), StringComparison.Ordinal);
    }

    [Fact]
    public void Times_on_the_schedule_and_in_the_history_are_isolated_on_an_arabic_page_and_plain_on_an_english_one()
    {
        using (new PageLanguageScope("ar"))
        {
            Assert.Contains(LtrText.Isolate("07:00"), ScheduleWords.Sentence(EmailSchedule.Default, "Europe/London"), StringComparison.Ordinal);
            Assert.EndsWith(LtrText.Isolate("10:00"), NewsAlerts.Pages.Languages.PageMoments.Local(Winter, "Europe/London"), StringComparison.Ordinal);
        }

        using (new PageLanguageScope("en"))
        {
            Assert.Equal("You’ll get one email a day at 07:00 (London time).", ScheduleWords.Sentence(EmailSchedule.Default, "Europe/London"));
            Assert.DoesNotContain(LtrText.Open.ToString(), NewsAlerts.Pages.Languages.PageMoments.Local(Winter, "Europe/London"), StringComparison.Ordinal);
        }
    }

    // The input (or textarea) element named name.
    private static string Input(string html, string name) =>
        Regex.Match(html, $"<(input|textarea)[^>]*\\bname=\"{name}\"[^>]*>").Value is { Length: > 0 } tag ? tag : throw new Xunit.Sdk.XunitException($"no field {name}");

    [GeneratedRegex("<bdi dir=\"ltr\">(?<value>[^<]*)</bdi>")]
    private static partial Regex Isolated();
}
