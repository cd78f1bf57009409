namespace NewsAlerts.Integration.Tests.Editors;

using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>
/// Issue 17 review: the preview composed one English text and priced every text with it, while the dispatcher texts
/// each subscriber in their language (Arabic turns a text into UCS-2). A breaking story for readers in English, Arabic
/// and French is previewed in the console, then published: the preview's texts and segments per language, and its cost,
/// equal what the SMS sink receives (its bodies measured with the sender's measure, <see cref="GsmAlphabet.Measure"/>).
/// </summary>
[Collection("queues")]
public sealed partial class A_mixed_language_preview_counts_what_the_sink_receives(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private const decimal Price = 0.04m;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(
        fixture.Stack, overrides: new Dictionary<string, string?> { ["Sms:PricePerSegment:GB"] = Price.ToString(CultureInfo.InvariantCulture) }, runDispatcher: true);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_preview_counts_texts_and_segments_per_language_as_they_arrive()
    {
        var tag = "Zl" + Guid.NewGuid().ToString("N")[..8];
        using var opened = await MixedLanguagePreview.OpenAsync(
            host, tag, ["en", "en", "ar", "ar", "fr"], byText: true, "ceasefire agreed after talks between the two sides in the north", Deadline);
        var (preview, readers) = (opened.Html, opened.Readers);
        var shown = LanguageSection().Matches(preview).ToDictionary(
            m => m.Groups["language"].Value, m => (Texts: int.Parse(m.Groups["texts"].Value, CultureInfo.InvariantCulture), Segments: int.Parse(m.Groups["segments"].Value, CultureInfo.InvariantCulture)));
        Assert.Equal(["en", "ar", "fr"], LanguageSection().Matches(preview).Select(m => m.Groups["language"].Value));
        Assert.Equal((2, 2, 1), (shown["en"].Texts, shown["ar"].Texts, shown["fr"].Texts));

        await opened.PublishAsync(Deadline);

        using var sink = new SmsSinkInbox(fixture.Stack.SmsSink);
        async Task<List<(string Language, string Body)>> ReceivedAsync()
        {
            var received = new List<(string, string)>();
            foreach (var (phone, language) in readers)
            {
                received.AddRange((await sink.MessagesToAsync(phone, CancellationToken.None))
                    .Select(m => m.GetProperty("body").GetString()!)
                    .Where(b => b.Contains(tag, StringComparison.Ordinal))
                    .Select(b => (language, b)));
            }

            return received;
        }

        await Eventually.TrueAsync(async () => (await ReceivedAsync()).Count == readers.Count, "every reader's text reaches the sink", Deadline);
        var texts = await ReceivedAsync();
        var arrived = texts.GroupBy(t => t.Language).ToDictionary(g => g.Key, g => (Texts: g.Count(), Segments: g.Sum(t => GsmAlphabet.Measure(t.Body).Segments)));

        Assert.Equal(shown.OrderBy(s => s.Key, StringComparer.Ordinal), arrived.OrderBy(s => s.Key, StringComparer.Ordinal));
        // Arabic words make the texts UCS-2: each makes more segments than an English one, so pricing them as English
        // (the fault) underestimated the cost.
        Assert.True(arrived["ar"].Segments * arrived["en"].Texts > arrived["en"].Segments * arrived["ar"].Texts, $"Arabic {arrived["ar"]}, English {arrived["en"]}");
        Assert.All(texts.Where(t => t.Language == "ar"), t => Assert.Equal(SmsEncoding.Ucs2, GsmAlphabet.Measure(t.Body).Encoding));
        Assert.All(texts.Where(t => t.Language != "ar"), t => Assert.Equal(SmsEncoding.Gsm7, GsmAlphabet.Measure(t.Body).Encoding));
        var total = CostTotal().Match(preview);
        Assert.True(total.Success, "the preview shows a total cost");
        Assert.Equal(ConsoleMoney(arrived.Values.Sum(a => a.Segments) * Price), WebUtility.HtmlDecode(total.Groups["total"].Value));
    }

    private static string ConsoleMoney(decimal amount) => global::NewsAlerts.Pages.Editor.ConsoleWords.Money(amount, "USD");

    [GeneratedRegex(@"<section class=""sms-language"" data-language=""(?<language>[a-z]+)"" data-texts=""(?<texts>\d+)"" data-segments=""(?<segments>\d+)""")]
    private static partial Regex LanguageSection();

    [GeneratedRegex(@"data-figure=""cost-total"">(?<total>[^<]+)<")]
    private static partial Regex CostTotal();
}
