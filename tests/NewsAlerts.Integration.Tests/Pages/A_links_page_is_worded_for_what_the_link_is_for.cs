namespace NewsAlerts.Integration.Tests.Pages;

using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Session 42 (trial r41 #7): <c>/confirm?signUp=nope&amp;token=abc</c>, a sign-up's link with its id cut short, answered
/// "This link to confirm a new email address has expired… change the address again" to a person who never changed an
/// address: any id not shaped like the manage link's (<c>m</c>) was taken for a change of address. Each link page's
/// wording follows what the link is for (a sign-up's confirmation, a change of address, an address coming back),
/// whatever is wrong with its id or token. And the pages of a link bringing one's own unsubscribed address back say the
/// alerts start again (welcome back), not that an address changed.
/// </summary>
public sealed class A_links_page_is_worded_for_what_the_link_is_for(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    [InlineData("fr")]
    public async Task A_sign_up_link_with_an_id_cut_short_speaks_of_a_sign_up_not_of_a_new_address(string language)
    {
        var html = await OpenAsync("confirm?signUp=nope&token=abc", language);

        Assert.DoesNotContain(Worded("AddressChangeLinkNotValidMessage", language), html, StringComparison.Ordinal);
        Assert.DoesNotContain(Worded("AddressConfirmTitle", language), html, StringComparison.Ordinal);
        Assert.Contains(Worded("ConfirmTitle", language), html, StringComparison.Ordinal);
    }

    // Every id a sign-up's link can carry that is not the manage link's: short, unknown of the right length, another
    // first letter, and the same through the link already sent. None is worded as a change of address.
    [Theory]
    [InlineData("confirm?signUp=x&token=abc")]
    [InlineData("confirm?signUp=q0000000000000000000&token=abc")]
    [InlineData("confirm?signUp=uS7Xz_MY8cGZsdGxGiSBB&token=abc")]
    [InlineData("confirm?signUp=uS7Xz_MY8cGZsdGxGiSBB&token=")]
    [InlineData("confirm?signUp=nope")]
    [InlineData("api/sign-ups/nope/confirm-email?token=abc")]
    [InlineData("confirm?signUp=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&token=abc")]
    [InlineData("confirm?signUp=a%7Cb&token=abc")]
    public async Task No_sign_up_link_speaks_of_changing_an_address(string path)
    {
        var html = await OpenAsync(path, "en");

        Assert.DoesNotContain(Worded("AddressChangeLinkNotValidMessage", "en"), html, StringComparison.Ordinal);
        Assert.DoesNotContain(Worded("AddressConfirmTitle", "en"), html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("confirm?signUp=mNoSuchChange&token=abc")]
    [InlineData("confirm?signUp=m0&token=x")]
    public async Task A_change_of_address_link_that_does_not_work_still_says_what_it_was_for(string path)
    {
        var html = await OpenAsync(path, "en");

        Assert.Contains(Worded("AddressChangeLinkNotValidMessage", "en"), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_come_back_link_asks_confirms_and_opened_again_says_welcome_back()
    {
        var (person, token) = await ComingBackAsync("back42");
        var link = new Uri($"confirm?token={Uri.EscapeDataString(token)}", UriKind.Relative);

        var asked = await host.Client.GetStringAsync(link);
        var askedText = WebUtility.HtmlDecode(asked);
        Assert.Contains(Worded("ComeBackConfirmTitle", "en"), askedText, StringComparison.Ordinal);
        Assert.DoesNotContain(Worded("AddressConfirmMessage", "en"), askedText, StringComparison.Ordinal);

        var (done, donePage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(asked, "email"));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains(Worded("ComeBackDoneTitle", "en"), WebUtility.HtmlDecode(donePage), StringComparison.Ordinal);
        Assert.Contains(Worded("ComeBackDoneMessage", "en"), WebUtility.HtmlDecode(donePage), StringComparison.Ordinal);
        var subscriber = (await host.Services.GetRequiredService<SubscriberService>().GetAsync(person.Subscriber.Id, person.ManageToken, CancellationToken.None)).Subscriber!;
        Assert.Equal(ContactStatus.Confirmed, subscriber.EmailStatus);

        var again = WebUtility.HtmlDecode(await host.Client.GetStringAsync(link));
        Assert.Contains(Worded("ComeBackDoneTitle", "en"), again, StringComparison.Ordinal);
        Assert.Contains(Worded("ComeBackAlreadyMessage", "en"), again, StringComparison.Ordinal);
        Assert.DoesNotContain(Worded("AddressChangeDoneMessage", "en"), again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_come_back_link_replaced_by_a_newer_one_says_the_alerts_did_not_start_again()
    {
        var (person, first) = await ComingBackAsync("backold42");
        await SendAgainAsync(person);

        using var response = await host.Client.GetAsync(new Uri($"confirm?token={Uri.EscapeDataString(first)}", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains(Worded("ComeBackLinkNotValidMessage", "en"), html, StringComparison.Ordinal);
        Assert.DoesNotContain(Worded("AddressChangeLinkNotValidMessage", "en"), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_to_a_new_address_is_still_worded_as_a_change()
    {
        var person = await UnsubscribingSubscriber.SignUpAsync(host, "change42");
        var signUps = host.Services.GetRequiredService<SignUpService>();
        var (_, _, change) = await signUps.PrepareContactChangeAsync(
            person.Subscriber.Id, person.ManageToken, Channel.Email, $"new42-{Guid.NewGuid():N}@example.com", CancellationToken.None);
        var started = await signUps.StartContactChangeAsync(change!, Channel.Email, CancellationToken.None);

        var asked = WebUtility.HtmlDecode(await host.Client.GetStringAsync(new Uri($"confirm?token={Uri.EscapeDataString(started.EmailConfirmationToken!)}", UriKind.Relative)));

        Assert.False(started.SignUp.ComesBack);
        Assert.Contains(Worded("AddressConfirmTitle", "en"), asked, StringComparison.Ordinal);
    }

    // A confirmed subscriber who unsubscribed their address and asked for it again (the preference centre's resend):
    // the come-back link's token.
    private async Task<(UnsubscribingSubscriber Person, string Token)> ComingBackAsync(string prefix)
    {
        var person = await UnsubscribingSubscriber.SignUpAsync(host, prefix);
        Assert.Equal(SubscriberOutcomeKind.Ok, (await host.Services.GetRequiredService<SubscriberService>().UnsubscribeEmailAsync(person.Token, CancellationToken.None)).Kind);
        return (person, await SendAgainAsync(person));
    }

    private async Task<string> SendAgainAsync(UnsubscribingSubscriber person)
    {
        var signUps = host.Services.GetRequiredService<SignUpService>();
        var (_, resend) = await signUps.PrepareResendForSubscriberAsync(person.Subscriber.Id, person.ManageToken, CancellationToken.None);
        Assert.True(resend!.ComesBack);
        var started = await signUps.ResendAsync(resend, email: true, sms: false, CancellationToken.None);
        return started.EmailConfirmationToken!;
    }

    // A catalog string as a page shows it (pages are compared decoded, so any character encoding is alike).
    private static string Worded(string key, string language) =>
        PageStrings.Catalog.GetString(key, language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language))!;

    private async Task<string> OpenAsync(string path, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html");
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await host.Client.SendAsync(request);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
