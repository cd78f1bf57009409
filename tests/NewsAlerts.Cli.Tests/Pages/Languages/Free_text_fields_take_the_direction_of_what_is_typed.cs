namespace NewsAlerts.Cli.Tests.Pages.Languages;

using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Layout;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Pages.SignUp;

/// <summary>
/// Trial s42 #C: on <c>/signup?lang=ar</c> the topic <c>Syrie AND (</c> showed as <c>( Syrie AND</c> in its textarea,
/// and the error's "column 11" could not be found. Every free-text field of every page (the topics textarea, the topic
/// builder's rows, the editor console's headline, body, id, ninjs and notes, the sign-in name) takes the direction of
/// what is typed in it (<c>dir="auto"</c>); addresses, numbers and times stay left to right. Rendered as the Function
/// App renders the pages.
/// </summary>
public sealed partial class Free_text_fields_take_the_direction_of_what_is_typed : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
    private readonly RazorTemplates templates = new();

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    [Fact]
    public async Task The_arabic_sign_up_page_shows_a_latin_topic_as_typed_in_its_textarea_and_builder_rows()
    {
        using var scope = new PageLanguageScope("ar");
        var form = new Dictionary<string, string> { ["email"] = "reader@example.com", ["topics"] = "Syrie AND (", ["topic-1-all"] = "Syrie", ["topic-1-any"] = "trêve" };

        var html = await templates.RenderAsync<SignUpPage>(new Dictionary<string, object?>
        {
            [nameof(SignUpPage.Form)] = new FormState(form, []), [nameof(SignUpPage.Hidden)] = Array.Empty<KeyValuePair<string, string>>(), [nameof(SignUpPage.Now)] = Now,
        });

        Assert.Contains("dir=\"rtl\"", html, StringComparison.Ordinal);
        Assert.Contains("dir=\"auto\"", Field(html, "topics"), StringComparison.Ordinal);
        Assert.Contains("Syrie AND (</textarea>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("dir=\"auto\"", Field(html, "topic-1-all"), StringComparison.Ordinal);
        AssertEveryFieldHasItsDirection(html);
    }

    [Fact]
    public async Task The_arabic_preference_centre_gives_every_free_text_field_its_own_direction()
    {
        using var scope = new PageLanguageScope("ar");
        var subscriber = new Subscriber("s1", "reader@example.com", ContactStatus.Confirmed, "+447400333444", ContactStatus.Confirmed, "Europe/London",
            [new Topic("t1", "Syrie AND trêve", false)], 2, Now, Language: "ar");

        var html = await templates.RenderAsync<ManagePage>(new Dictionary<string, object?>
        {
            [nameof(ManagePage.Subscriber)] = subscriber,
            [nameof(ManagePage.Form)] = new FormState(ManageValues.Of(subscriber), []),
            [nameof(ManagePage.Now)] = Now,
            [nameof(ManagePage.OurNumber)] = "+447700900123",
        });

        Assert.Contains("dir=\"auto\"", Field(html, "topics"), StringComparison.Ordinal);
        AssertEveryFieldHasItsDirection(html);
    }

    [Fact]
    public async Task The_editor_console_and_its_sign_in_give_every_free_text_field_its_own_direction()
    {
        var console = await templates.RenderAsync<ConsolePage>(new Dictionary<string, object?>
        {
            [nameof(ConsolePage.EditorName)] = "Desk",
            [nameof(ConsolePage.Source)] = "development sign-in",
            [nameof(ConsolePage.Stories)] = Array.Empty<NewsAlerts.Core.Editor.RecentArticle>(),
            [nameof(ConsolePage.PublishHidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(ConsolePage.DeskHidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(ConsolePage.DeskLanguage)] = "ar",
        });
        var signIn = await templates.RenderAsync<EditorSignInPage>(new Dictionary<string, object?>
        {
            [nameof(EditorSignInPage.Hidden)] = Array.Empty<KeyValuePair<string, string>>(),
        });

        Assert.All(new[] { "headline", "body", "id", "ninjs" }, name => Assert.Contains("dir=\"auto\"", Field(console, name), StringComparison.Ordinal));
        Assert.Contains("dir=\"ltr\"", Field(console, "url"), StringComparison.Ordinal);
        Assert.Contains("dir=\"auto\"", Field(signIn, "name"), StringComparison.Ordinal);
        AssertEveryFieldHasItsDirection(console);
        AssertEveryFieldHasItsDirection(signIn);
    }

    // Every textarea and text input takes its text's direction; every address, number and time input is left to right.
    private static void AssertEveryFieldHasItsDirection(string html)
    {
        var fields = FieldPattern().Matches(html).Select(m => m.Value).ToList();
        Assert.NotEmpty(fields);
        foreach (var field in fields)
        {
            var type = TypePattern().Match(field) is { Success: true } t ? t.Groups["type"].Value : field.StartsWith("<textarea", StringComparison.Ordinal) ? "textarea" : "text";
            switch (type)
            {
                case "textarea" or "text" or "search":
                    Assert.Contains("dir=\"auto\"", field, StringComparison.Ordinal);
                    break;
                case "email" or "tel" or "time" or "url":
                    Assert.Contains("dir=\"ltr\"", field, StringComparison.Ordinal);
                    break;
            }
        }
    }

    // The input (or textarea) element named name.
    private static string Field(string html, string name) =>
        Regex.Match(html, $"<(input|textarea)[^>]*\\bname=\"{name}\"[^>]*>").Value is { Length: > 0 } tag ? tag : throw new Xunit.Sdk.XunitException($"no field {name}");

    [GeneratedRegex("<(input|textarea)\\b[^>]*>")]
    private static partial Regex FieldPattern();

    [GeneratedRegex("\\btype=\"(?<type>[^\"]*)\"")]
    private static partial Regex TypePattern();
}
