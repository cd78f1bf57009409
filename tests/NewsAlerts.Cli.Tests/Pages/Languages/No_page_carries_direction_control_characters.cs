namespace NewsAlerts.Cli.Tests.Pages.Languages;

using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Words;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Confirm;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Layout;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Pages.SignUp;

/// <summary>
/// Issue 16 (trial r35): the code page's STOP hint wrapped our number in U+2066/U+2069, characters where HTML has
/// markup. A page, rendered as the Function App renders it (<see cref="PageRenderer"/>), carries no LRI, RLI, FSI, PDI,
/// LRM, RLM or ALM, raw or as a character reference: each isolate is a <c>&lt;bdi&gt;</c> element
/// (<see cref="PageIsolates"/>). Texts and an email's text part keep the characters (no markup there).
/// </summary>
public sealed partial class No_page_carries_direction_control_characters : IAsyncDisposable
{
    private const string OurNumber = "+447700900123";
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly RazorTemplates templates = new();

    public static TheoryData<string> Languages() => [.. NewsAlerts.Core.Texts.TextLanguages.Offered];

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_preference_centre_the_code_page_and_a_refused_sign_up_isolate_by_markup(string language)
    {
        using var scope = new PageLanguageScope(language);
        var renderer = new PageRenderer(templates);
        var subscriber = new Subscriber("s1", "reader@example.com", ContactStatus.Confirmed, "+447400333444", ContactStatus.OptedOut, "Europe/London",
            [new Topic("t1", "Syria", false)], 2, Now, Language: language, PausedUntil: Now.AddDays(2));
        var manage = await renderer.RenderAsync<ManagePage>(new Dictionary<string, object?>
        {
            [nameof(ManagePage.Subscriber)] = subscriber,
            [nameof(ManagePage.Form)] = new FormState(ManageValues.Of(subscriber), []),
            [nameof(ManagePage.Now)] = Now,
            [nameof(ManagePage.OurNumber)] = OurNumber,
            [nameof(ManagePage.PendingEmail)] = "new@example.com",
            [nameof(ManagePage.Code)] = new NewsAlerts.Core.SignUps.WaitingCode("+447400555666", Live: true),
            [nameof(ManagePage.PhoneHint)] = PhoneHints.For(["GB"]),
        });
        var code = await renderer.RenderAsync<CodePage>(new Dictionary<string, object?>
        {
            [nameof(CodePage.CodeHidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(CodePage.StartHint)] = StoppedNumberWords.CodeHint(OurNumber),
            [nameof(CodePage.Error)] = "\u2068typed\u2069 <b>",
        });
        var form = new Dictionary<string, string> { ["email"] = "reader@example", ["topics"] = "-football", ["timeZone"] = "UTC", ["quietStart"] = "22:00" };
        var signUp = await renderer.RenderAsync<SignUpPage>(new Dictionary<string, object?>
        {
            [nameof(SignUpPage.Form)] = new FormState(form, [new PageError("email", Format(PageStrings.FieldEmailLike, TypedText.Isolate("reader@example"))), new PageError("topics", PageStrings.TopicOnlyExcludes)]),
            [nameof(SignUpPage.Hidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(SignUpPage.Now)] = Now,
            [nameof(SignUpPage.PhoneHint)] = PhoneHints.NeedsCountryCode(["GB", "IE"]),
        });

        foreach (var page in new[] { manage, code, signUp })
        {
            Assert.DoesNotMatch(Controls(), page);
        }

        var ours = $"<bdi dir=\"ltr\">{PhoneWords.Grouped(OurNumber)}</bdi>";
        Assert.Contains(ours, WebUtility.HtmlDecode(code), StringComparison.Ordinal);
        Assert.Contains(ours, WebUtility.HtmlDecode(manage), StringComparison.Ordinal);
        Assert.Contains("<bdi>typed</bdi> &lt;b&gt;", code, StringComparison.Ordinal);
    }

    [Fact]
    public void Isolates_in_text_become_elements_and_marks_and_isolates_elsewhere_go()
    {
        Assert.Equal("<p>to <bdi dir=\"ltr\">+44 7700</bdi>, <bdi>x</bdi> <bdi dir=\"rtl\">y</bdi></p>", PageIsolates.Markup("<p>to &#x2066;+44 7700&#x2069;, \u2068x\u2069 &#8295;y&#x2069;</p>"));
        Assert.Equal("<p>a<bdi dir=\"ltr\"><bdi>b</bdi></bdi>c</p>", PageIsolates.Markup("<p>a\u2066\u2068b\u2069\u2069c</p>"));
        Assert.Equal("<p><bdi dir=\"ltr\">open</bdi><b>x</b>stray</p>", PageIsolates.Markup("<p>\u2066open<b>x</b>stray\u2069</p>"));
        Assert.Equal("<p>ab</p>", PageIsolates.Markup("<p>a&#x200E;\u200Fb\u061C</p>"));
        Assert.Equal("<input value=\"+44\" aria-label=\"x\"><title>T</title><textarea>t</textarea>", PageIsolates.Markup("<input value=\"&#x2066;+44&#x2069;\" aria-label=\"\u2068x\u2069\"><title>\u2066T\u2069</title><textarea>\u2066t\u2069</textarea>"));
        Assert.Equal("<!-- c --><script>\"\u2066\"</script>", PageIsolates.Markup("<!-- \u2066c\u2069 --><script>\"\u2066\"</script>"));
        // A message previewed as sent keeps its characters: they are the message's (an SMS's segments count them).
        Assert.Equal("<pre data-sms=\"later\">\u200Fa &#x2066;1&#x2069;</pre><p><bdi dir=\"ltr\">1</bdi></p>", PageIsolates.Markup("<pre data-sms=\"later\">\u200Fa &#x2066;1&#x2069;</pre><p>&#x2066;1&#x2069;</p>"));
        const string plain = "<p class=\"a\">&#x2B;44 &amp; &#x27;</p>";
        Assert.Same(plain, PageIsolates.Markup(plain));
    }

    private static string Format(string template, string value) => string.Format(System.Globalization.CultureInfo.CurrentCulture, template, value);

    [GeneratedRegex("[\u2066-\u2069\u200E\u200F\u061C]|&#(?:[xX]0*(?:200[eEfF]|206[6-9]|61[cC])|0*(?:8206|8207|8294|8295|8296|8297|1564));")]
    private static partial Regex Controls();
}
