namespace NewsAlerts.Integration.Tests.Subscribers;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16 (stop 33, left 3), the kind of <see cref="Every_sign_up_write_is_conditional_on_the_version_read"/> in the
/// manage link's one sign-up: starting a change of address or number, cancelling one, and the first write of a resend
/// from the preference centre wrote without a condition, so each could undo a code confirmed between its read and its
/// write, or void a change written first. Each is now written only over the version read (inserted only if absent),
/// and a writer that loses reads again. Interleavings forced by <see cref="PausingSignUpStore"/>, on Azurite.
/// </summary>
public sealed class Contact_changes_and_the_manage_links_first_write_are_conditional(StackFixture fixture) : InterleavedSignUpTests(fixture), IClassFixture<StackFixture>
{
    [Fact]
    public async Task A_cancel_written_while_the_numbers_code_confirms_leaves_the_number_confirmed()
    {
        var (id, token) = await JoinedAsync();
        var phone = TestPhones.NewValid();
        var (change, code) = await StartPhoneChangeAsync(id, token, phone);
        Pausing.PauseBeforeReplacing(change.Id); // the cancel has read the change and waits to write
        var cancelling = Paused.CancelContactChangeAsync(id, token, Channel.Sms, CancellationToken.None);
        await Pausing.Reached.WaitAsync(Deadline);

        Assert.Equal(SignUpOutcomeKind.Confirmed, (await SignUps.ConfirmManagedSmsAsync(id, token, code, CancellationToken.None)).Kind);
        Pausing.Release();
        Assert.Equal(SubscriberOutcomeKind.Ok, (await cancelling.WaitAsync(Deadline)).Kind);

        var subscriber = (await Set.Host.Services.GetRequiredService<ISubscriberStore>().GetAsync(id, CancellationToken.None))!;
        Assert.Equal(phone, subscriber.Phone);
        Assert.Equal(ContactStatus.Confirmed, subscriber.SmsStatus);
        Assert.Equal(id, await SignUps.ManagedSmsConfirmedAlreadyAsync(change.Id, token, CancellationToken.None)); // the confirmation is still on record
    }

    [Fact]
    public async Task A_new_address_started_while_the_numbers_code_confirms_does_not_make_the_used_code_work_again()
    {
        var (id, token) = await JoinedAsync();
        var (change, code) = await StartPhoneChangeAsync(id, token, TestPhones.NewValid());
        var (_, kind, emailChange) = await SignUps.PrepareContactChangeAsync(id, token, Channel.Email, Address(), CancellationToken.None);
        Assert.Equal(ContactChangeKind.Confirm, kind);
        Pausing.PauseBeforeReplacing(change.Id); // the new address's write has read the sign-up holding the number's code
        var starting = Paused.StartContactChangeAsync(emailChange!, Channel.Email, CancellationToken.None);
        await Pausing.Reached.WaitAsync(Deadline);

        Assert.Equal(SignUpOutcomeKind.Confirmed, (await SignUps.ConfirmManagedSmsAsync(id, token, code, CancellationToken.None)).Kind);
        Pausing.Release();
        var started = await starting.WaitAsync(Deadline);

        Assert.NotNull(started.EmailConfirmationToken);
        var stored = (await SignUps.FindAsync(change.Id, CancellationToken.None))!;
        Assert.Null(stored.Pending.SmsCodeHash);
        Assert.NotEqual(SignUpOutcomeKind.Confirmed, (await SignUps.ConfirmSmsAsync(change.Id, code, CancellationToken.None)).Kind);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await SignUps.ConfirmEmailAsync(change.Id, started.EmailConfirmationToken, CancellationToken.None)).Kind);
    }

    [Fact]
    public async Task Two_first_changes_at_once_both_keep_their_link_and_code()
    {
        var (id, token) = await JoinedAsync();
        var (_, _, emailChange) = await SignUps.PrepareContactChangeAsync(id, token, Channel.Email, Address(), CancellationToken.None);
        var (_, _, phoneChange) = await SignUps.PrepareContactChangeAsync(id, token, Channel.Sms, TestPhones.NewValid(), CancellationToken.None);
        Assert.Null(await SignUps.FindAsync(emailChange!.Id, CancellationToken.None)); // none stored: both are first writes
        Pausing.PauseBeforeAdding(emailChange.Id);
        var emailStarting = Paused.StartContactChangeAsync(emailChange, Channel.Email, CancellationToken.None);
        await Pausing.Reached.WaitAsync(Deadline);

        var phoneStarted = await SignUps.StartContactChangeAsync(phoneChange!, Channel.Sms, CancellationToken.None);
        Pausing.Release();
        var emailStarted = await emailStarting.WaitAsync(Deadline);

        Assert.NotNull(emailStarted.EmailConfirmationToken);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await SignUps.ConfirmSmsAsync(phoneStarted.SignUp.Id, phoneStarted.SmsCode, CancellationToken.None)).Kind);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await SignUps.ConfirmEmailAsync(emailChange.Id, emailStarted.EmailConfirmationToken, CancellationToken.None)).Kind);
    }

    [Fact]
    public async Task A_first_resend_from_the_preference_centre_loses_to_a_change_written_meanwhile_and_sends_nothing()
    {
        var (id, token) = await JoinedAsync();
        Assert.Equal(SubscriberOutcomeKind.Ok, (await Set.Host.Services.GetRequiredService<SubscriberService>().StopEverythingAsync(id, token, CancellationToken.None)).Kind);
        var (_, resend) = await SignUps.PrepareResendForSubscriberAsync(id, token, CancellationToken.None); // the address, opted out, may be confirmed again
        Assert.NotNull(resend);
        Assert.Null(await SignUps.FindAsync(resend.Id, CancellationToken.None));
        Pausing.PauseBeforeAdding(resend.Id);
        var resending = Paused.ResendAsync(resend, email: true, sms: true, CancellationToken.None);
        await Pausing.Reached.WaitAsync(Deadline);

        var phone = TestPhones.NewValid();
        var (change, _) = await StartPhoneChangeAsync(id, token, phone);
        Pausing.Release();
        var resent = await resending.WaitAsync(Deadline);

        Assert.Null(resent.EmailConfirmationToken);
        Assert.Null(resent.SmsCode);
        var stored = (await SignUps.FindAsync(change.Id, CancellationToken.None))!;
        Assert.Equal(phone, stored.Phone); // the change written first keeps its code
        Assert.NotNull(stored.Pending.SmsCodeHash);
    }

    private async Task<(string Id, string Token)> JoinedAsync()
    {
        var started = await SignUps.SignUpAsync(new SubscriberRequest(Address(), null, "UTC", [("Syria", false)], 2), CancellationToken.None);
        var joined = await SignUps.ConfirmEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None);
        return (joined.Subscriber!.Id, joined.ManageToken!);
    }

    private async Task<(PendingSignUp Change, string Code)> StartPhoneChangeAsync(string id, string token, string phone)
    {
        var (_, kind, change) = await SignUps.PrepareContactChangeAsync(id, token, Channel.Sms, phone, CancellationToken.None);
        Assert.Equal(ContactChangeKind.Confirm, kind);
        var started = await SignUps.StartContactChangeAsync(change!, Channel.Sms, CancellationToken.None);
        return (started.SignUp, started.SmsCode!);
    }

    private static string Address() => $"change16-{Guid.NewGuid():N}@example.com";
}
