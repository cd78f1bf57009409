namespace NewsAlerts.Cli.Tests.Pages.Manage;

using NewsAlerts.Channels.Templates;
using NewsAlerts.Cli.Tests.Pages.Languages;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Manage;

/// <summary>
/// Issue 16, trial #5: the number was confirmed by code first and the preference centre said "No email address yet."
/// while the sign-up's emailed link was still good. It shows the address waiting for its link, until when it works on
/// the subscriber's clock, with "Send the link again"; a spent link says so; the converse (the number waiting for its
/// code while the address joined) alike, with "Send me a new code". In every language.
/// </summary>
public sealed class The_preference_centre_shows_a_sign_ups_contact_waiting_for_its_link_or_code : IAsyncDisposable
{
    private const string Email = "anna@example.com";
    private const string Phone = "+447400333444";
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);
    private readonly RazorTemplates templates = new();

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    public static TheoryData<string> Languages => ["en", "fr", "de", "es", "it", "nl", "pt", "ar"];

    private static readonly Subscriber PhoneOnly =
        new("s1", null, ContactStatus.None, Phone, ContactStatus.Confirmed, "Europe/Rome", [new Topic("t1", "Siria", false)], 2, Now.AddMinutes(-5));

    private static readonly PendingSignUp SignUp = new("u1", Email, Phone, "Europe/Rome", [], 2, Now.AddMinutes(-10),
        new PendingConfirmations("nonce", null, null, 0, Now.AddDays(2)), SmsConfirmed: true, SubscriberId: "s1");

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_address_waiting_for_its_link_is_shown_with_its_time_and_a_button_not_as_no_address(string language)
    {
        using var scope = new PageLanguageScope(language);
        var waiting = new WaitingSignUp(SignUp, Email, Now.AddDays(2), null, null);

        var html = await RenderAsync(PhoneOnly, waiting);

        Assert.DoesNotContain(PageStrings.StatusNoEmail, html, StringComparison.Ordinal);
        Assert.Contains("a***@example.com", html, StringComparison.Ordinal);
        Assert.Contains(WaitingWords.Email(waiting, "Europe/Rome")!, html, StringComparison.Ordinal);
        Assert.Contains("id=\"waiting-email\"", html, StringComparison.Ordinal);
        Assert.Contains(PageStrings.ChangeSendLinkAgainButton, html, StringComparison.Ordinal);
        // 2026-12-05 13:00 in Rome: their clock, not UTC's 12:00.
        Assert.Contains("13:00", WaitingWords.Email(waiting, "Europe/Rome")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_that_no_longer_works_says_so_and_offers_a_new_one()
    {
        using var scope = new PageLanguageScope("en");
        var waiting = new WaitingSignUp(SignUp, Email, null, null, null);

        var html = await RenderAsync(PhoneOnly, waiting);

        Assert.Contains("The link we sent to", html, StringComparison.Ordinal);
        Assert.Contains("no longer works", html, StringComparison.Ordinal);
        Assert.Contains("id=\"waiting-email\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_number_waiting_for_its_code_is_shown_with_a_new_code_button(string language)
    {
        using var scope = new PageLanguageScope(language);
        var emailOnly = PhoneOnly with { Email = Email, EmailStatus = ContactStatus.Confirmed, Phone = null, SmsStatus = ContactStatus.None };
        var waiting = new WaitingSignUp(SignUp, null, null, Phone, Now.AddMinutes(10));

        var html = await RenderAsync(emailOnly, waiting);

        Assert.DoesNotContain(PageStrings.StatusNoPhone, html, StringComparison.Ordinal);
        Assert.Contains("+44***44", html, StringComparison.Ordinal);
        Assert.Contains("id=\"waiting-phone\"", html, StringComparison.Ordinal);
        Assert.Contains(PageStrings.SendNewCodeButton, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_waiting_sign_up_no_address_is_still_said_plainly()
    {
        using var scope = new PageLanguageScope("en");

        var html = await RenderAsync(PhoneOnly, null);

        Assert.Contains(PageStrings.StatusNoEmail, html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"waiting-email\"", html, StringComparison.Ordinal);
    }

    // The page as read: entities decoded, so a sentence compares as written.
    private async Task<string> RenderAsync(Subscriber subscriber, WaitingSignUp? waiting) =>
        System.Net.WebUtility.HtmlDecode(await templates.RenderAsync<ManagePage>(new Dictionary<string, object?>
        {
            [nameof(ManagePage.Subscriber)] = subscriber, [nameof(ManagePage.Form)] = new FormState(ManageValues.Of(subscriber), []), [nameof(ManagePage.Now)] = Now,
            [nameof(ManagePage.Waiting)] = waiting,
        }));
}
