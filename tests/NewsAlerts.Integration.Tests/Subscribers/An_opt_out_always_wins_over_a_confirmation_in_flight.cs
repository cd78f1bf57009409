namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16: a confirmation whose link was claimed just before an unsubscribe (which voided only the links still held)
/// joined after the opt-out and lifted the suppression, so alerts restarted although the person said stop; a failed
/// join's give-back restored the link sent before the opt-out. Now a link or code issued before the contact's latest
/// opt-out never confirms (<see cref="OptOutConsent"/>), checked on the suppression as read right before the join, whose
/// lift is written only over that read (the ETag), and an opt-out marks claimed sign-ups so a give-back fails
/// (<see cref="OptOutVoids"/>). Every suppression reason voids alike (<see cref="SuppressionList.SuppressAsync"/>).
/// Interleavings forced by <see cref="PausingSignUpStore"/>; Table storage on Azurite.
/// </summary>
public sealed class An_opt_out_always_wins_over_a_confirmation_in_flight(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = PausedSignUps.Deadline;
    private PausedSignUps set = null!;

    private SuppressionList Suppressions => set.Host.Services.GetRequiredService<SuppressionList>();

    private ISubscriberStore Store => set.Host.Services.GetRequiredService<ISubscriberStore>();

    public async Task InitializeAsync() => set = await PausedSignUps.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await set.DisposeAsync();

    [Fact]
    public async Task Claim_then_unsubscribe_then_join_confirms_nothing_and_the_address_stays_suppressed()
    {
        var email = Address();
        var joined = await ConfirmedAsync(email, "Syria");
        var again = await SignUps.StartAsync(set.SignUps, email, null, "Elections");
        set.Pausing.PauseAfterReplacing(again.SignUp.Id); // the link is claimed; the join has not begun
        var confirming = set.Paused.ConfirmEmailAsync(again.SignUp.Id, again.EmailConfirmationToken, CancellationToken.None);
        await set.Pausing.Reached.WaitAsync(Deadline);

        await UnsubscribeAsync(joined.Subscriber!.Id);
        set.Pausing.Release();

        Assert.Equal(SignUpOutcomeKind.Forbidden, (await confirming.WaitAsync(Deadline)).Kind);
        var after = (await Store.GetAsync(joined.Subscriber.Id, CancellationToken.None))!;
        Assert.Equal(ContactStatus.OptedOut, after.EmailStatus);
        Assert.Equal(["Syria"], after.Topics.Select(t => t.Text));
        Assert.True(await Suppressions.IsSuppressedAsync(Channel.Email, email, CancellationToken.None));
        var stored = (await set.SignUps.FindAsync(again.SignUp.Id, CancellationToken.None))!;
        Assert.False(stored.EmailConfirmed);
        Assert.NotNull(stored.Pending.OptedOutAt);
        Assert.Equal(SignUpOutcomeKind.Forbidden, (await set.SignUps.ConfirmEmailAsync(again.SignUp.Id, again.EmailConfirmationToken, CancellationToken.None)).Kind);
    }

    [Fact]
    public async Task Claim_then_a_failed_join_then_unsubscribe_leaves_the_link_void()
    {
        var email = Address();
        var joined = await ConfirmedAsync(email, [.. Enumerable.Range(1, SubscriberRequestParser.MaxTopics).Select(i => $"Topic {i}")]);
        var again = await SignUps.StartAsync(set.SignUps, email, null, "Elections"); // one topic too many: the join fails and gives the link back
        set.Pausing.PauseBeforeReplacing(again.SignUp.Id, after: 1); // the claim passes; the give-back waits
        var confirming = set.Paused.ConfirmEmailAsync(again.SignUp.Id, again.EmailConfirmationToken, CancellationToken.None);
        await set.Pausing.Reached.WaitAsync(Deadline);

        await UnsubscribeAsync(joined.Subscriber!.Id);
        set.Pausing.Release();

        Assert.Equal(SignUpOutcomeKind.TooManyTopics, (await confirming.WaitAsync(Deadline)).Kind);
        var stored = (await set.SignUps.FindAsync(again.SignUp.Id, CancellationToken.None))!;
        Assert.Null(stored.Pending.EmailNonce); // the give-back, written only over the claim, lost to the opt-out's mark
        Assert.NotNull(stored.Pending.OptedOutAt);
        Assert.Equal(SignUpOutcomeKind.Forbidden, (await set.SignUps.ConfirmEmailAsync(again.SignUp.Id, again.EmailConfirmationToken, CancellationToken.None)).Kind);
        Assert.True(await Suppressions.IsSuppressedAsync(Channel.Email, email, CancellationToken.None));
    }

    [Fact]
    public async Task An_opt_out_between_the_check_and_the_lift_makes_the_confirmation_fail()
    {
        var email = Address();
        var started = await SignUps.StartAsync(set.SignUps, email, null, "Syria");
        set.Pausing.PauseBeforeReplacing(started.SignUp.Id, after: 1); // checked and joined; the "confirmed" write and the lift wait
        var confirming = set.Paused.ConfirmEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None);
        await set.Pausing.Reached.WaitAsync(Deadline);

        var subscriberId = (await Store.FindIdByEmailAsync(email, CancellationToken.None))!;
        await UnsubscribeAsync(subscriberId);
        set.Pausing.Release();

        Assert.Equal(SignUpOutcomeKind.Forbidden, (await confirming.WaitAsync(Deadline)).Kind);
        Assert.True(await Suppressions.IsSuppressedAsync(Channel.Email, email, CancellationToken.None));
        Assert.Equal(ContactStatus.OptedOut, (await Store.GetAsync(subscriberId, CancellationToken.None))!.EmailStatus);
        Assert.Null(await set.SignUps.AlreadyConfirmedEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None));
        var stored = (await set.SignUps.FindAsync(started.SignUp.Id, CancellationToken.None))!;
        Assert.False(stored.EmailConfirmed); // waits again: "send me a new link" sends one, and only a new press confirms
        var resent = await set.SignUps.ResendAsync(stored, CancellationToken.None);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await set.SignUps.ConfirmEmailAsync(started.SignUp.Id, resent.EmailConfirmationToken, CancellationToken.None)).Kind);
        Assert.False(await Suppressions.IsSuppressedAsync(Channel.Email, email, CancellationToken.None));
    }

    [Fact]
    public async Task A_link_issued_after_the_opt_out_lifts_it_only_as_read()
    {
        var email = Address();
        var joined = await ConfirmedAsync(email, "Syria");
        await UnsubscribeAsync(joined.Subscriber!.Id);
        var back = await SignUps.StartAsync(set.SignUps, email, null, "Elections");

        Assert.Equal(SignUpOutcomeKind.Confirmed, (await set.SignUps.ConfirmEmailAsync(back.SignUp.Id, back.EmailConfirmationToken, CancellationToken.None)).Kind);
        Assert.False(await Suppressions.IsSuppressedAsync(Channel.Email, email, CancellationToken.None));
        Assert.Equal(ContactStatus.Confirmed, (await Store.GetAsync(joined.Subscriber.Id, CancellationToken.None))!.EmailStatus);
    }

    [Fact]
    public async Task Sign_up_confirm_unsubscribe_then_the_old_link_on_the_page_restarts_nothing()
    {
        var email = Address();
        var first = await SignUps.StartAsync(set.SignUps, email, null, "Syria");
        var button = await set.Host.Client.GetStringAsync(new Uri($"confirm?signUp={first.SignUp.Id}&token={Uri.EscapeDataString(first.EmailConfirmationToken!)}", UriKind.Relative));
        var joined = await set.SignUps.ConfirmEmailAsync(first.SignUp.Id, first.EmailConfirmationToken, CancellationToken.None);
        await UnsubscribeAsync(joined.Subscriber!.Id);

        var (pressed, page) = await HtmlForms.PostAsync(set.Host.Client, Assert.Single(HtmlForms.Of(button)));

        Assert.Equal(HttpStatusCode.Forbidden, pressed.StatusCode);
        Assert.Contains(PageStrings.LinkNotValidMessage, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(ContactStatus.OptedOut, (await Store.GetAsync(joined.Subscriber.Id, CancellationToken.None))!.EmailStatus);
        Assert.True(await Suppressions.IsSuppressedAsync(Channel.Email, email, CancellationToken.None));
    }

    [Theory]
    [InlineData(SuppressionReason.HardBounce)]
    [InlineData(SuppressionReason.Unsubscribe)]
    [InlineData(SuppressionReason.StopEverything)]
    public async Task Every_email_suppression_voids_the_links_sent_before_it(SuppressionReason reason)
    {
        var email = Address();
        var waiting = await SignUps.StartAsync(set.SignUps, email, null, "Syria");

        await Suppressions.SuppressAsync(Channel.Email, email, reason, CancellationToken.None);

        Assert.Null((await set.SignUps.FindAsync(waiting.SignUp.Id, CancellationToken.None))!.Pending.EmailNonce);
        Assert.Equal(SignUpOutcomeKind.Forbidden, (await set.SignUps.ConfirmEmailAsync(waiting.SignUp.Id, waiting.EmailConfirmationToken, CancellationToken.None)).Kind);
        Assert.Null(await Store.FindIdByEmailAsync(email, CancellationToken.None));
    }

    [Theory]
    [InlineData(SuppressionReason.ProviderOptOut)]
    [InlineData(SuppressionReason.OptOutReply)]
    [InlineData(SuppressionReason.StopEverything)]
    public async Task Every_number_suppression_voids_the_codes_sent_before_it(SuppressionReason reason)
    {
        var phone = TestPhones.NewValid();
        var waiting = await SignUps.StartAsync(set.SignUps, null, phone, "Syria");

        await Suppressions.SuppressAsync(Channel.Sms, phone, reason, CancellationToken.None);

        Assert.True(SignUpService.IsCodeUsedUp(await set.SignUps.ConfirmSmsAsync(waiting.SignUp.Id, waiting.SmsCode, CancellationToken.None)));
        Assert.Null(await Store.FindIdByPhoneAsync(phone, CancellationToken.None));
    }

    [Fact]
    public async Task A_code_claimed_before_a_carrier_opt_out_confirms_nothing()
    {
        var phone = TestPhones.NewValid();
        var waiting = await SignUps.StartAsync(set.SignUps, null, phone, "Syria");
        set.Pausing.PauseAfterReplacing(waiting.SignUp.Id); // the code is claimed; the join has not begun
        var entering = set.Paused.ConfirmSmsAsync(waiting.SignUp.Id, waiting.SmsCode, CancellationToken.None);
        await set.Pausing.Reached.WaitAsync(Deadline);

        await Suppressions.SuppressAsync(Channel.Sms, phone, SuppressionReason.ProviderOptOut, CancellationToken.None);
        set.Pausing.Release();

        Assert.True(SignUpService.IsCodeUsedUp(await entering.WaitAsync(Deadline)));
        Assert.Null(await Store.FindIdByPhoneAsync(phone, CancellationToken.None));
    }

    private static string Address() => $"wins16-{Guid.NewGuid():N}@example.com";

    private async Task<SignUpOutcome> ConfirmedAsync(string email, params string[] topics)
    {
        var started = await SignUps.StartAsync(set.SignUps, email, null, topics);
        var joined = await set.SignUps.ConfirmEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None);
        Assert.Equal(SignUpOutcomeKind.Confirmed, joined.Kind);
        return joined;
    }

    // The one-click unsubscribe as the API applies it (its token, as an alert's link carries it).
    private async Task UnsubscribeAsync(string subscriberId)
    {
        var token = set.Host.Services.GetRequiredService<TokenSigner>().Issue(TokenPurpose.Unsubscribe, subscriberId, AlertLinks.Lifetime);
        Assert.Equal(SubscriberOutcomeKind.Ok, (await set.Host.Services.GetRequiredService<SubscriberService>().UnsubscribeEmailAsync(token, CancellationToken.None)).Kind);
    }
}
