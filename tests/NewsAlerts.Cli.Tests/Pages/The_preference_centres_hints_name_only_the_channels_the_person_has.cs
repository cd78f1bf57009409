namespace NewsAlerts.Cli.Tests.Pages;

using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Manage;

/// <summary>
/// Issue 16 (stop 33, left 4): the preference centre's delivery hints (quiet hours, caps, pause, stop everything)
/// told a person with a number only about emails and digests. The hints now name only the channels the person has.
/// The page is rendered as the Function App renders it and read as text.
/// </summary>
public sealed partial class The_preference_centres_hints_name_only_the_channels_the_person_has : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private readonly RazorTemplates templates = new();

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    [Theory]
    [InlineData(ContactStatus.Confirmed)]
    [InlineData(ContactStatus.Pending)]
    [InlineData(ContactStatus.Disabled)]
    public async Task A_person_with_a_number_only_reads_no_hint_about_email(ContactStatus phoneStatus)
    {
        using var scope = new Languages.PageLanguageScope("en");

        var html = await ManageAsync(Person(email: null, phone: "+447400333444", phoneStatus: phoneStatus));
        var hints = Hints(html);

        Assert.Contains(PageStrings.QuietHintTextsOnly, hints);
        Assert.Contains(PageStrings.CapsHintTextsOnly, hints);
        Assert.Contains(PageStrings.PauseHintTextsOnly, hints);
        Assert.Contains($"<p>{WebUtility.HtmlEncode(PageStrings.StopHintTextsOnly)}</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(WebUtility.HtmlEncode(PageStrings.StopHint), html, StringComparison.Ordinal);
        Assert.All(hints, h => Assert.DoesNotMatch(MailWords(), h));
    }

    [Fact]
    public async Task A_person_with_an_address_only_reads_no_caps_or_stop_hint_about_texts()
    {
        using var scope = new Languages.PageLanguageScope("en");

        var html = await ManageAsync(Person(email: "reader@example.com", phone: null, phoneStatus: ContactStatus.None));
        var hints = Hints(html);

        Assert.Contains(PageStrings.CapsHintEmailOnly, hints);
        Assert.Contains(WebUtility.HtmlEncode(PageStrings.StopHintEmailOnly), html, StringComparison.Ordinal);
        Assert.DoesNotMatch(TextWords(), PageStrings.CapsHintEmailOnly);
        Assert.DoesNotMatch(TextWords(), PageStrings.StopHintEmailOnly);
    }

    [Fact]
    public async Task A_person_with_both_reads_the_hints_about_both()
    {
        using var scope = new Languages.PageLanguageScope("en");

        var html = await ManageAsync(Person(email: "reader@example.com", phone: "+447400333444", phoneStatus: ContactStatus.Confirmed));
        var hints = Hints(html);

        Assert.Contains(PageStrings.QuietHint, hints);
        Assert.Contains(PageStrings.CapsHint, hints);
        Assert.Contains(PageStrings.PauseHint, hints);
        Assert.Contains(WebUtility.HtmlEncode(PageStrings.StopHint), html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("it")]
    [InlineData("nl")]
    [InlineData("pt")]
    [InlineData("ar")]
    public void Every_language_has_its_own_words_for_the_one_channel_hints(string language)
    {
        using var scope = new Languages.PageLanguageScope(language);

        string[] phoneOnly = [DeliveryHints.Quiet(false, true), DeliveryHints.Caps(false, true), DeliveryHints.Pause(false, true), DeliveryHints.Stop(false, true)];
        string[] both = [DeliveryHints.Quiet(true, true), DeliveryHints.Caps(true, true), DeliveryHints.Pause(true, true), DeliveryHints.Stop(true, true)];

        Assert.All(phoneOnly.Zip(both), pair => Assert.NotEqual(pair.Second, pair.First));
        Assert.All(phoneOnly, h => Assert.DoesNotContain("mail", h, StringComparison.OrdinalIgnoreCase));
        Assert.NotEqual(DeliveryHints.Stop(true, true), DeliveryHints.Stop(true, false));
        Assert.NotEqual(DeliveryHints.Caps(true, true), DeliveryHints.Caps(true, false));
    }

    private static Subscriber Person(string? email, string? phone, ContactStatus phoneStatus) =>
        new("s1", email, email is null ? ContactStatus.None : ContactStatus.Confirmed, phone, phoneStatus, "Europe/London", [new Topic("t1", "Syria", false)], 2, Now);

    private Task<string> ManageAsync(Subscriber subscriber) =>
        templates.RenderAsync<ManagePage>(new Dictionary<string, object?>
        {
            [nameof(ManagePage.Subscriber)] = subscriber,
            [nameof(ManagePage.Form)] = new FormState(ManageValues.Of(subscriber), []),
            [nameof(ManagePage.Now)] = Now,
        });

    // The hint paragraphs of the page, as text.
    private static List<string> Hints(string html) =>
        [.. HintPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim())];

    [GeneratedRegex("<p class=\"hint\">([^<]*)</p>")]
    private static partial Regex HintPattern();

    [GeneratedRegex("(?i)e-?mail|digest")]
    private static partial Regex MailWords();

    [GeneratedRegex("(?i)\\btexts?\\b|SMS")]
    private static partial Regex TextWords();
}
