namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16's trial: an email-only subscriber who used the one-click unsubscribe opens the manage link. The page says
/// they unsubscribed and offers "Start my alerts again" (trial r43 #5: not a blank sign-up form): the address confirmed
/// again by a come-back link, the topics and settings kept; topics, settings, pause and "stop everything" are not offered
/// as if alerts ran. The same after "stop everything", and typing one's own stopped address as a change is worded as a
/// come-back, never "the new address". A subscriber whose number still receives keeps every form.
/// </summary>
public sealed class Someone_who_unsubscribed_sees_so_and_a_way_back(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    private Smtp4devInbox inbox = null!;

    public async Task InitializeAsync()
    {
        host = await TestFunctionHost.StartAsync(fixture.Stack);
        inbox = new Smtp4devInbox(fixture.Stack.SmtpInbox);
    }

    public async Task DisposeAsync()
    {
        inbox.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task An_email_only_subscriber_after_one_click_unsubscribe_is_told_so_and_offered_starting_again()
    {
        var confirmed = await UnsubscribingSubscriber.SignUpAsync(host, "gone");
        using var oneClick = await host.Client.PostAsync(confirmed.Link, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);

        var html = await OpenAsync(confirmed.ManageToken);

        Assert.Contains(PageStrings.UnsubscribedStateTitle, html, StringComparison.Ordinal);
        Assert.Contains(PageStrings.ComeBackStateMessage, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains(PageStrings.ComeBackButton, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/signup", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(PageStrings.StatusStoppedEverything), html, StringComparison.Ordinal);
        foreach (var step in new[] { "topics", "settings", "pause", "stop" })
        {
            Assert.DoesNotContain(HtmlForms.Of(html), f => f.Hidden.GetValueOrDefault("step") == step);
        }
    }

    [Fact]
    public async Task Start_my_alerts_again_sends_a_come_back_link_that_brings_the_alerts_back_with_their_topics()
    {
        var confirmed = await UnsubscribingSubscriber.SignUpAsync(host, "comeback");
        var address = confirmed.Subscriber.Email!;
        using (var oneClick = await host.Client.PostAsync(confirmed.Link, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")])))
        {
            Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        }

        var (started, page) = await HtmlForms.PostAsync(host.Client, HtmlForms.Of(await OpenAsync(confirmed.ManageToken)).Single(f => f.Hidden.GetValueOrDefault("step") == "resend"));

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Contains(PageStrings.ComeBackSentNotice, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain("new address", page, StringComparison.OrdinalIgnoreCase);
        await Eventually.TrueAsync(async () => await inbox.CountAsync(address, CancellationToken.None) >= 1, "the come-back link reaches the address");
        var link = SentLinks.ConfirmApiOf((await inbox.ListMessagesAsync(address, CancellationToken.None)).Last().TextBody);
        using (var used = await host.Client.PostAsync(link, null))
        {
            Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        }

        var back = (await host.Services.GetRequiredService<SubscriberService>().GetAsync(confirmed.Subscriber.Id, confirmed.ManageToken, CancellationToken.None)).Subscriber!;
        Assert.Equal(ContactStatus.Confirmed, back.EmailStatus);
        Assert.Equal(["Syria"], back.Topics.Select(t => t.Text));
        Assert.DoesNotContain(PageStrings.UnsubscribedStateTitle, await OpenAsync(confirmed.ManageToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_stop_everything_the_page_offers_starting_again_with_the_address_confirmed_first()
    {
        var confirmed = await UnsubscribingSubscriber.SignUpAsync(host, "stopall");
        var page = await OpenAsync(confirmed.ManageToken);
        var (_, ask) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(page, "stop"));
        var (stopped, stoppedPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(ask, "stopConfirmed"));
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        Assert.Contains(PageStrings.StoppedComeBackMessage, WebUtility.HtmlDecode(stoppedPage), StringComparison.Ordinal);

        var later = await OpenAsync(confirmed.ManageToken);
        var (sent, sentPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(later, "resend"));

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains(PageStrings.ComeBackSentNotice, WebUtility.HtmlDecode(sentPage), StringComparison.Ordinal);
        await Eventually.TrueAsync(async () => await inbox.CountAsync(confirmed.Subscriber.Email!, CancellationToken.None) >= 1, "the come-back link reaches the address");
    }

    [Fact]
    public async Task Typing_ones_own_stopped_address_as_a_change_is_worded_as_coming_back_not_as_a_new_address()
    {
        var confirmed = await UnsubscribingSubscriber.SignUpAsync(host, "same");
        Assert.Equal(SubscriberOutcomeKind.Ok, (await host.Services.GetRequiredService<SubscriberService>().UnsubscribeEmailAsync(confirmed.Token, CancellationToken.None)).Kind);

        var (asked, page) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(await OpenAsync(confirmed.ManageToken), "email"), [new("newEmail", confirmed.Subscriber.Email!)]);
        var (again, pageAgain) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(page, "email"), [new("newEmail", confirmed.Subscriber.Email!)]);

        foreach (var (response, html) in new[] { (asked, page), (again, pageAgain) })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(PageStrings.ComeBackSentNotice, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
            Assert.Contains("id=\"come-back-waiting\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"pending-email\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("new address", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_subscriber_whose_number_still_receives_keeps_every_form_after_unsubscribing_the_address()
    {
        var confirmed = await UnsubscribingSubscriber.SignUpAsync(host, "half", phone: TestPhones.NewValid());
        Assert.Equal(SubscriberOutcomeKind.Ok, (await host.Services.GetRequiredService<SubscriberService>().UnsubscribeEmailAsync(confirmed.Token, CancellationToken.None)).Kind);

        var html = await OpenAsync(confirmed.ManageToken);

        Assert.DoesNotContain(PageStrings.UnsubscribedStateTitle, html, StringComparison.Ordinal);
        foreach (var step in new[] { "topics", "settings", "pause", "stop" })
        {
            Assert.Contains(HtmlForms.Of(html), f => f.Hidden.GetValueOrDefault("step") == step);
        }
    }

    private async Task<string> OpenAsync(string token) =>
        await host.Client.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(token)}", UriKind.Relative));
}
