namespace NewsAlerts.Integration.Tests.Editors;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Pages.Editor;
using NewsAlerts.Testing;

/// <summary>
/// Issue 17 review: <c>ContactMask</c> reads the national formats of the countries in <c>Sms:AllowedCountries</c>, but the
/// Core tests pass the mask by hand; this runs the Function App configured with <c>Sms:AllowedCountries=FR,DE</c> and
/// finds a French number written nationally ("06 12 34 56 78", which the GB and US reading leaves whole) masked wherever
/// the console shows text that may hold a contact: a topic and its reason among the preview's examples (ArticleIngestion
/// through MatchSamples), the reason each language's email preview gives, a failure reason in the story's delivery by
/// channel (StoryDesk through DeliveryTally) and in its email digests (StoryDigestStatus through DigestDeliveryTally),
/// on the story page and in its status JSON.
/// </summary>
[Collection("queues")]
public sealed class The_running_app_masks_national_numbers_of_the_countries_it_texts(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private const string Number = "06 12 34 56 78";
    private const string Masked = "06 *********78";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(120);
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(
        fixture.Stack, overrides: new Dictionary<string, string?> { ["Sms:AllowedCountries"] = "FR,DE" });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_french_number_is_masked_in_the_preview_the_delivery_and_the_digests()
    {
        var tag = "Zn" + Guid.NewGuid().ToString("N")[..8];
        var topic = $"{tag} {Number}";
        await SignUps.ConfirmedAsync(host, new SubscriberRequest(
            $"reader-{tag}@example.com", null, "UTC", [(topic, false)], 2, DeliveryPreferences.AsItHappens, Language: "fr", TopicLanguages: ["en"]));

        using var editor = ConsoleEditor.Browser(host, "Noor", Deadline);
        var home = await editor.GetStringAsync(new Uri("editor", UriKind.Relative));
        var fields = new KeyValuePair<string, string>[] { new("headline", $"{tag}: call {Number} for help"), new("body", $"Help in {tag}."), new("urgency", "3") };
        var (previewed, preview) = await HtmlForms.PostAsync(editor, HtmlForms.Of(home).Single(f => f.Action == "/editor/preview"), fields).WaitAsync(Deadline);
        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);

        // The examples' reasons quote the headline around each matched word: the number is masked as a French number,
        // which the default (GB, US) reading would leave whole; the topic is shown as its query (its words joined by AND).
        var samples = preview[preview.IndexOf("samples-title", StringComparison.Ordinal)..preview.IndexOf("email-title", StringComparison.Ordinal)];
        Assert.Contains($"call {Masked}", samples, StringComparison.Ordinal);
        Assert.DoesNotContain($"call {Number}", samples, StringComparison.Ordinal);
        Assert.Equal($"call {Number}", Core.Privacy.ContactMask.Default.Mask($"call {Number}"));
        // So is the reason each language's email gives (its plain-text part).
        var email = preview[preview.IndexOf("data-email=\"text\"", StringComparison.Ordinal)..];
        Assert.Contains($"call {Masked}", email[..email.IndexOf("</pre>", StringComparison.Ordinal)], StringComparison.Ordinal);

        var (published, _) = await HtmlForms.PostAsync(editor, HtmlForms.Of(preview).Single()).WaitAsync(Deadline);
        Assert.Equal(HttpStatusCode.SeeOther, published.StatusCode);
        var story = published.Headers.Location!.OriginalString;
        var articleId = StoryKeys.IdOf(story[(story.LastIndexOf('/') + 1)..])!;

        // A text refused with the number in the reason, and a digest whose email failed the same way, as the dispatcher records them.
        var ledger = host.Services.GetRequiredService<IDeliveryLedger>();
        await ledger.RecordAsync(articleId, Channel.Sms, [new LedgerRecord($"sms-{tag}", LedgerState.Failed, null, $"Carrier refused {Number}")], CancellationToken.None);
        var due = DateTimeOffset.UtcNow.AddHours(-1);
        await host.Services.GetRequiredService<IDigestStore>().RecordAsync(
            [new DigestEntry($"digest-{tag}", due, articleId, null, "reason", due.AddHours(-1))], CancellationToken.None);
        await ledger.RecordAsync(DigestMessage.LedgerKey(due), Channel.Email, [new LedgerRecord($"digest-{tag}", LedgerState.Failed, null, $"refused, call {Number}")], CancellationToken.None);

        var status = await editor.GetStringAsync(new Uri(story.TrimStart('/') + "/status", UriKind.Relative));
        Assert.Contains($"Carrier refused {Masked}", status, StringComparison.Ordinal);
        Assert.Contains($"refused, call {Masked}", status, StringComparison.Ordinal);
        Assert.DoesNotContain(Number, status, StringComparison.Ordinal);

        var page = await editor.GetStringAsync(new Uri(story.TrimStart('/'), UriKind.Relative));
        Assert.Contains($"Carrier refused {Masked}", page, StringComparison.Ordinal);
        Assert.Contains($"refused, call {Masked}", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"refused {Number}", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"call {Number}</", page, StringComparison.Ordinal);
    }
}
