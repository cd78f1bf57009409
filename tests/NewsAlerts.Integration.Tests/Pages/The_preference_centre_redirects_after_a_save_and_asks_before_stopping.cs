namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Post/Redirect/Get on <c>/manage</c>: a form that succeeds answers 303 to the manage link with <c>done=</c> (Back and
/// reload never post it again); stopping everything is asked first; a number that replied STOP is told how to come back.
/// </summary>
public sealed class The_preference_centre_redirects_after_a_save_and_asks_before_stopping(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;
    private HttpClient browser = null!;

    public async Task InitializeAsync()
    {
        stack = await HostedStack.StartAsync(fixture.Stack);
        browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = stack.Host.Client.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        browser.Dispose();
        await stack.DisposeAsync();
    }

    [Fact]
    public async Task A_saved_form_answers_303_to_the_same_manage_link_which_shows_the_notice_and_a_bad_one_answers_400()
    {
        var confirmed = await ConfirmedAsync("prg", null);
        var page = await OpenAsync(confirmed.ManageToken);

        var (saved, _) = await HtmlForms.PostAsync(browser, HtmlForms.WithStep(page, "topics"), [new("topics", "Syria\nTruce")]);

        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Equal("no-store", saved.Headers.CacheControl?.ToString());
        var location = saved.Headers.Location!.OriginalString;
        Assert.Equal($"/manage?token={Uri.EscapeDataString(confirmed.ManageToken)}&done=saved", location);
        using var shown = await browser.GetAsync(new Uri(location.TrimStart('/'), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains($"<p class=\"notice\" role=\"status\" id=\"manage-notice\" tabindex=\"-1\" autofocus>{PageStrings.Saved}</p>", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"status\"", page, StringComparison.Ordinal);

        // The page the redirect leads to: the first page's forms were rendered from the version before the save.
        var (paused, _) = await HtmlForms.PostAsync(browser, HtmlForms.WithStep(await OpenAsync(confirmed.ManageToken), "pause"), [new("pause", "1d")]);
        Assert.Equal(HttpStatusCode.SeeOther, paused.StatusCode);
        Assert.EndsWith("&done=paused", paused.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var (bad, badPage) = await HtmlForms.PostAsync(browser, HtmlForms.WithStep(page, "topics"), [new("topics", "Syria\n\nAND")]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Line 3:", badPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_everything_asks_first_keep_goes_back_and_stopping_links_to_sign_up_without_offering_a_resend()
    {
        var confirmed = await ConfirmedAsync("stop", null);
        var service = stack.Host.Services.GetRequiredService<SubscriberService>();
        var page = await OpenAsync(confirmed.ManageToken);

        var (asked, askedPage) = await HtmlForms.PostAsync(browser, HtmlForms.WithStep(page, "stop"));
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains(PageStrings.StopConfirmMessage, askedPage, StringComparison.Ordinal);
        Assert.Equal(ContactStatus.Confirmed, (await service.GetAsync(confirmed.Subscriber.Id, confirmed.ManageToken, CancellationToken.None)).Subscriber!.EmailStatus);

        var (kept, _) = await HtmlForms.PostAsync(browser, HtmlForms.WithStep(askedPage, "open"));
        Assert.Equal(HttpStatusCode.SeeOther, kept.StatusCode);
        Assert.Equal($"/manage?token={Uri.EscapeDataString(confirmed.ManageToken)}", kept.Headers.Location!.OriginalString);
        Assert.Contains(PageStrings.StopButton, await OpenAsync(confirmed.ManageToken), StringComparison.Ordinal);

        var (stopped, _) = await HtmlForms.PostAsync(browser, HtmlForms.WithStep(askedPage, "stopConfirmed"));
        Assert.Equal(HttpStatusCode.SeeOther, stopped.StatusCode);
        Assert.EndsWith("&done=stopped", stopped.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(ContactStatus.OptedOut, (await service.GetAsync(confirmed.Subscriber.Id, confirmed.ManageToken, CancellationToken.None)).Subscriber!.EmailStatus);
        var result = await browser.GetStringAsync(new Uri(stopped.Headers.Location.OriginalString.TrimStart('/'), UriKind.Relative));
        Assert.Contains(PageStrings.StoppedTitle, result, StringComparison.Ordinal);
        // Trial r43 #5: with an address, the way back keeps topics and settings ("Start my alerts again" sends the
        // come-back link), not a blank sign-up form.
        Assert.Contains(PageStrings.StoppedComeBackMessage, result, StringComparison.Ordinal);
        Assert.Contains(PageStrings.ComeBackButton, result, StringComparison.Ordinal);
        Assert.DoesNotContain("/signup\"", result, StringComparison.Ordinal);

        // Trial r36 #14: every later opening of the manage link says the same (README), not the whole preference centre.
        var later = await OpenAsync(confirmed.ManageToken);
        Assert.DoesNotContain(PageStrings.ResendButton, later, StringComparison.Ordinal);
        Assert.Contains(PageStrings.StoppedTitle, later, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.StopButton, later, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"topics\"", later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_that_replied_stop_is_told_to_text_start_and_a_resend_says_it_sent_nothing_to_it()
    {
        var phone = TestPhones.NewValid();
        var confirmed = await ConfirmedAsync("start", phone);
        await stack.Host.Services.GetRequiredService<SubscriberService>().ApplySmsKeywordAsync(phone, SmsKeyword.Stop, CancellationToken.None);
        var page = await OpenAsync(confirmed.ManageToken);
        Assert.Contains("id=\"phone-stopped\"", page, StringComparison.Ordinal);
        Assert.Contains("To get texts again, text START to ", page, StringComparison.Ordinal);

        // A new address waits for its link; its "Send the link again" sends that link only (sub16b): the notice says the
        // link went and claims no code, and nothing goes to the stopped number.
        var fresh = $"start-new-{Guid.NewGuid():N}@example.com";
        var (asked, askedPage) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(page, "email"), [new("newEmail", fresh)]);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var resend = HtmlForms.WithStep(askedPage, "resend");
        Assert.Equal("email", resend.Hidden.GetValueOrDefault("channel"));
        var (resent, resentPage) = await HtmlForms.PostAsync(stack.Host.Client, resend);

        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Contains(PageStrings.ResendSentEmail, resentPage, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.CheckPhoneMessage, resentPage, StringComparison.Ordinal);
        Assert.Empty(await stack.Sink.MessagesToAsync(phone, CancellationToken.None));
    }

    private async Task<ConfirmedSignUp> ConfirmedAsync(string name, string? phone) =>
        await SignUps.ConfirmedAsync(stack.Host, new SubscriberRequest($"{name}-{Guid.NewGuid():N}@example.com", phone, "UTC", [("Syria", false)], 2));

    private async Task<string> OpenAsync(string token) =>
        await browser.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(token)}", UriKind.Relative));
}
