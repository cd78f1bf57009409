namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Trial r41 #15: a sign-up made in French, opened on an Italian browser, answered <c>/confirm?signUp=…&amp;token=garbage</c>
/// in French and <c>/confirm?signUp=…</c> in Italian ("Sei già confermato"). Every page of a sign-up (confirm, code,
/// done, expired, already confirmed) is in the sign-up's language whether or not its link carries the token, and what
/// its buttons post answers in it too; only a sign-up that is not known falls back to the browser's language.
/// </summary>
public sealed class A_sign_ups_pages_speak_its_language_with_or_without_the_token(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync()
    {
        host = await TestFunctionHost.StartAsync(fixture.Stack);
        host.Browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("it-IT,it;q=0.9");
    }

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public async Task A_confirmed_sign_ups_link_with_a_garbage_token_and_without_one_are_both_French()
    {
        var started = await SignUpAsync(email: true, phone: false);
        Assert.NotNull((await Service.ConfirmEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None)).Subscriber);

        await AssertFrenchAsync($"confirm?signUp={started.SignUp.Id}&token=garbage");
        await AssertFrenchAsync($"confirm?signUp={started.SignUp.Id}");
    }

    [Fact]
    public async Task A_waiting_sign_ups_code_page_link_page_and_their_posts_are_French()
    {
        var started = await SignUpAsync(email: true, phone: true);

        var codePage = await AssertFrenchAsync($"confirm?signUp={started.SignUp.Id}");
        await AssertFrenchAsync($"confirm?signUp={started.SignUp.Id}&token={Uri.EscapeDataString(started.EmailConfirmationToken!)}");

        // A wrong code posted from the code page: the refusal is French too.
        var (wrong, refused) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(codePage, "code"), [new("code", "000000")]);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(["fr"], wrong.Content.Headers.ContentLanguage);
        Assert.Contains("lang=\"fr\"", refused, StringComparison.Ordinal);

        // The right code: the page it is sent on to (303) is French.
        var (right, _) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(codePage, "code"), [new("code", started.SmsCode!)]);
        Assert.Equal(HttpStatusCode.SeeOther, right.StatusCode);
        await AssertFrenchAsync(right.Headers.Location!.OriginalString.TrimStart('/'));

        // Opened again once the number is confirmed: still French, with or without the emailed token.
        await AssertFrenchAsync($"confirm?signUp={started.SignUp.Id}");
    }

    [Fact]
    public async Task A_form_posted_without_a_language_and_the_done_page_without_one_are_French()
    {
        var started = await SignUpAsync(email: false, phone: true);
        var codePage = await AssertFrenchAsync($"confirm?signUp={started.SignUp.Id}");
        var form = HtmlForms.WithStep(codePage, "code");
        Assert.True(form.Hidden.Remove("lang"), "the code form carries the page's language");

        var (right, _) = await HtmlForms.PostAsync(host.Browser, form, [new("code", started.SmsCode!)]);

        Assert.Equal(HttpStatusCode.SeeOther, right.StatusCode);
        var done = right.Headers.Location!.OriginalString.TrimStart('/');
        Assert.Contains("lang=fr", done, StringComparison.Ordinal);
        await AssertFrenchAsync(WithoutLanguage(done));
    }

    [Fact]
    public async Task An_unknown_sign_up_falls_back_to_the_browsers_language()
    {
        using var response = await host.Browser.GetAsync(new Uri($"confirm?signUp=u{Guid.NewGuid():N}", UriKind.Relative));

        Assert.Equal(["it"], response.Content.Headers.ContentLanguage);
    }

    private static string WithoutLanguage(string location) =>
        System.Text.RegularExpressions.Regex.Replace(location, "[?&]lang=[a-z]+", string.Empty).Replace("confirm&", "confirm?", StringComparison.Ordinal);

    private SignUpService Service => host.Services.GetRequiredService<SignUpService>();

    private Task<SignUpStarted> SignUpAsync(bool email, bool phone) => Service.SignUpAsync(
        new SubscriberRequest(email ? $"lang15-{Guid.NewGuid():N}@example.com" : null, phone ? TestPhones.NewValid() : null, "Europe/Paris", [("Syrie", false)], 2, Language: "fr"),
        CancellationToken.None);

    private async Task<string> AssertFrenchAsync(string page)
    {
        using var response = await host.Browser.GetAsync(new Uri(page, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentLanguage.SequenceEqual(["fr"]), $"{page}: {response.StatusCode} {string.Join(",", response.Content.Headers.ContentLanguage)}");
        return html;
    }
}
