namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using NewsAlerts.Core.Ports;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Trial r38 #6, through the local host on the real stack: the code page's URL opened again (Back, a reload) said "We have
/// texted you a code" after the address and then the number were confirmed, and an unknown sign-up id showed the same
/// page. It now shows the sign-up's state as the store holds it: the address confirmed (enter the code), everything
/// confirmed (with the way on), and for an id that names no sign-up the "no longer works" page (404).
/// </summary>
public sealed class A_code_page_opened_again_shows_where_its_sign_up_stands(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_page_follows_what_was_confirmed_since_it_was_first_shown()
    {
        var (response, first) = await SignUpAsync();
        var codePage = response.RequestMessage!.RequestUri!;
        var signUpId = System.Web.HttpUtility.ParseQueryString(codePage.Query)["signUp"]!;
        var store = (ISignUpStore)host.Services.GetService(typeof(ISignUpStore))!;
        Assert.Contains(PageStrings.CheckPhoneMessage, WebUtility.HtmlDecode(first), StringComparison.Ordinal);

        var signUp = (await store.GetAsync(signUpId, CancellationToken.None))!;
        await store.SaveAsync(signUp with { EmailConfirmed = true }, CancellationToken.None);
        var emailDone = WebUtility.HtmlDecode(await host.Client.GetStringAsync(codePage));

        Assert.Contains(PageStrings.CodePageEmailConfirmed, emailDone, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.CheckEmailMessage, emailDone, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.CheckPhoneMessage, emailDone, StringComparison.Ordinal);
        Assert.Contains("name=\"code\"", emailDone, StringComparison.Ordinal);

        await store.SaveAsync(signUp with { EmailConfirmed = true, SmsConfirmed = true }, CancellationToken.None);
        var allDone = WebUtility.HtmlDecode(await host.Client.GetStringAsync(codePage));

        Assert.Contains(PageStrings.CodePageAllConfirmedMessage, allDone, StringComparison.Ordinal);
        Assert.Contains(PageStrings.AlreadyConfirmedManageLink, allDone, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.CheckPhoneMessage, allDone, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"code\"", allDone, StringComparison.Ordinal);

        await store.SaveAsync(signUp with { SmsConfirmed = true }, CancellationToken.None);
        var numberDone = WebUtility.HtmlDecode(await host.Client.GetStringAsync(codePage));

        Assert.Contains(PageStrings.CodePageNumberConfirmedMessage, numberDone, StringComparison.Ordinal);
        Assert.Contains(PageStrings.SendNewLinkButton, numberDone, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_id_that_names_no_sign_up_gets_the_no_longer_works_page()
    {
        using var response = await host.Client.GetAsync(new Uri($"confirm?signUp=u{Guid.NewGuid():N}&sent=both&lang=en", UriKind.Relative));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(PageStrings.LinkNotValidTitle, page, StringComparison.Ordinal);
        Assert.Contains(PageStrings.CodePageGoneMessage, page, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.CheckPhoneMessage, page, StringComparison.Ordinal);
    }

    // The sign-up form with an address and a number, posted as a browser at an address of its own; lands on the code page.
    private async Task<(HttpResponseMessage Response, string Html)> SignUpAsync()
    {
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup?lang=en", UriKind.Relative))).First(f => f.Action == "/signup");
        return await HtmlForms.PostAsync(
            host.Client, form, [new("email", $"again-{Guid.NewGuid():N}@example.com"), new("phone", TestPhones.NewValid()), new("topics", "Syria"), new("timeZone", "UTC")],
            from: $"2001:db8:38b:{Random.Shared.Next(1, 0xffff):x}::1");
    }
}
