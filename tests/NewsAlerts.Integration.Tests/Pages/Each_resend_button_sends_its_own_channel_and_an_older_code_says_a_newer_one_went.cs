namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Trial r37 #2: "Send me a new code" also emailed a new link and voided the one in the inbox. Trial r37 #3: after
/// signing up again with other topics (the same code page, a new code), the first text's code read "wrong, expired or
/// used up". Each resend button sends its own channel only, and a code a newer one of the same sign-up replaced says a
/// newer code was sent, spending no try; the API answers it as any refused code. Real stack: pages, smtp4dev, SMS sink.
/// </summary>
public sealed class Each_resend_button_sends_its_own_channel_and_an_older_code_says_a_newer_one_went(StackFixture fixture)
    : IClassFixture<StackFixture>, IAsyncLifetime
{
    private SignUpStack stack = null!;

    public async Task InitializeAsync() => stack = await SignUpStack.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task Send_me_a_new_code_texts_a_code_only_and_the_emailed_link_still_confirms()
    {
        var email = $"code-only-{Guid.NewGuid():N}@example.com";
        var phone = TestPhones.NewValid();
        var first = await SignUps.StartAsync(stack.SignUps, email, phone, "Syria");
        var codePage = await stack.ConfirmPageAsync(first.SignUp.Id);

        var (resent, page) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "resend"));

        Assert.True(resent.IsSuccessStatusCode, $"{resent.StatusCode}"); // followed the 303 to the code page
        var words = WebUtility.HtmlDecode(page);
        Assert.Contains(PageStrings.ResentCodeMessage, words, StringComparison.Ordinal);
        Assert.Contains(PageStrings.ResentCodeLinkKept, words, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.ResentLinkAndCodeMessage, words, StringComparison.Ordinal);
        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count >= 1, "the new code arrives");

        // Nothing went to the address: a control message sent now is the only one there.
        Assert.Equal(1, await stack.SendManageLinkEmailAsync(first.SignUp.Id, email, "en"));

        // The link from the first email still confirms; the first text's code says a newer one was sent.
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await stack.SignUps.ConfirmEmailAsync(first.SignUp.Id, first.EmailConfirmationToken, CancellationToken.None)).Kind);
        Assert.True(SignUpService.IsCodeSuperseded(await stack.SignUps.ConfirmSmsAsync(first.SignUp.Id, first.SmsCode, CancellationToken.None)));
    }

    [Fact]
    public async Task Send_it_again_sends_a_link_only_and_the_texted_code_still_confirms()
    {
        var email = $"link-only-{Guid.NewGuid():N}@example.com";
        var phone = TestPhones.NewValid();
        var first = await SignUps.StartAsync(stack.SignUps, email, phone, "Syria");
        var checkEmail = await stack.Host.Client.GetStringAsync(new Uri($"signup?sent=email&signUp={first.SignUp.Id}", UriKind.Relative));
        var resend = HtmlForms.WithStep(checkEmail, "resend");
        Assert.Equal("email", resend.Hidden["channel"]);

        var (resent, _) = await HtmlForms.PostAsync(stack.Host.Client, resend);

        Assert.True(resent.IsSuccessStatusCode, $"{resent.StatusCode}");
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(email, CancellationToken.None) >= 1, "the new link arrives");
        // The code already texted was not replaced: it confirms, and no text went to the number.
        Assert.Empty(await stack.Sink.MessagesToAsync(phone, CancellationToken.None));
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await stack.SignUps.ConfirmSmsAsync(first.SignUp.Id, first.SmsCode, CancellationToken.None)).Kind);
    }

    [Fact]
    public async Task The_first_code_of_a_number_signed_up_again_with_other_topics_says_a_newer_code_was_sent()
    {
        var email = $"again-{Guid.NewGuid():N}@example.com";
        var phone = TestPhones.NewValid();
        var first = await SignUps.StartAsync(stack.SignUps, email, phone, "Syria");
        var again = await SignUps.StartAsync(stack.SignUps, email, phone, "Syria", "Aleppo");
        Assert.Equal(first.SignUp.Id, again.SignUp.Id); // continued: the same code page, a new code
        var codePage = await stack.ConfirmPageAsync(first.SignUp.Id);

        var (refused, page) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", first.SmsCode!)]);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var words = WebUtility.HtmlDecode(page);
        Assert.Contains(PageStrings.CodeSuperseded, words, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.CodeWrong, words, StringComparison.Ordinal);
        Assert.Equal(0, (await stack.SignUps.FindAsync(first.SignUp.Id, CancellationToken.None))!.Pending.SmsCodeAttempts); // no try spent
        Assert.Equal(SignUpService.WrongCode.Reason, (await stack.SignUps.ConfirmSmsAsync(first.SignUp.Id, first.SmsCode, CancellationToken.None)).Reason); // the API: as any refusal

        // A code never sent is still wrong, and the newest code confirms the newest choices.
        var wrong = first.SmsCode == "000000" ? "000001" : "000000";
        Assert.False(SignUpService.IsCodeSuperseded(await stack.SignUps.ConfirmSmsAsync(first.SignUp.Id, wrong, CancellationToken.None)));
        var confirmed = await stack.SignUps.ConfirmSmsAsync(first.SignUp.Id, again.SmsCode, CancellationToken.None);
        Assert.Equal(SignUpOutcomeKind.Confirmed, confirmed.Kind);
        Assert.Equal(["Syria", "Aleppo"], confirmed.Subscriber!.Topics.Select(t => t.Text));
    }
}
