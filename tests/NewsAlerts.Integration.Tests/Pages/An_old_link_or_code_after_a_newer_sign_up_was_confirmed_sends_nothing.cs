namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Trial r31, defect 5: a person signed up twice (topics "Syrie", then "Syrie, Liban") and confirmed the newer link;
/// the older link then said "this link no longer works", and its "send me a new link" really sent a confirmation to the
/// confirmed address (and confirming that one sent a second "you're confirmed"). An older link, code page, code or
/// resend whose contact a newer sign-up confirmed says "you're already confirmed" with the way to the preferences, and
/// sends nothing. Nothing sent is shown by a later control message being the only one that arrives.
/// </summary>
public sealed class An_old_link_or_code_after_a_newer_sign_up_was_confirmed_sends_nothing(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private SignUpStack stack = null!;

    public async Task InitializeAsync() => stack = await SignUpStack.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task The_older_email_link_says_already_confirmed_with_manage_and_its_resend_sends_nothing()
    {
        var email = $"again31-{Guid.NewGuid():N}@example.fr";
        var first = await SignUps.StartAsync(stack.SignUps, email, null, "Syrie");
        var second = await SignUps.StartAsync(stack.SignUps, email, null, "Syrie", "Liban");
        var button = await ButtonPageAsync(first);
        var resend = HtmlForms.WithStep(await stack.ConfirmPageAsync(first.SignUp.Id), "resend");
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await stack.SignUps.ConfirmEmailAsync(second.SignUp.Id, second.EmailConfirmationToken, CancellationToken.None)).Kind);

        var (pressed, page) = await HtmlForms.PostAsync(stack.Host.Client, Assert.Single(HtmlForms.Of(button)));
        var (resent, resentPage) = await HtmlForms.PostAsync(stack.Host.Client, resend);

        Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        Assert.Contains(PageStrings.AlreadyConfirmedByNewerMessage, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal("/manage", HtmlForms.WithStep(page, "open").Action);
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Contains(PageStrings.AlreadyConfirmedNothingSentMessage, WebUtility.HtmlDecode(resentPage), StringComparison.Ordinal);
        Assert.Contains("href=\"/manage/link", resentPage, StringComparison.Ordinal);
        var subscriber = (await stack.SignUps.FindAsync(second.SignUp.Id, CancellationToken.None))!.SubscriberId!;
        Assert.Equal(1, await stack.SendManageLinkEmailAsync(subscriber, email, "fr"));
    }

    [Fact]
    public async Task The_older_code_page_code_and_resend_of_a_number_confirmed_since_say_so_and_send_nothing()
    {
        var email = $"again31-sms-{Guid.NewGuid():N}@example.fr";
        var phone = TestPhones.NewValid();
        // The first without an address, so the newer one (with one) is a sign-up of its own (the same number and
        // address would continue the first: SignUpsAgain.Continued) and voids the first's code.
        var first = await SignUps.StartAsync(stack.SignUps, null, phone, "Syrie");
        var second = await SignUps.StartAsync(stack.SignUps, email, phone, "Syrie", "Liban");
        Assert.NotEqual(first.SignUp.Id, second.SignUp.Id);
        var codePage = await stack.ConfirmPageAsync(first.SignUp.Id);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await stack.SignUps.ConfirmEmailAsync(second.SignUp.Id, second.EmailConfirmationToken, CancellationToken.None)).Kind);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await stack.SignUps.ConfirmSmsAsync(second.SignUp.Id, second.SmsCode, CancellationToken.None)).Kind);

        var opened = await stack.ConfirmPageAsync(first.SignUp.Id);
        var (_, coded) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", first.SmsCode!)]);
        var (_, resent) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "resend"));
        var (_, resentTwice) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "resend"));

        Assert.Contains(PageStrings.AlreadyConfirmedNumberMessage, WebUtility.HtmlDecode(opened), StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"code\"", opened, StringComparison.Ordinal);
        Assert.Contains(PageStrings.AlreadyConfirmedNumberMessage, WebUtility.HtmlDecode(coded), StringComparison.Ordinal);
        Assert.Contains(PageStrings.AlreadyConfirmedNothingSentMessage, WebUtility.HtmlDecode(resent), StringComparison.Ordinal);
        Assert.Contains(PageStrings.AlreadyConfirmedNothingSentMessage, WebUtility.HtmlDecode(resentTwice), StringComparison.Ordinal);
        Assert.DoesNotContain(phone, opened + coded + resent, StringComparison.Ordinal);
        Assert.Single(await stack.SendCodeTextAsync(first.SignUp.Id, phone, "424242", "fr"));
        Assert.Equal(0, await stack.Inbox.CountAsync(email, CancellationToken.None));
    }

    [Fact]
    public async Task A_subscriber_signing_up_again_gets_the_code_form_that_adds_the_new_topics()
    {
        // Review of s31: "confirmed elsewhere" read only the subscriber store, so a subscriber signing up again (to add a
        // topic) was told "already confirmed" with no code form, and anyone could learn whether a contact is subscribed.
        var email = $"again31-back-{Guid.NewGuid():N}@example.fr";
        var phone = TestPhones.NewValid();
        var first = await SignUps.StartAsync(stack.SignUps, email, phone, "Syrie");
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await stack.SignUps.ConfirmEmailAsync(first.SignUp.Id, first.EmailConfirmationToken, CancellationToken.None)).Kind);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await stack.SignUps.ConfirmSmsAsync(first.SignUp.Id, first.SmsCode, CancellationToken.None)).Kind);

        var again = await SignUps.StartAsync(stack.SignUps, email, phone, "Syrie", "Liban");
        var codePage = await stack.ConfirmPageAsync(again.SignUp.Id);

        Assert.Contains("name=\"code\"", codePage, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.AlreadyConfirmedNumberMessage, WebUtility.HtmlDecode(codePage), StringComparison.Ordinal);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await stack.SignUps.ConfirmSmsAsync(again.SignUp.Id, again.SmsCode, CancellationToken.None)).Kind);
    }

    private Task<string> ButtonPageAsync(SignUpStarted started) =>
        stack.Host.Client.GetStringAsync(new Uri($"confirm?signUp={started.SignUp.Id}&token={Uri.EscapeDataString(started.EmailConfirmationToken!)}", UriKind.Relative));
}
