namespace NewsAlerts.Integration.Tests.Subscribers;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16, the rest of the kind <see cref="Confirming_an_older_link_and_voiding_it_never_both_win"/> fixed: the final
/// "confirmed" write of a confirmation, a sign-up continued by signing up again and a resend's own write were
/// unconditional, so each could undo a confirmation landing between its read and its write (the code then confirmed
/// again, the contact showed as waiting). Each is now written only over the version read, and a double press waits for
/// the first press's join (<see cref="JoinsInFlight"/>). Interleavings forced by <see cref="PausingSignUpStore"/>, on Azurite.
/// </summary>
public sealed class Every_sign_up_write_is_conditional_on_the_version_read(StackFixture fixture) : InterleavedSignUpTests(fixture), IClassFixture<StackFixture>
{
    [Fact]
    public async Task A_code_entered_while_the_link_writes_confirmed_stays_confirmed_and_used()
    {
        var started = await SignUps.SignUpAsync(Request(Address(), TestPhones.NewValid(), "Syria"), CancellationToken.None);
        Pausing.PauseBeforeReplacing(started.SignUp.Id, after: 1); // after the link's claim: its final write
        var linking = Paused.ConfirmEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None);
        await Pausing.Reached.WaitAsync(Deadline);

        Assert.Equal(SignUpOutcomeKind.Confirmed, (await SignUps.ConfirmSmsAsync(started.SignUp.Id, started.SmsCode, CancellationToken.None)).Kind);
        Pausing.Release();
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await linking.WaitAsync(Deadline)).Kind);

        var stored = (await SignUps.FindAsync(started.SignUp.Id, CancellationToken.None))!;
        Assert.True(stored.EmailConfirmed);
        Assert.True(stored.SmsConfirmed);
        Assert.Null(stored.Pending.SmsCodeHash);
        Assert.NotEqual(SignUpOutcomeKind.Confirmed, (await SignUps.ConfirmSmsAsync(started.SignUp.Id, started.SmsCode, CancellationToken.None)).Kind);
    }

    [Fact]
    public async Task A_sign_up_continued_while_its_code_is_entered_leaves_it_confirmed_and_starts_a_new_one()
    {
        var phone = TestPhones.NewValid();
        var waiting = await SignUps.SignUpAsync(Request(null, phone, "Syria"), CancellationToken.None);
        Pausing.PauseBeforeReplacing(waiting.SignUp.Id); // the continuation's write
        var again = Paused.SignUpAsync(Request(null, phone, "Elections"), CancellationToken.None);
        await Pausing.Reached.WaitAsync(Deadline);

        Assert.Equal(SignUpOutcomeKind.Confirmed, (await SignUps.ConfirmSmsAsync(waiting.SignUp.Id, waiting.SmsCode, CancellationToken.None)).Kind);
        Pausing.Release();
        var started = await again.WaitAsync(Deadline);

        Assert.True((await SignUps.FindAsync(waiting.SignUp.Id, CancellationToken.None))!.SmsConfirmed);
        Assert.NotEqual(waiting.SignUp.Id, started.SignUp.Id);
        var confirmed = await SignUps.ConfirmSmsAsync(started.SignUp.Id, started.SmsCode, CancellationToken.None);
        Assert.Equal(["Syria", "Elections"], confirmed.Subscriber!.Topics.Select(t => t.Text));
    }

    [Fact]
    public async Task A_resend_written_while_the_link_confirms_sends_nothing_and_leaves_it_confirmed()
    {
        var started = await SignUps.SignUpAsync(Request(Address(), null, "Syria"), CancellationToken.None);
        var read = (await SignUps.FindAsync(started.SignUp.Id, CancellationToken.None))!;
        Pausing.PauseBeforeReplacing(started.SignUp.Id); // the resend's write
        var resending = Paused.ResendAsync(read, CancellationToken.None);
        await Pausing.Reached.WaitAsync(Deadline);

        Assert.Equal(SignUpOutcomeKind.Confirmed, (await SignUps.ConfirmEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None)).Kind);
        Pausing.Release();
        var resent = await resending.WaitAsync(Deadline);

        Assert.Null(resent.EmailConfirmationToken);
        var stored = (await SignUps.FindAsync(started.SignUp.Id, CancellationToken.None))!;
        Assert.True(stored.EmailConfirmed);
        Assert.Null(stored.Pending.EmailNonce);
    }

    [Fact]
    public async Task A_second_press_of_the_link_waits_for_the_first_join_and_finds_it_confirmed()
    {
        var started = await SignUps.SignUpAsync(Request(Address(), null, "Syria"), CancellationToken.None);
        Pausing.PauseBeforeReplacing(started.SignUp.Id, after: 1); // claimed and joined: about to write "confirmed"
        var first = Paused.ConfirmEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None);
        await Pausing.Reached.WaitAsync(Deadline);

        var second = SignUps.ConfirmEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None);
        await Eventually.TrueAsync(() => Task.FromResult(JoinsInFlight.WaitingFor(started.SignUp.Id, Channel.Email) == 1), "the second press waits for the first");
        Pausing.Release();

        Assert.Equal(SignUpOutcomeKind.Confirmed, (await first.WaitAsync(Deadline)).Kind);
        Assert.Equal(SignUpOutcomeKind.Forbidden, (await second.WaitAsync(Deadline)).Kind); // confirmed once, by the first
        Assert.NotNull(await SignUps.AlreadyConfirmedEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None));
    }

    [Fact]
    public async Task A_code_sent_twice_waits_for_the_first_join_and_is_not_called_replaced()
    {
        var started = await SignUps.SignUpAsync(Request(null, TestPhones.NewValid(), "Syria"), CancellationToken.None);
        Pausing.PauseBeforeReplacing(started.SignUp.Id, after: 1);
        var first = Paused.ConfirmSmsAsync(started.SignUp.Id, started.SmsCode, CancellationToken.None);
        await Pausing.Reached.WaitAsync(Deadline);

        var second = SignUps.ConfirmSmsAsync(started.SignUp.Id, started.SmsCode, CancellationToken.None);
        await Eventually.TrueAsync(() => Task.FromResult(JoinsInFlight.WaitingFor(started.SignUp.Id, Channel.Sms) == 1), "the second submit waits for the first");
        Pausing.Release();

        Assert.Equal(SignUpOutcomeKind.Confirmed, (await first.WaitAsync(Deadline)).Kind);
        Assert.False(SignUpService.IsCodeReplaced(await second.WaitAsync(Deadline)));
        Assert.True(await SignUps.SmsConfirmedAlreadyAsync(started.SignUp.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_new_code_from_the_preference_centre_code_page_while_its_code_confirms_sends_nothing_and_leaves_it_confirmed()
    {
        var started = await SignUps.SignUpAsync(Request(Address(), null, "Syria"), CancellationToken.None);
        var joined = await SignUps.ConfirmEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None);
        var (_, kind, change) = await SignUps.PrepareContactChangeAsync(joined.Subscriber!.Id, joined.ManageToken, Channel.Sms, TestPhones.NewValid(), CancellationToken.None);
        Assert.Equal(ContactChangeKind.Confirm, kind);
        var sent = await SignUps.StartContactChangeAsync(change!, Channel.Sms, CancellationToken.None);
        var read = (await SignUps.FindAsync(change!.Id, CancellationToken.None))!;
        Pausing.PauseBeforeReplacing(change.Id); // the code page's "send a new code" has read the manage link's sign-up
        var resending = Paused.ResendAsync(read, email: false, sms: true, CancellationToken.None);
        await Pausing.Reached.WaitAsync(Deadline);

        Assert.Equal(SignUpOutcomeKind.Confirmed, (await SignUps.ConfirmSmsAsync(change.Id, sent.SmsCode, CancellationToken.None)).Kind);
        Pausing.Release();
        var resent = await resending.WaitAsync(Deadline);

        Assert.Null(resent.SmsCode);
        var stored = (await SignUps.FindAsync(change.Id, CancellationToken.None))!;
        Assert.True(stored.SmsConfirmed);
        Assert.Null(stored.Pending.SmsCodeHash);
    }

    private static string Address() => $"write16-{Guid.NewGuid():N}@example.com";

    private static SubscriberRequest Request(string? email, string? phone, string topic) => new(email, phone, "UTC", [(topic, false)], 2);
}
