namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Text.Encodings.Web;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Functions.Pages;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16: the confirm POST answered 200 with the "you're confirmed" page, so a reload posted it again. It now answers
/// 303 to <c>GET /confirm?view=</c> (<see cref="ConfirmedLocations"/>): a short-lived view token that opens only that
/// page; the manage token is written into the page's form, never into a URL.
/// </summary>
public sealed class A_confirmation_answers_303_to_a_page_that_a_reload_shows_again(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task The_emailed_link_confirms_once_and_its_page_reloads_with_the_way_to_the_preferences()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var started = await SignUpAsync($"view-{tag}@example.com", null);

        var (posted, _) = await HtmlForms.PostAsync(host.Browser, Assert.Single(HtmlForms.Of(await host.Browser.GetStringAsync(ConfirmLink(started)))));

        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        var location = posted.Headers.Location!.OriginalString;
        Assert.Matches("^/confirm\\?view=[^&]+&channel=email&from=u[^&]+&lang=en$", location);
        foreach (var visit in new[] { "first", "reload" })
        {
            var (status, page) = await host.VisitAsync(location);
            Assert.True(status == HttpStatusCode.OK, visit);
            Assert.Contains(HtmlEncoder.Default.Encode(PageStrings.ConfirmedEmailMessage), page, StringComparison.Ordinal);
            var open = HtmlForms.WithStep(page, "open");
            Assert.Equal("/manage", open.Action);
            var (opened, _) = await HtmlForms.PostAsync(host.Browser, open);
            Assert.Equal(HttpStatusCode.SeeOther, opened.StatusCode);
            Assert.Contains($"view-{tag}@example.com", (await host.VisitAsync(opened.Headers.Location!.OriginalString)).Html, StringComparison.Ordinal);
        }

        // The view token in the URL is no manage token: the preference centre and the API refuse it.
        var view = Uri.UnescapeDataString(location.Split("view=")[1].Split('&')[0]);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.VisitAsync($"/manage?token={Uri.EscapeDataString(view)}")).Status);
        Assert.Null(host.Services.GetRequiredService<TokenSigner>().Verify(view, TokenPurpose.Manage));
    }

    [Fact]
    public async Task A_texted_code_answers_303_to_the_confirmed_page_for_texts()
    {
        var started = await SignUpAsync(null, TestPhones.NewValid());
        var codePage = await host.Browser.GetStringAsync(new Uri($"confirm?signUp={started.SignUp.Id}", UriKind.Relative));

        var (posted, _) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(codePage, "code"), [new("code", started.SmsCode!)]);

        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.Matches("^/confirm\\?view=[^&]+&channel=sms&from=u[^&]+&lang=en$", posted.Headers.Location!.OriginalString);
        var (status, page) = await host.VisitAsync(posted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(HtmlEncoder.Default.Encode(PageStrings.ConfirmedSmsMessage), page, StringComparison.Ordinal);
        Assert.Equal("/manage", HtmlForms.WithStep(page, "open").Action);
        // Trial r36 #1: the page names what the code confirmed (each topic isolated by markup, as pages write it).
        Assert.Contains(
            NewsAlerts.Pages.Layout.PageIsolates.Markup(
                string.Format(System.Globalization.CultureInfo.InvariantCulture, PageStrings.ConfirmedTopics, ConfirmPages.TopicsOf([new Topic("t1", "Syria", false)]))),
            WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_confirmed_while_the_number_waits_answers_303_to_the_code_page()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var started = await SignUpAsync($"view-both-{tag}@example.com", TestPhones.NewValid());

        var (posted, _) = await HtmlForms.PostAsync(host.Browser, Assert.Single(HtmlForms.Of(await host.Browser.GetStringAsync(ConfirmLink(started)))));

        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.Equal($"/confirm?signUp={started.SignUp.Id}&confirmed=email&lang=en", posted.Headers.Location!.OriginalString);
        var (status, page) = await host.VisitAsync(posted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(HtmlEncoder.Default.Encode(PageStrings.ConfirmedEmailEnterCode), page, StringComparison.Ordinal);
        Assert.Equal(started.SignUp.Id, HtmlForms.WithStep(page, "code").Hidden["signUp"]);
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("manage token")]
    [InlineData("forged")]
    [InlineData("no channel")]
    public async Task A_view_token_that_expired_or_is_not_one_shows_that_they_are_confirmed_and_no_way_in(string kind)
    {
        var confirmed = await SignUps.ConfirmedAsync(host, new SubscriberRequest($"view-old-{Guid.NewGuid():N}@example.com", null, "UTC", [("Syria", false)], 2));
        var tokens = host.Services.GetRequiredService<TokenSigner>();
        var view = kind switch
        {
            "expired" => tokens.Issue(TokenPurpose.ConfirmedPage, confirmed.Subscriber.Id, TimeSpan.FromMinutes(-1)),
            "manage token" => confirmed.ManageToken,
            "forged" => tokens.Issue(TokenPurpose.ConfirmedPage, confirmed.Subscriber.Id, ConfirmedLocations.ViewLifetime)[..^4] + "AAAA",
            _ => tokens.Issue(TokenPurpose.ConfirmedPage, confirmed.Subscriber.Id, ConfirmedLocations.ViewLifetime),
        };
        var location = ConfirmedLocations.Confirmed(view, Core.Delivery.Channel.Email, embed: false, "en");

        var (status, page) = await host.VisitAsync(kind == "no channel" ? location.Replace("&channel=email", string.Empty, StringComparison.Ordinal) : location);

        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains(HtmlEncoder.Default.Encode(PageStrings.ConfirmedPageExpiredMessage), page, StringComparison.Ordinal);
        Assert.Empty(HtmlForms.Of(page));
        Assert.Contains("href=\"/manage/link?lang=en\"", page, StringComparison.Ordinal);
    }

    private Task<SignUpStarted> SignUpAsync(string? email, string? phone) =>
        host.Services.GetRequiredService<SignUpService>().SignUpAsync(new SubscriberRequest(email, phone, "UTC", [("Syria", false)], 2), CancellationToken.None);

    private static Uri ConfirmLink(SignUpStarted started) =>
        new($"confirm?signUp={started.SignUp.Id}&token={Uri.EscapeDataString(started.EmailConfirmationToken!)}", UriKind.Relative);
}
