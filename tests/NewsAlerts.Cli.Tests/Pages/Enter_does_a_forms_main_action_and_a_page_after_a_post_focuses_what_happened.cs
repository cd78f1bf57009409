namespace NewsAlerts.Cli.Tests.Pages;

using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Confirm;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Layout;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Pages.SignUp;
using NewsAlerts.Pages.Topics;

/// <summary>
/// Trial r37 #1: Enter in the sign-up's email field ran the topic builder's "Show my topics" (the form's first submit
/// button, which implicit submission presses), the page came back unchanged with no word and focus on the body, and
/// "Sign up" was 47 Tabs away. In every form with more than one submit button the first is a hidden copy of the main
/// action (<see cref="DefaultButton"/>); "Show my topics" says what it did, with focus there; a page shown again after
/// a post focuses its notice; the sign-up page has a skip link to its button.
/// </summary>
public sealed partial class Enter_does_a_forms_main_action_and_a_page_after_a_post_focuses_what_happened : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly RazorTemplates templates = new();

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_form_of_the_sign_up_and_preference_pages_presses_its_main_action_on_enter(bool embed)
    {
        using var scope = new Languages.PageLanguageScope("en");
        string[] pages = [await SignUpAsync(new FormState(new Dictionary<string, string> { ["email"] = "ann@example.com" }, []), embed), await ManageAsync(null), await CodeAsync(["Sent."], null)];

        var multiButton = 0;
        foreach (var form in pages.SelectMany(p => FormPattern().Matches(p).Select(m => m.Value)))
        {
            var buttons = SubmitPattern().Matches(form).Select(m => m.Value).ToList();
            if (buttons.Count < 2)
            {
                continue;
            }

            multiButton++;
            // The first submit button posts no action of its own (implicit submission presses it) and is the main one's copy.
            var first = buttons[0];
            Assert.Contains("data-default-button", first, StringComparison.Ordinal);
            Assert.DoesNotContain("name=", first, StringComparison.Ordinal);
            Assert.Contains("tabindex=\"-1\"", first, StringComparison.Ordinal);
            Assert.Contains("aria-hidden=\"true\"", first, StringComparison.Ordinal);
            var label = WebUtility.HtmlDecode(LabelPattern().Match(first).Groups["label"].Value);
            Assert.Contains(buttons.Skip(1), b => !b.Contains("name=", StringComparison.Ordinal) && WebUtility.HtmlDecode(LabelPattern().Match(b).Groups["label"].Value) == label);
        }

        Assert.Equal(2, multiButton); // the sign-up form and the preference centre's topics form, each with the topic builder
    }

    [Fact]
    public async Task The_sign_up_page_skips_to_its_button()
    {
        using var scope = new Languages.PageLanguageScope("en");
        var html = await SignUpAsync(FormState.Empty, embed: false);

        Assert.Contains($"<a class=\"skip\" href=\"#{PageLayout.MainActionId}\">Skip to “Sign up”</a>", html, StringComparison.Ordinal);
        Assert.Matches($"<button type=\"submit\" class=\"button\" id=\"{PageLayout.MainActionId}\">Sign up</button>", html);
    }

    [Fact]
    public async Task Show_my_topics_says_it_saved_nothing_and_which_button_does_with_focus_there()
    {
        using var scope = new Languages.PageLanguageScope("en");
        var posted = new Dictionary<string, string> { ["email"] = "ann@example.com", [TopicBuilderFields.Name(0, "all")] = "Syria" };

        var previewed = await SignUpAsync(new FormState(TopicBuilderFields.AsPreviewed(posted), []), embed: false);
        var plain = await SignUpAsync(new FormState(posted, []), embed: false);
        var refused = await SignUpAsync(new FormState(TopicBuilderFields.AsPreviewed(posted), [new PageError("email", "wrong")]), embed: false);
        var manage = await ManageAsync(new FormState(TopicBuilderFields.AsPreviewed(new Dictionary<string, string> { [TopicBuilderFields.Name(0, "all")] = "Gaza" }), []));

        Assert.Contains("id=\"builder-previewed\" tabindex=\"-1\" autofocus>" + WebUtility.HtmlEncode("The topics from the boxes are written out below. Nothing is saved yet: press “Sign up” when they are right."), previewed, StringComparison.Ordinal);
        Assert.DoesNotContain("builder-previewed", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("builder-previewed", refused, StringComparison.Ordinal); // the error summary takes focus instead
        Assert.Contains(WebUtility.HtmlEncode("press “Save topics”"), manage, StringComparison.Ordinal);
        Assert.Single(AutofocusPattern().Matches(previewed));
    }

    [Fact]
    public async Task A_page_shown_again_after_a_post_focuses_its_notice_unless_an_error_summary_does()
    {
        using var scope = new Languages.PageLanguageScope("en");

        Assert.Matches("<p class=\"notice\" role=\"status\" id=\"manage-notice\" tabindex=\"-1\" autofocus>Saved.</p>", await ManageAsync(null, "Saved."));
        Assert.Matches("<p class=\"notice\" tabindex=\"-1\" autofocus>Sent.</p>\\s*<p class=\"notice\">More.</p>", await CodeAsync(["Sent.", "More."], null));
        var withError = await CodeAsync(["Sent."], "Wrong.");
        Assert.Single(AutofocusPattern().Matches(withError));
        Assert.Contains("error-summary", AutofocusPattern().Match(withError).Value, StringComparison.Ordinal);
    }

    private Task<string> SignUpAsync(FormState form, bool embed) =>
        new PageRenderer(templates).RenderAsync<SignUpPage>(new Dictionary<string, object?>
        {
            [nameof(SignUpPage.Form)] = form,
            [nameof(SignUpPage.Hidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(SignUpPage.Embed)] = embed,
            [nameof(SignUpPage.Now)] = Now,
        });

    private Task<string> ManageAsync(FormState? form, string? notice = null)
    {
        var subscriber = new Subscriber("s1", "ann@example.com", ContactStatus.Confirmed, "+447400333444", ContactStatus.Pending, "Europe/London", [new Topic("t1", "Syria", false)], 2, Now);
        return new PageRenderer(templates).RenderAsync<ManagePage>(new Dictionary<string, object?>
        {
            [nameof(ManagePage.Subscriber)] = subscriber,
            [nameof(ManagePage.Form)] = form ?? new FormState(ManageValues.Of(subscriber), []),
            [nameof(ManagePage.Notice)] = notice,
            [nameof(ManagePage.Code)] = new WaitingCode("+447400333444", Live: true),
            [nameof(ManagePage.Now)] = Now,
        });
    }

    private Task<string> CodeAsync(IReadOnlyList<string> notices, string? error) =>
        new PageRenderer(templates).RenderAsync<CodePage>(new Dictionary<string, object?>
        {
            [nameof(CodePage.Notices)] = notices,
            [nameof(CodePage.Error)] = error,
            [nameof(CodePage.CodeHidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(CodePage.ResendHidden)] = new KeyValuePair<string, string>[] { new("step", "resend") },
        });

    [GeneratedRegex("<form\\b.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<button type=\"submit\"[^>]*>.*?</button>", RegexOptions.Singleline)]
    private static partial Regex SubmitPattern();

    [GeneratedRegex(">(?<label>[^<]*)</button>")]
    private static partial Regex LabelPattern();

    [GeneratedRegex("<[^>]*\\bautofocus\\b[^>]*>")]
    private static partial Regex AutofocusPattern();
}
