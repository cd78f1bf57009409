namespace NewsAlerts.Integration.Tests.Editors;

using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>
/// Issue 17 review: the email preview was English only, while the sender writes each reader's email in their language
/// (French: "Urgent : ", French labels, reason and dates; Arabic right to left). A breaking story for readers in English,
/// French and Arabic is previewed in the console, then published: for each language the preview shows how many emails
/// go, and its subject, HTML part (its frame) and plain-text part equal what smtp4dev receives for that language's
/// readers, but for each reader's own signed links; the counts equal smtp4dev's.
/// </summary>
[Collection("queues")]
public sealed partial class A_mixed_language_email_preview_shows_what_each_reader_receives(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack, runDispatcher: true);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Each_language_previews_the_email_its_readers_receive()
    {
        var tag = "Zm" + Guid.NewGuid().ToString("N")[..8];
        using var opened = await MixedLanguagePreview.OpenAsync(host, tag, ["en", "fr", "fr", "ar", "ar", "ar"], byText: false, "ceasefire agreed after talks", Deadline);
        var (editor, preview, readers) = (opened.Editor, opened.Html, opened.Readers);

        var shown = new Dictionary<string, (int Emails, string Subject, string Html, string Text)>(StringComparer.Ordinal);
        foreach (Match section in EmailSection().Matches(preview))
        {
            var body = section.Groups["body"].Value;
            var frame = await editor.GetStringAsync(new Uri(WebUtility.HtmlDecode(FrameSource().Match(body).Groups["src"].Value), UriKind.Relative));
            shown[section.Groups["language"].Value] = (
                int.Parse(section.Groups["emails"].Value, CultureInfo.InvariantCulture),
                WebUtility.HtmlDecode(Subject().Match(body).Groups["subject"].Value),
                frame,
                WebUtility.HtmlDecode(PlainText().Match(body).Groups["text"].Value));
        }

        // English first, then most emails: Arabic (3), French (2).
        Assert.Equal(["en", "ar", "fr"], EmailSection().Matches(preview).Select(m => m.Groups["language"].Value));
        Assert.Equal((1, 3, 2), (shown["en"].Emails, shown["ar"].Emails, shown["fr"].Emails));
        Assert.StartsWith("Urgent\u00a0: ", shown["fr"].Subject, StringComparison.Ordinal);

        await opened.PublishAsync(Deadline);

        using var inbox = new Smtp4devInbox(fixture.Stack.SmtpInbox);
        async Task<List<(string Language, MimeMessage Message)>> ReceivedAsync()
        {
            var received = new List<(string, MimeMessage)>();
            foreach (var (address, language) in readers)
            {
                received.AddRange((await inbox.ListMessagesAsync(address, CancellationToken.None))
                    .Where(m => m.Subject?.Contains(tag, StringComparison.Ordinal) == true)
                    .Select(m => (language, m)));
            }

            return received;
        }

        await Eventually.TrueAsync(async () => (await ReceivedAsync()).Count == readers.Count, "every reader's email reaches smtp4dev", Deadline);
        var emails = await ReceivedAsync();

        Assert.Equal(
            shown.Select(s => (s.Key, s.Value.Emails)).OrderBy(s => s.Key, StringComparer.Ordinal),
            emails.GroupBy(e => e.Language).Select(g => (g.Key, g.Count())).OrderBy(s => s.Key, StringComparer.Ordinal));
        Assert.All(emails, e =>
        {
            var (_, subject, html, text) = shown[e.Language];
            Assert.Equal(subject, e.Message.Subject);
            Assert.Equal(Own(html), Own(e.Message.HtmlBody));
            Assert.Equal(Own(text), Own(e.Message.TextBody));
        });
        // The words differ by language: the preview did not show one email three times.
        Assert.Equal(3, shown.Values.Select(s => Own(s.Text)).Distinct(StringComparer.Ordinal).Count());
    }

    // Each reader's manage and unsubscribe links are signed for them (the preview's for an example reader); line breaks
    // as the transport wrote them.
    private static string Own(string? body) => SignedLink().Replace((body ?? string.Empty).ReplaceLineEndings("\n").TrimEnd(), "${path}?token=…");

    [GeneratedRegex(@"<section class=""email-language"" data-language=""(?<language>[a-z]+)"" data-emails=""(?<emails>\d+)"" data-digest-entries=""\d+""[^>]*>(?<body>.*?)</section>", RegexOptions.Singleline)]
    private static partial Regex EmailSection();

    [GeneratedRegex(@"<iframe class=""email-frame""[^>]*src=""(?<src>[^""]+)""")]
    private static partial Regex FrameSource();

    [GeneratedRegex(@"<p class=""email-subject""[^>]*><strong>(?<subject>[^<]*)</strong>")]
    private static partial Regex Subject();

    [GeneratedRegex(@"<pre class=""message"" data-email=""text""[^>]*>(?<text>.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex PlainText();

    [GeneratedRegex(@"(?<path>(manage|unsubscribe))\?token=[A-Za-z0-9%_.~\-]+")]
    private static partial Regex SignedLink();
}
