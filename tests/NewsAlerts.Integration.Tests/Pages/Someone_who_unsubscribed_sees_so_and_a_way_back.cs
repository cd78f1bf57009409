namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16's trial: an email-only subscriber who used the one-click unsubscribe opens the manage link. The page says
/// they unsubscribed and offers subscribing again (re-confirmed); topics, settings, pause and "stop everything" are not
/// offered as if alerts ran. A subscriber whose number still receives keeps every form.
/// </summary>
public sealed class Someone_who_unsubscribed_sees_so_and_a_way_back(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task An_email_only_subscriber_after_one_click_unsubscribe_is_told_so_and_offered_subscribing_again()
    {
        var confirmed = await UnsubscribingSubscriber.SignUpAsync(host, "gone");
        using var oneClick = await host.Client.PostAsync(confirmed.Link, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);

        var html = await OpenAsync(confirmed.ManageToken);

        Assert.Contains(PageStrings.UnsubscribedStateTitle, html, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"button\" href=\"/signup?lang=en\">{PageStrings.SubscribeAgainLink}</a>", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(PageStrings.StatusStoppedEverything), html, StringComparison.Ordinal);
        foreach (var step in new[] { "topics", "settings", "pause", "stop" })
        {
            Assert.DoesNotContain(HtmlForms.Of(html), f => f.Hidden.GetValueOrDefault("step") == step);
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
