namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Every kind of link already sent in an email or SMS (built by <see cref="AlertLinks"/> before it linked the pages, see
/// <see cref="SentLinks"/>) still answers.
/// </summary>
public sealed class Links_already_sent_keep_working(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    private AlertLinks Links => host.Services.GetRequiredService<AlertLinks>();

    [Fact]
    public async Task The_old_confirmation_link_shows_the_confirm_page_whose_button_confirms()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var started = await host.Services.GetRequiredService<SignUpService>().SignUpAsync(
            new SubscriberRequest($"old-{tag}@example.com", null, "UTC", [("Syria", false)], 2), CancellationToken.None);
        var link = SentLinks.OldConfirmEmail(host, started.SignUp.Id, started.EmailConfirmationToken!);
        Assert.Contains("/api/sign-ups/", link.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("/confirm", Links.ConfirmEmail(started.SignUp.Id, started.EmailConfirmationToken!).AbsolutePath);

        var signUps = host.Services.GetRequiredService<SignUpService>();
        using var opened = await host.Client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.False((await signUps.FindAsync(started.SignUp.Id, CancellationToken.None))!.EmailConfirmed);
        var (confirmed, confirmedPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(await opened.Content.ReadAsStringAsync(), "email"));

        // Audit s45 gap 7: two 200s alone would pass were confirming broken ("You're already confirmed" is a 200 too).
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains(NewsAlerts.Pages.PageStrings.ConfirmedTitle, WebUtility.HtmlDecode(confirmedPage), StringComparison.Ordinal);
        Assert.True((await signUps.FindAsync(started.SignUp.Id, CancellationToken.None))!.EmailConfirmed);
    }

    [Fact]
    public async Task The_old_manage_link_opens_the_preference_centre_in_a_browser_and_json_for_the_api()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var confirmed = await SignUps.ConfirmedAsync(host, new SubscriberRequest($"manage-{tag}@example.com", null, "UTC", [("Syria", false)], 2));
        var link = SentLinks.OldManage(host, confirmed.Subscriber.Id);
        Assert.Equal("/manage", Links.Manage(confirmed.Subscriber.Id, confirmed.ManageToken).AbsolutePath);

        using var browser = new HttpRequestMessage(HttpMethod.Get, link);
        browser.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var page = await host.Client.SendAsync(browser);
        using var api = await host.Client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"manage-{tag}@example.com", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal("application/json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_old_unsubscribe_link_shows_a_button_and_its_one_click_post_still_unsubscribes()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var confirmed = await SignUps.ConfirmedAsync(host, new SubscriberRequest($"unsub-{tag}@example.com", null, "UTC", [("Syria", false)], 2));
        var link = SentLinks.OldUnsubscribe(host, confirmed.Subscriber.Id);
        Assert.Equal("/api/unsubscribe", link.AbsolutePath);
        Assert.Equal("/unsubscribe", Links.Unsubscribe(confirmed.Subscriber.Id).AbsolutePath);

        using var page = await host.Client.GetAsync(link);
        var html = await page.Content.ReadAsStringAsync();
        using var oneClick = await host.Client.PostAsync(link, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("/unsubscribe", HtmlForms.Of(html).Single().Action);
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        var service = host.Services.GetRequiredService<SubscriberService>();
        Assert.Equal(ContactStatus.OptedOut, (await service.GetAsync(confirmed.Subscriber.Id, confirmed.ManageToken, CancellationToken.None)).Subscriber!.EmailStatus);
    }

    [Fact]
    public async Task The_unsubscribe_page_button_unsubscribes_and_the_one_click_post_works_on_the_new_path_too()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var first = await SignUps.ConfirmedAsync(host, new SubscriberRequest($"button-{tag}@example.com", null, "UTC", [("Syria", false)], 2));
        var second = await SignUps.ConfirmedAsync(host, new SubscriberRequest($"click-{tag}@example.com", null, "UTC", [("Syria", false)], 2));
        var page = await host.Client.GetStringAsync(Links.Unsubscribe(first.Subscriber.Id));
        var (pressed, pressedHtml) = await HtmlForms.PostAsync(host.Client, HtmlForms.Of(page).Single());
        using var oneClick = await host.Client.PostAsync(Links.Unsubscribe(second.Subscriber.Id), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        Assert.Contains("Unsubscribed", pressedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        var service = host.Services.GetRequiredService<SubscriberService>();
        Assert.Equal(ContactStatus.OptedOut, (await service.GetAsync(first.Subscriber.Id, first.ManageToken, CancellationToken.None)).Subscriber!.EmailStatus);
        Assert.Equal(ContactStatus.OptedOut, (await service.GetAsync(second.Subscriber.Id, second.ManageToken, CancellationToken.None)).Subscriber!.EmailStatus);
    }

    [Fact]
    public async Task The_short_link_and_the_status_callback_still_answer_under_api()
    {
        var shortLink = Links.ShortLink("urn:test:never-published");
        using var missing = await host.Client.GetAsync(shortLink);
        using var status = await host.Client.PostAsync(Links.SmsStatusCallback(), new FormUrlEncodedContent([new("MessageSid", "SMx")]));

        Assert.Contains("/api/a/", shortLink.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(HttpStatusCode.NotFound, status.StatusCode);
    }
}
