namespace NewsAlerts.Integration.Tests.Subscribers;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16: voiding older links (a sign-up made again) wrote without an ETag, so a confirmation of the older link at
/// the same instant could be overwritten (the sign-up unconfirmed again while its subscriber was joined) or the voided
/// link brought back. Both writes are now conditional on the version read (Table storage on Azurite): exactly one of
/// "confirm the old" and "void the old" wins, and the store says which. The interleaving is forced by a store that
/// pauses one writer between its read and its write until the other has written.
/// </summary>
public sealed class Confirming_an_older_link_and_voiding_it_never_both_win(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Deadline = PausedSignUps.Deadline;
    private PausedSignUps set = null!;
    private TestFunctionHost host = null!;
    private SignUpService signUps = null!;
    private PausingSignUpStore pausing = null!;
    private SignUpService paused = null!;

    public async Task InitializeAsync()
    {
        set = await PausedSignUps.StartAsync(fixture.Stack);
        host = set.Host;
        signUps = set.SignUps;
        pausing = set.Pausing;
        paused = set.Paused;
    }

    public async Task DisposeAsync() => await set.DisposeAsync();

    [Fact]
    public async Task A_link_confirmed_while_a_newer_sign_up_voids_it_stays_confirmed()
    {
        var email = Address();
        var old = await signUps.SignUpAsync(Request(email, null, "Syria"), CancellationToken.None);
        pausing.PauseBeforeReplacing(old.SignUp.Id);
        var again = paused.SignUpAsync(Request(email, null, "Elections"), CancellationToken.None);
        await pausing.Reached.WaitAsync(Deadline); // the void has read the old sign-up and waits to write

        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmEmailAsync(old.SignUp.Id, old.EmailConfirmationToken, CancellationToken.None)).Kind);
        pausing.Release();
        await again.WaitAsync(Deadline);

        var stored = (await signUps.FindAsync(old.SignUp.Id, CancellationToken.None))!;
        Assert.True(stored.EmailConfirmed);
        Assert.Null(stored.Pending.EmailNonce);
        Assert.Equal(SignUpOutcomeKind.Forbidden, (await signUps.ConfirmEmailAsync(old.SignUp.Id, old.EmailConfirmationToken, CancellationToken.None)).Kind);
    }

    [Fact]
    public async Task A_link_voided_while_it_is_being_confirmed_confirms_nothing()
    {
        var email = Address();
        var old = await signUps.SignUpAsync(Request(email, null, "Syria"), CancellationToken.None);
        pausing.PauseBeforeReplacing(old.SignUp.Id);
        var confirming = paused.ConfirmEmailAsync(old.SignUp.Id, old.EmailConfirmationToken, CancellationToken.None);
        await pausing.Reached.WaitAsync(Deadline); // the confirmation has read the sign-up and waits to claim its link

        var newer = await signUps.SignUpAsync(Request(email, null, "Elections"), CancellationToken.None);
        pausing.Release();

        Assert.Equal(SignUpOutcomeKind.Forbidden, (await confirming.WaitAsync(Deadline)).Kind);
        Assert.False((await signUps.FindAsync(old.SignUp.Id, CancellationToken.None))!.EmailConfirmed);
        Assert.Null(await host.Services.GetRequiredService<ISubscriberStore>().FindIdByEmailAsync(email, CancellationToken.None));
        Assert.Equal(newer.SignUp.Id, (await signUps.ReplacedLinkAsync(old.SignUp.Id, old.EmailConfirmationToken, CancellationToken.None))?.Id);
        var confirmed = await signUps.ConfirmEmailAsync(newer.SignUp.Id, newer.EmailConfirmationToken, CancellationToken.None);
        Assert.Equal(["Elections"], confirmed.Subscriber!.Topics.Select(t => t.Text));
    }

    [Fact]
    public async Task A_code_entered_while_a_newer_sign_up_voids_it_stays_confirmed()
    {
        var phone = TestPhones.NewValid();
        var old = await signUps.SignUpAsync(Request(Address(), phone, "Syria"), CancellationToken.None);
        pausing.PauseBeforeReplacing(old.SignUp.Id);
        var again = paused.SignUpAsync(Request(Address(), phone, "Elections"), CancellationToken.None);
        await pausing.Reached.WaitAsync(Deadline);

        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmSmsAsync(old.SignUp.Id, old.SmsCode, CancellationToken.None)).Kind);
        pausing.Release();
        await again.WaitAsync(Deadline);

        Assert.True((await signUps.FindAsync(old.SignUp.Id, CancellationToken.None))!.SmsConfirmed);
    }

    [Fact]
    public async Task A_code_voided_while_it_is_being_entered_confirms_nothing_and_says_a_newer_one_was_sent()
    {
        var phone = TestPhones.NewValid();
        var old = await signUps.SignUpAsync(Request(Address(), phone, "Syria"), CancellationToken.None);
        pausing.PauseBeforeReplacing(old.SignUp.Id);
        var entering = paused.ConfirmSmsAsync(old.SignUp.Id, old.SmsCode, CancellationToken.None);
        await pausing.Reached.WaitAsync(Deadline);

        var newer = await signUps.SignUpAsync(Request(Address(), phone, "Elections"), CancellationToken.None);
        pausing.Release();

        Assert.True(SignUpService.IsCodeReplaced(await entering.WaitAsync(Deadline)));
        Assert.False((await signUps.FindAsync(old.SignUp.Id, CancellationToken.None))!.SmsConfirmed);
        Assert.Null(await host.Services.GetRequiredService<ISubscriberStore>().FindIdByPhoneAsync(phone, CancellationToken.None));
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmSmsAsync(newer.SignUp.Id, newer.SmsCode, CancellationToken.None)).Kind);
    }

    [Fact]
    public async Task A_wrong_code_counted_while_the_code_is_voided_does_not_bring_it_back()
    {
        var phone = TestPhones.NewValid();
        var old = await signUps.SignUpAsync(Request(Address(), phone, "Syria"), CancellationToken.None);
        pausing.PauseBeforeReplacing(old.SignUp.Id);
        var wrong = old.SmsCode == "000000" ? "111111" : "000000";
        var entering = paused.ConfirmSmsAsync(old.SignUp.Id, wrong, CancellationToken.None);
        await pausing.Reached.WaitAsync(Deadline); // about to count the wrong try

        await signUps.SignUpAsync(Request(Address(), phone, "Elections"), CancellationToken.None);
        pausing.Release();

        Assert.True(SignUpService.IsCodeReplaced(await entering.WaitAsync(Deadline)));
        Assert.Null((await signUps.FindAsync(old.SignUp.Id, CancellationToken.None))!.Pending.SmsCodeHash);
        Assert.True(SignUpService.IsCodeReplaced(await signUps.ConfirmSmsAsync(old.SignUp.Id, old.SmsCode, CancellationToken.None)));
    }

    [Fact]
    public async Task The_store_replaces_a_sign_up_only_as_it_was_read()
    {
        var store = host.Services.GetRequiredService<ISignUpStore>();
        var read = (await signUps.SignUpAsync(Request(Address(), null, "Syria"), CancellationToken.None)).SignUp;
        var voided = read with { Pending = read.Pending with { EmailNonce = null } };
        var tried = read with { Pending = read.Pending with { SmsCodeAttempts = 1 } };

        Assert.True(await store.ReplaceIfUnchangedAsync(read, voided, CancellationToken.None));
        Assert.False(await store.ReplaceIfUnchangedAsync(read, tried, CancellationToken.None)); // read before the void: refused
        Assert.Equal(voided.Pending, (await store.GetAsync(read.Id, CancellationToken.None))!.Pending);
        var missing = "u" + Guid.NewGuid().ToString("N");
        Assert.False(await store.ReplaceIfUnchangedAsync(read with { Id = missing }, tried with { Id = missing }, CancellationToken.None)); // none stored: nothing written
        Assert.Null(await store.GetAsync(missing, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ReplaceIfUnchangedAsync(read, read with { Id = "u-other" }, CancellationToken.None));
    }

    private static string Address() => $"race-{Guid.NewGuid():N}@example.com";

    private static SubscriberRequest Request(string email, string? phone, string topic) => new(email, phone, "UTC", [(topic, false)], 2);
}
