namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

public sealed class A_person_confirms_by_the_button_and_a_used_link_offers_a_new_one(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Opening_the_link_confirms_nothing_the_button_confirms_and_a_second_press_leads_to_the_preferences()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var signUps = host.Services.GetRequiredService<SignUpService>();
        var started = await signUps.SignUpAsync(new SubscriberRequest($"page-{tag}@example.com", null, "UTC", [("Syria", false)], 2), CancellationToken.None);
        var id = started.SignUp.Id;

        using var opened = await host.Client.GetAsync(new Uri($"confirm?signUp={id}&token={Uri.EscapeDataString(started.EmailConfirmationToken!)}", UriKind.Relative));
        var page = await opened.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.False((await signUps.FindAsync(id, CancellationToken.None))!.EmailConfirmed);
        var button = Assert.Single(HtmlForms.Of(page));
        Assert.Equal("/confirm", button.Action);
        Assert.Equal(started.EmailConfirmationToken, button.Hidden["token"]);

        var (confirmed, confirmedPage) = await HtmlForms.PostAsync(host.Client, button);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("You’re confirmed", System.Net.WebUtility.HtmlDecode(confirmedPage), StringComparison.Ordinal);
        Assert.Contains("You’ll get one email a day at 07:00 (UTC time).", System.Net.WebUtility.HtmlDecode(confirmedPage), StringComparison.Ordinal);
        Assert.True((await signUps.FindAsync(id, CancellationToken.None))!.EmailConfirmed);
        var manage = HtmlForms.WithStep(confirmedPage, "open");
        Assert.Equal("/manage", manage.Action);
        Assert.DoesNotContain("token=", confirmedPage, StringComparison.Ordinal);

        // Pressed again: already confirmed, with the way to the preferences, and no offer of a link that would not come.
        var (again, againPage) = await HtmlForms.PostAsync(host.Client, button);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("You’re already confirmed", System.Net.WebUtility.HtmlDecode(againPage), StringComparison.Ordinal);
        Assert.DoesNotContain("Send me a new link", againPage, StringComparison.Ordinal);
        Assert.Equal("/manage", HtmlForms.WithStep(againPage, "open").Action);

        var (opened2, managePage) = await HtmlForms.PostAsync(host.Client, manage);
        Assert.Equal(HttpStatusCode.OK, opened2.StatusCode);
        Assert.Contains($"page-{tag}@example.com", managePage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_up_page_says_next_to_the_frequency_that_emails_come_once_a_day_unless_they_choose()
    {
        var page = await host.Client.GetStringAsync(new Uri("signup", UriKind.Relative));

        // Trial r34 #8: the option's name in the catalog's quotes, not ASCII ones.
        Assert.Contains(
            "<span class=\"hint\" id=\"hint-emailFrequency\">Unless you choose otherwise, emails come once a day: a daily digest at the digest time, on your time zone’s clock. " +
            "\u201CAs it happens\u201D sends one email for each story as soon as it matches your topics.</span>",
            System.Net.WebUtility.HtmlDecode(page),
            StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"hint-emailFrequency\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("confirm?signUp=a%7Cb")]
    [InlineData("confirm?signUp=a|b&token=x")]
    [InlineData("api/sign-ups/a%7Cb/confirm-email?token=x")]
    [InlineData("confirm?signUp=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("confirm?signUp=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&token=x")]
    public async Task A_link_whose_sign_up_id_is_not_an_id_shows_the_not_found_page(string link)
    {
        // Opened as a browser opens a link from a message (Accept: text/html): an API client asking for the same damaged
        // api/ link gets 400 problem+json naming the path id (RouteIds, Path_ids_are_checked_and_access_before_the_body).
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(link, UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var opened = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
        Assert.Equal("text/html", opened.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_stuck_person_asks_for_a_new_link_and_gets_one_by_email()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var signUps = host.Services.GetRequiredService<SignUpService>();
        var started = await signUps.SignUpAsync(new SubscriberRequest($"stuck-{tag}@example.com", null, "UTC", [("Syria", false)], 2), CancellationToken.None);
        var id = started.SignUp.Id;
        await signUps.ResendAsync(started.SignUp, CancellationToken.None); // the first link is now void

        using var opened = await host.Client.GetAsync(new Uri($"confirm?signUp={id}&token={Uri.EscapeDataString(started.EmailConfirmationToken!)}", UriKind.Relative));
        var (refused, refusedPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(await opened.Content.ReadAsStringAsync(), "email"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var (resent, resentPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(refusedPage, "resend"));
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Contains("Check your inbox", resentPage, StringComparison.Ordinal);
        using var inbox = new Cli.Stack.Smtp4devInbox(fixture.Stack.SmtpInbox);
        var email = await inbox.WaitForAsync($"stuck-{tag}@example.com", CancellationToken.None);
        Assert.Contains("confirm", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_texted_code_is_entered_on_a_page_and_a_wrong_one_is_shown_next_to_the_field()
    {
        var signUps = host.Services.GetRequiredService<SignUpService>();
        var started = await signUps.SignUpAsync(new SubscriberRequest(null, TestPhones.NewValid(), "UTC", [("Syria", false)], 2), CancellationToken.None);
        var wrong = started.SmsCode == "000000" ? "111111" : "000000";

        using var opened = await host.Client.GetAsync(new Uri($"confirm?signUp={started.SignUp.Id}", UriKind.Relative));
        var form = HtmlForms.WithStep(await opened.Content.ReadAsStringAsync(), "code");
        var (missed, missedPage) = await HtmlForms.PostAsync(host.Client, form, [new("code", wrong)]);
        var (right, rightPage) = await HtmlForms.PostAsync(host.Client, form, [new("code", started.SmsCode!)]);

        Assert.Equal(HttpStatusCode.Forbidden, missed.StatusCode);
        Assert.Contains("href=\"#field-code\"", missedPage, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", missedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("phone number is confirmed", rightPage, StringComparison.Ordinal);
    }
}
