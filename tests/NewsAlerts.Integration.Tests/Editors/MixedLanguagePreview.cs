namespace NewsAlerts.Integration.Tests.Editors;

using System.Net;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Testing;

/// <summary>
/// What the mixed-language preview tests (email and SMS) start from: confirmed readers following one tag, one per
/// language given, by email or by text; the editor console open as Noor; a breaking story about the tag previewed
/// (headline, "Fighting stopped in {tag}.", urgency 1). <see cref="PublishAsync"/> then publishes it from the preview.
/// </summary>
internal sealed class MixedLanguagePreview : IDisposable
{
    private MixedLanguagePreview(HttpClient editor, string html, IReadOnlyDictionary<string, string> readers)
    {
        Editor = editor;
        Html = html;
        Readers = readers;
    }

    /// <summary>The editor's browser (cookies of the signed-in console).</summary>
    public HttpClient Editor { get; }

    /// <summary>The preview page.</summary>
    public string Html { get; }

    /// <summary>Each reader's contact (email address, or phone number by text) and page language.</summary>
    public IReadOnlyDictionary<string, string> Readers { get; }

    /// <summary>Signs the readers up, opens the console and previews the story.</summary>
    /// <param name="host">The Function host (its dispatcher running, for the tests that wait for what arrives).</param>
    /// <param name="tag">The topic every reader follows, in the headline and body.</param>
    /// <param name="languages">One reader per entry, in that language.</param>
    /// <param name="byText">Readers by SMS (a fresh valid phone number each) rather than email.</param>
    /// <param name="headline">The headline after the tag.</param>
    /// <param name="deadline">How long the console may take to answer.</param>
    public static async Task<MixedLanguagePreview> OpenAsync(
        TestFunctionHost host, string tag, IReadOnlyList<string> languages, bool byText, string headline, TimeSpan deadline)
    {
        var readers = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var language in languages)
        {
            var contact = byText ? TestPhones.NewValid() : $"reader{++number}-{language}-{tag}@example.com";
            await SignUps.ConfirmedAsync(host, new SubscriberRequest(
                byText ? null : contact, byText ? contact : null, "UTC", [(tag, false)], 2, DeliveryPreferences.AsItHappens, Language: language, TopicLanguages: ["en"]));
            readers[contact] = language;
        }

        var editor = ConsoleEditor.Browser(host, "Noor", deadline);
        try
        {
            var home = await editor.GetStringAsync(new Uri("editor", UriKind.Relative));
            var fields = new KeyValuePair<string, string>[]
            {
                new("headline", $"{tag} {headline}"), new("body", $"Fighting stopped in {tag}."), new("urgency", "1"),
            };
            var (previewed, preview) = await HtmlForms.PostAsync(editor, HtmlForms.Of(home).Single(f => f.Action == "/editor/preview"), fields).WaitAsync(deadline);
            Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
            return new MixedLanguagePreview(editor, preview, readers);
        }
        catch
        {
            editor.Dispose();
            throw;
        }
    }

    /// <summary>Publishes the previewed story from the preview page's form.</summary>
    public async Task PublishAsync(TimeSpan deadline)
    {
        var (published, _) = await HtmlForms.PostAsync(Editor, HtmlForms.Of(Html).Single()).WaitAsync(deadline);
        Assert.Equal(HttpStatusCode.SeeOther, published.StatusCode);
    }

    public void Dispose() => Editor.Dispose();
}
