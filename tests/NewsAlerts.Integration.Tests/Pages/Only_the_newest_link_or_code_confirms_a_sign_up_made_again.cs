namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Text.Encodings.Web;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16: after an email-only sign-up made again with other choices, the earlier emailed link still confirmed (the
/// earlier choices). Only the newest link or code sent to a contact confirms; the old link's page says a newer one was
/// sent, with "send me a new link" for the newest sign-up.
/// </summary>
public sealed class Only_the_newest_link_or_code_confirms_a_sign_up_made_again(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;
    private SignUpService signUps = null!;

    public async Task InitializeAsync()
    {
        host = await TestFunctionHost.StartAsync(fixture.Stack);
        signUps = host.Services.GetRequiredService<SignUpService>();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_earlier_link_of_an_email_sign_up_made_again_says_a_newer_one_was_sent_and_the_newer_one_confirms()
    {
        var email = $"newest-{Guid.NewGuid():N}@example.com";
        var first = await SignUpAsync(email, null, "Syria");
        var second = await SignUpAsync(email, null, "Elections");
        Assert.NotEqual(first.SignUp.Id, second.SignUp.Id);

        var (refused, page) = await PressConfirmAsync(first);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(HtmlEncoder.Default.Encode(PageStrings.NewerLinkSentMessage), page, StringComparison.Ordinal);
        var sendAgain = HtmlForms.WithStep(page, "resend");
        Assert.Equal(second.SignUp.Id, sendAgain.Hidden["signUp"]);
        Assert.False((await signUps.FindAsync(first.SignUp.Id, CancellationToken.None))!.EmailConfirmed);

        var confirmed = await signUps.ConfirmEmailAsync(second.SignUp.Id, second.EmailConfirmationToken, CancellationToken.None);
        Assert.Equal(SignUpOutcomeKind.Confirmed, confirmed.Kind);
        Assert.Equal(["Elections"], confirmed.Subscriber!.Topics.Select(t => t.Text));
    }

    [Fact]
    public async Task Sending_the_earlier_sign_up_again_makes_its_link_the_newest_and_voids_the_later_one()
    {
        var email = $"newest-again-{Guid.NewGuid():N}@example.com";
        var first = await SignUpAsync(email, null, "Syria");
        var second = await SignUpAsync(email, null, "Elections");

        var resent = await signUps.ResendAsync((await signUps.FindAsync(first.SignUp.Id, CancellationToken.None))!, CancellationToken.None);

        Assert.Equal(SignUpOutcomeKind.Forbidden, (await signUps.ConfirmEmailAsync(second.SignUp.Id, second.EmailConfirmationToken, CancellationToken.None)).Kind);
        Assert.Equal(first.SignUp.Id, (await signUps.ReplacedLinkAsync(second.SignUp.Id, second.EmailConfirmationToken, CancellationToken.None))?.Id);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmEmailAsync(first.SignUp.Id, resent.EmailConfirmationToken, CancellationToken.None)).Kind);
    }

    [Fact]
    public async Task An_address_signed_up_again_with_a_number_voids_the_earlier_email_only_link()
    {
        var email = $"newest-both-{Guid.NewGuid():N}@example.com";
        var first = await SignUpAsync(email, null, "Syria");
        var second = await SignUpAsync(email, TestPhones.NewValid(), "Elections");

        Assert.Equal(SignUpOutcomeKind.Forbidden, (await signUps.ConfirmEmailAsync(first.SignUp.Id, first.EmailConfirmationToken, CancellationToken.None)).Kind);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmEmailAsync(second.SignUp.Id, second.EmailConfirmationToken, CancellationToken.None)).Kind);
    }

    [Fact]
    public async Task A_number_signed_up_again_with_another_address_has_only_its_newest_code()
    {
        var phone = TestPhones.NewValid();
        var first = await SignUpAsync($"code-a-{Guid.NewGuid():N}@example.com", phone, "Syria");
        var second = await SignUpAsync($"code-b-{Guid.NewGuid():N}@example.com", phone, "Elections");
        Assert.NotEqual(first.SignUp.Id, second.SignUp.Id);

        Assert.NotEqual(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmSmsAsync(first.SignUp.Id, first.SmsCode, CancellationToken.None)).Kind);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmSmsAsync(second.SignUp.Id, second.SmsCode, CancellationToken.None)).Kind);
    }

    [Fact]
    public async Task The_earlier_code_page_of_a_number_signed_up_again_says_a_newer_code_was_sent_and_offers_one_for_itself()
    {
        var phone = TestPhones.NewValid();
        var first = await SignUpAsync($"code-page-a-{Guid.NewGuid():N}@example.com", phone, "Syria");
        var second = await SignUpAsync($"code-page-b-{Guid.NewGuid():N}@example.com", phone, "Elections");
        var codePage = await host.Client.GetStringAsync(new Uri($"confirm?signUp={first.SignUp.Id}", UriKind.Relative));

        var (refused, page) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", first.SmsCode!)]);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(PageStrings.CodeReplaced, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.CodeWrong, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(first.SignUp.Id, HtmlForms.WithStep(page, "resend").Hidden["signUp"]); // a new code for this page's choices, never the other sign-up's
        Assert.DoesNotContain(second.SignUp.Id, page, StringComparison.Ordinal);

        // The API answers it as any refused code.
        Assert.Equal(SignUpService.WrongCode.Reason, (await signUps.ConfirmSmsAsync(first.SignUp.Id, first.SmsCode, CancellationToken.None)).Reason);

        // The new code makes this sign-up's the newest: it confirms, and the later one's code now reads as replaced.
        var resent = await signUps.ResendAsync((await signUps.FindAsync(first.SignUp.Id, CancellationToken.None))!, CancellationToken.None);
        Assert.True(SignUpService.IsCodeReplaced(await signUps.ConfirmSmsAsync(second.SignUp.Id, second.SmsCode, CancellationToken.None)));
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmSmsAsync(first.SignUp.Id, resent.SmsCode, CancellationToken.None)).Kind);
    }

    private Task<SignUpStarted> SignUpAsync(string email, string? phone, string topic) =>
        signUps.SignUpAsync(new SubscriberRequest(email, phone, "UTC", [(topic, false)], 2), CancellationToken.None);

    private async Task<(HttpResponseMessage Response, string Html)> PressConfirmAsync(SignUpStarted started)
    {
        var button = await host.Client.GetStringAsync(new Uri(
            $"confirm?signUp={started.SignUp.Id}&token={Uri.EscapeDataString(started.EmailConfirmationToken!)}", UriKind.Relative));
        return await HtmlForms.PostAsync(host.Client, Assert.Single(HtmlForms.Of(button)));
    }
}
