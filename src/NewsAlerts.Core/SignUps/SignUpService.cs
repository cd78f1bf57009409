namespace NewsAlerts.Core.SignUps;

using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Identity;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;

/// <summary>
/// Sign-up without enumeration: a sign-up looks the same whether its contacts are new, already subscribed or
/// suppressed, and hands out no subscriber id or manage token. Confirming a contact (the emailed link, the texted
/// code) proves control of it; only then is it joined to the subscriber that already has it (the requested topics are
/// added, up to the limit) or to a new one. Each contact belongs to at most one subscriber.
/// </summary>
public sealed class SignUpService(
    ISignUpStore signUps, ISubscriberStore store, IEnumerable<ISubscriberReplica> replicas, TokenSigner tokens, SuppressionList suppressions, TimeProvider time,
    SubscriberSync? sync = null)
{
    // Conditional writes that lose to another writer read again and decide afresh this many times before giving up.
    private const int MaxWriteAttempts = 5;

    // The confirmations of a sign-up made afresh, before any link or code was issued for it.
    private static readonly PendingConfirmations Unissued = new(null, null, null, 0);

    /// <summary>The one answer to a code that does not confirm, whatever the reason.</summary>
    public static SignUpOutcome WrongCode { get; } = SignUpOutcome.Forbidden("the code is wrong, expired or used up (after five tries); ask for a new one (resend)");

    /// <summary>
    /// The refusal of any code, the right one too, for a number whose code has expired or was tried wrongly
    /// <see cref="PendingConfirmations.MaxSmsCodeAttempts"/> times: only a new code (resend) confirms it now. Its reason
    /// is <see cref="WrongCode"/>'s, so the API answers alike; a page tells the person to ask for a new code
    /// (<see cref="IsCodeUsedUp"/>: the two are equal as values, told apart by reference).
    /// </summary>
    public static SignUpOutcome CodeUsedUp { get; } = SignUpOutcome.Forbidden(WrongCode.Reason!);

    /// <summary>Whether <paramref name="outcome"/> is <see cref="CodeUsedUp"/>: no code, not even the right one, confirms the number any more.</summary>
    public static bool IsCodeUsedUp(SignUpOutcome outcome) => ReferenceEquals(outcome, CodeUsedUp);

    /// <summary>
    /// The refusal of any code for a sign-up whose code was voided by a newer one sent to its number (the number signed
    /// up again with other choices, <see cref="SignUpsAgain.Voided"/>): only the newest code confirms, as only the newest
    /// link does (<see cref="NewestLinks"/>). Its reason is <see cref="WrongCode"/>'s, so the API answers alike; the code
    /// page of this sign-up (whose holder typed the number) says a newer code was sent and offers a new one for itself
    /// (<see cref="IsCodeReplaced"/>, told apart by reference).
    /// </summary>
    public static SignUpOutcome CodeReplaced { get; } = SignUpOutcome.Forbidden(WrongCode.Reason!);

    /// <summary>Whether <paramref name="outcome"/> is <see cref="CodeReplaced"/>: a newer code went to the number, so this sign-up's code no longer confirms.</summary>
    public static bool IsCodeReplaced(SignUpOutcome outcome) => ReferenceEquals(outcome, CodeReplaced);

    /// <summary>
    /// The refusal of a code that this very sign-up held before a newer code of its own replaced it (the number signed up
    /// again with other choices and the sign-up was continued, or "Send me a new code": <see cref="SupersededCodes"/>,
    /// trial r37 #3). Its reason is <see cref="WrongCode"/>'s, so the API answers alike; the code page says a newer code
    /// was sent and to enter the newest text's code (<see cref="IsCodeSuperseded"/>, told apart by reference). No try is
    /// counted: the person typed a code we sent.
    /// </summary>
    public static SignUpOutcome CodeSuperseded { get; } = SignUpOutcome.Forbidden(WrongCode.Reason!);

    /// <summary>Whether <paramref name="outcome"/> is <see cref="CodeSuperseded"/>: the code was this sign-up's, replaced by its newer one.</summary>
    public static bool IsCodeSuperseded(SignUpOutcome outcome) => ReferenceEquals(outcome, CodeSuperseded);

    /// <summary>
    /// Starts a sign-up; the answer cannot tell whether the contacts are known (subscribed, suppressed or new). A number
    /// whose sign-up still waits for its code (the code page was closed) continues that sign-up instead
    /// (<see cref="SignUpsAgain"/>): the same id with this request's choices and a fresh code, so the person lands on
    /// the code page of the one sign-up; any other code waiting for the number is voided. A number on the suppression list
    /// gets its code stored and withheld (<see cref="StoppedNumbers"/>): texted nothing, answered alike. A new sign-up is
    /// written insert-if-absent (<see cref="ISignUpStore.AddIfAbsentAsync"/>) under a fresh random id, drawn again if taken.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The store reported five fresh random ids in a row taken (a broken store).</exception>
    public async Task<SignUpStarted> SignUpAsync(SubscriberRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var topics = TopicsOf(request);
        if (request.Phone is { } phone)
        {
            var candidates = await signUps.FindByPhoneAsync(phone, cancellationToken);
            var continued = SignUpsAgain.Continued(candidates, phone, request.Email);
            await VoidAsync(candidates, c => SignUpsAgain.Voided(c, phone, continued?.Id), cancellationToken);

            while (continued is not null)
            {
                // The latest choices win, as a form filled in again; an address confirmed already stays confirmed.
                var again = continued with
                {
                    Email = request.Email ?? continued.Email,
                    TimeZone = request.TimeZone,
                    Topics = topics,
                    SmsMaxUrgency = request.SmsMaxUrgency,
                    Preferences = request.Preferences,
                    Language = request.Language,
                    Languages = request.Languages,
                    Given = request.Given,
                };
                var (fresh, token, code) = Fresh(again, email: request.Email is not null && !again.EmailConfirmed, sms: true);
                again = again with { Pending = fresh };
                // Written only over the sign-up as read (issue 16): its code entered meanwhile stays confirmed; it is read
                // again, and one no longer waiting for its code is not continued (a new sign-up starts below).
                if (await signUps.ReplaceIfUnchangedAsync(continued, again, cancellationToken))
                {
                    await VoidOtherLinksAsync(again, token is not null, cancellationToken);
                    return await WithheldIfStoppedAsync(new SignUpStarted(again, token, code), cancellationToken);
                }

                continued = await signUps.GetAsync(continued.Id, cancellationToken) is { } reread ? SignUpsAgain.Continued([reread], phone, request.Email) : null;
            }
        }

        for (var attempt = 1; ; attempt++)
        {
            var id = "u" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(15));
            var signUp = new PendingSignUp(
                id, request.Email, request.Phone, request.TimeZone, topics, request.SmsMaxUrgency, time.GetUtcNow(), new PendingConfirmations(null, null, null, 0))
            {
                Preferences = request.Preferences,
                Language = request.Language,
                Languages = request.Languages,
                Given = request.Given,
            };
            var (pending, emailToken, smsCode) = Fresh(signUp, email: request.Email is not null, sms: request.Phone is not null);
            signUp = signUp with { Pending = pending };
            // Insert-if-absent: 120 random bits make a clash astronomically rare, but a write over another sign-up would
            // hand its person's pending confirmations to this one; a taken id is drawn again (with new links and codes).
            if (await signUps.AddIfAbsentAsync(signUp, cancellationToken))
            {
                await VoidOtherLinksAsync(signUp, emailToken is not null, cancellationToken);
                return await WithheldIfStoppedAsync(new SignUpStarted(signUp, emailToken, smsCode), cancellationToken);
            }

            if (attempt == MaxWriteAttempts)
            {
                throw new InvalidOperationException($"{MaxWriteAttempts} fresh random sign-up ids in a row were taken: the sign-up store does not insert as asked.");
            }
        }
    }

    // A number on the suppression list is texted nothing, its code withheld (StoppedNumbers), asked last before the
    // send; the sign-up and its code are stored as for any number, so no answer tells that the number replied STOP.
    private async Task<SignUpStarted> WithheldIfStoppedAsync(SignUpStarted started, CancellationToken cancellationToken) =>
        StoppedNumbers.Withheld(started, started.SmsCode is not null && await NumberStoppedAsync(started.SignUp.Phone, cancellationToken));

    // Only the newest link sent to an address confirms it (NewestLinks): the other sign-ups' links for it are voided.
    private async Task VoidOtherLinksAsync(PendingSignUp kept, bool linkSent, CancellationToken cancellationToken)
    {
        if (!linkSent || kept.Email is not { } email || !SignUpIds.IsOfSignUpForm(kept.Id))
        {
            return;
        }

        await VoidAsync(await signUps.FindByEmailAsync(email, cancellationToken), c => NewestLinks.Voided(c, email, kept.Id), cancellationToken);
    }

    // Of "confirm the old" and "void the old" exactly one wins (ConditionalVoids).
    private Task VoidAsync(
        IReadOnlyList<PendingSignUp> candidates, Func<IReadOnlyList<PendingSignUp>, IReadOnlyList<PendingSignUp>> voiding, CancellationToken cancellationToken) =>
        ConditionalVoids.VoidAsync(signUps, candidates, voiding, cancellationToken);

    /// <summary>
    /// The waiting sign-up that <paramref name="request"/> repeats, with what each of its channels is owed
    /// (<see cref="SignUpRepeats.Of"/>: the same contacts and the same choices; a link or code that still works is
    /// kept, a spent or unsent one is owed anew), or null when it is a new sign-up. Read before the rate limits, so
    /// only the contacts owed something are counted against the per-contact allowance. A repeat owed nothing stores and
    /// sends nothing: what was sent still confirms exactly these choices; one owed a link or code gets it from
    /// <see cref="ResendAsync(PendingSignUp, bool, bool, CancellationToken)"/> for those channels only.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public async Task<SignUpRepeat?> RepeatedAsync(SubscriberRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var candidates = request.Phone is { } phone
            ? await signUps.FindByPhoneAsync(phone, cancellationToken)
            : request.Email is { } email ? await signUps.FindByEmailAsync(email, cancellationToken) : [];
        var repeat = SignUpRepeats.Of(candidates, request.Email, request.Phone, time.GetUtcNow());

        // Only the same choices make a repeat: anyone may type a person's address, so a form with other choices is a
        // sign-up again (a new link or code sent to the contact, who sees it; the per-contact limit spent), never a
        // silent rewrite of what the contact's waiting link would confirm (review of issue 16).
        return repeat is not null && SignUpRepeats.SameChoices(repeat.Waiting, Requested(repeat.Waiting, request)) ? repeat : null;
    }

    // The waiting sign-up as the request would have it (its id, contacts and confirmations kept).
    private static PendingSignUp Requested(PendingSignUp waiting, SubscriberRequest request) => waiting with
    {
        TimeZone = request.TimeZone,
        Topics = TopicsOf(request),
        SmsMaxUrgency = request.SmsMaxUrgency,
        Preferences = request.Preferences,
        Language = request.Language,
        Languages = request.Languages,
        Given = request.Given,
    };

    private static List<Topic> TopicsOf(SubscriberRequest request) =>
        [.. request.Topics.Select((t, i) => new Topic($"t{i + 1}", t.Text, t.Exact, request.TopicLanguages?.ElementAtOrDefault(i)))];

    /// <summary>
    /// The sign-up a new sign-up with <paramref name="phone"/> and <paramref name="email"/> would continue
    /// (<see cref="SignUpsAgain.Continued"/>), or null: where a sign-up refused by the per-contact limit can still
    /// enter the code it holds.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="phone"/> is null.</exception>
    public async Task<PendingSignUp?> WaitingForNumberAsync(string phone, string? email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return SignUpsAgain.Continued(await signUps.FindByPhoneAsync(phone, cancellationToken), phone, email);
    }

    /// <summary>
    /// Whether <paramref name="phone"/> (E.164) is on the suppression list (it replied STOP, its carrier opted it out, or
    /// "stop everything"): it is then texted nothing, not even a code, until START (<see cref="StoppedNumbers"/>). False for null.
    /// </summary>
    public async Task<bool> NumberStoppedAsync(string? phone, CancellationToken cancellationToken) =>
        phone is not null && await suppressions.IsSuppressedAsync(Channel.Sms, phone, cancellationToken);

    /// <summary>
    /// Whether <paramref name="signUp"/>'s emailed link would still confirm its address now: the address waits, a link is
    /// held (not used or voided) and has not expired. False for rows stored before the link's expiry was kept. For a code
    /// sent again alone, whose page says the link still works (trial r37 #2).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="signUp"/> is null.</exception>
    public bool LinkWorks(PendingSignUp signUp)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        return signUp is { Email: not null, EmailConfirmed: false, Pending: { EmailNonce: not null, EmailLinkExpiresAt: { } expires } } && expires > time.GetUtcNow();
    }

    /// <summary>
    /// Whether <paramref name="signUp"/>'s texted code would still confirm its number now: the number waits, a code is
    /// held, has not expired and has tries left (<see cref="PendingConfirmations.MaxSmsCodeAttempts"/>). For a link sent
    /// again alone, whose notice says the code still works (sub16b).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="signUp"/> is null.</exception>
    public bool CodeWorks(PendingSignUp signUp)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        return signUp is { Phone: not null, SmsConfirmed: false, Pending: { SmsCodeHash: not null, SmsCodeExpiresAt: { } expires } pending }
            && expires > time.GetUtcNow() && pending.SmsCodeAttempts < PendingConfirmations.MaxSmsCodeAttempts;
    }

    /// <summary>The sign-up with this id; null when there is none (or the id cannot be one).</summary>
    public Task<PendingSignUp?> FindAsync(string signUpId, CancellationToken cancellationToken) => signUps.GetAsync(signUpId, cancellationToken);

    /// <summary>
    /// How the link email of <paramref name="signUp"/> is worded, decided on its address's state as read now (issue 16,
    /// <see cref="SignUpEmails.KindOf"/>): the change email (<see cref="SignUpChange"/>: the holder, the topics still new,
    /// a manage token for the holder, as the email goes to the address only) when the address is its subscriber's confirmed
    /// one and not suppressed; null for the confirmation (new consent), and for the manage link's sign-ups (the holder's
    /// own changes) or a sign-up without an address. Called at every send, so a resend is worded as the address is then.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="signUp"/> is null.</exception>
    public async Task<SignUpChange?> ChangeEmailAsync(PendingSignUp signUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        if (signUp is not { Email: { } email, Replaces: false } || !SignUpIds.IsOfSignUpForm(signUp.Id)
            || await store.FindIdByEmailAsync(email, cancellationToken) is not { } id || await store.GetAsync(id, cancellationToken) is not { } holder
            || SignUpEmails.KindOf(email, holder, await suppressions.IsSuppressedAsync(Channel.Email, email, cancellationToken)) != SignUpEmailKind.Change)
        {
            return null;
        }

        return new SignUpChange(holder, SignUpEmails.NewTopics(holder.Topics, signUp.Topics), tokens.Issue(TokenPurpose.Manage, holder.Id, SubscriberService.ManageTokenLifetime));
    }

    /// <summary>
    /// The subscriber whose confirmed number <paramref name="signUp"/>'s number is, when the sign-up is of the sign-up form
    /// and not a change of number (sub16b): its code only adds topics to that subscriber (as <see cref="ConfirmSmsAsync"/>
    /// does, trial r37 #7), so the text says so, in the holder's language; null for any other number.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="signUp"/> is null.</exception>
    public async Task<Subscriber?> NumberHolderAsync(PendingSignUp signUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        return signUp is { Phone: { } phone, Replaces: false } && SignUpIds.IsOfSignUpForm(signUp.Id)
            && await store.FindIdByPhoneAsync(phone, cancellationToken) is { } id && await store.GetAsync(id, cancellationToken) is { } holder
            && IsConfirmedNumberOf(holder, phone)
            ? holder
            : null;
    }

    /// <summary>
    /// For the page of an emailed link (verify before telling, issue 16): when <paramref name="token"/> is the current link
    /// of sign-up <paramref name="signUpId"/> (signature, lifetime and nonce, as <see cref="ConfirmEmailAsync"/> checks
    /// them; the address still waiting) and its address is confirmed already (<see cref="ChangeEmailAsync"/>), the topics
    /// pressing it would add (none: all followed); otherwise null, and the page is the one every link gets. The sign-up is
    /// the one the caller read in this request (<paramref name="read"/>, null: none), so a page reads it once (issue 16: page time).
    /// </summary>
    public async Task<IReadOnlyList<Topic>?> LinkAddsTopicsAsync(string signUpId, string? token, PendingSignUp? read, CancellationToken cancellationToken)
    {
        var verified = tokens.Verify(token, TokenPurpose.ConfirmEmail);
        if (verified is null || verified.SubscriberId != signUpId
            || read is not { Email: not null, EmailConfirmed: false } signUp || signUp.Id != signUpId
            || signUp.Pending.EmailNonce != verified.Nonce)
        {
            return null;
        }

        return (await ChangeEmailAsync(signUp, cancellationToken))?.NewTopics;
    }

    /// <summary>
    /// A fresh confirmation for every contact of the sign-up still pending: a new link nonce and a new code (with five
    /// new tries, so a lockout is not the end), which voids the ones sent before, and, for a sign-up of the sign-up form,
    /// the links other sign-ups hold for its address and the codes they hold for its number: only the newest confirms
    /// (<see cref="NewestLinks"/>, <see cref="SignUpsAgain.Voided"/>). A number on the suppression list gets a fresh code
    /// stored and withheld (<see cref="StoppedNumbers"/>), so after START the next resend texts one.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="signUp"/> is null.</exception>
    public Task<SignUpStarted> ResendAsync(PendingSignUp signUp, CancellationToken cancellationToken) => ResendAsync(signUp, email: true, sms: true, cancellationToken);

    /// <summary>
    /// As <see cref="ResendAsync(PendingSignUp, CancellationToken)"/>, for the address only when <paramref name="email"/>
    /// and the number only when <paramref name="sms"/> (issue 16: a contact confirmed through another sign-up gets
    /// nothing). A sign-up as stored (of the sign-up form, or the manage link's read by the code page) is written only
    /// over itself as read (the ETag): one confirmed or changed meanwhile is read again, and only what still waits gets a
    /// fresh link or code (none: nothing is written or sent; gone: likewise). The manage link's sign-up made afresh by
    /// <see cref="PrepareResendForSubscriberAsync"/> replaces its last only as read just before (changed meanwhile:
    /// nothing is written or sent).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="signUp"/> is null.</exception>
    public async Task<SignUpStarted> ResendAsync(PendingSignUp signUp, bool email, bool sms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        string? emailToken;
        string? smsCode;
        while (true)
        {
            var read = signUp;
            var (pending, token, code) = Fresh(read, email: email && read.Email is not null && !read.EmailConfirmed, sms: sms && read.Phone is not null && !read.SmsConfirmed);
            if (token is null && code is null)
            {
                return new SignUpStarted(read, null, null);
            }

            (signUp, emailToken, smsCode) = (read with { Pending = pending }, token, code);
            if (!SignUpIds.IsOfSignUpForm(read.Id) && read.Pending == Unissued)
            {
                // The manage link's sign-up made afresh (PrepareResendForSubscriberAsync: it never held a link or code)
                // replaces its last only as read now (issue 16): a code of the last one confirmed meanwhile is not undone;
                // nothing is sent then (the preference centre shows what still waits). None stored yet: written as the first.
                if (await signUps.GetAsync(read.Id, cancellationToken) is not { } stored)
                {
                    // Inserted only if still absent: a change of address or number started meanwhile wins (its link or
                    // code is not voided by a resend that never read it); nothing is sent then.
                    if (await signUps.AddIfAbsentAsync(signUp, cancellationToken))
                    {
                        break;
                    }

                    return new SignUpStarted(read, null, null);
                }

                if (email != sms && stored.Email == read.Email && stored.Phone == read.Phone)
                {
                    // One channel sent again (sub16b: the preference centre's "Send me a new code" or "Send the link again"):
                    // the other channel's link or code, held by the last one for the same contacts, keeps working.
                    (var kept, emailToken, smsCode) = Fresh(read with { Pending = stored.Pending }, email: token is not null, sms: code is not null);
                    signUp = read with { Pending = kept };
                }
                else if (code is not null)
                {
                    // The code it replaces is remembered, as Fresh does for a sign-up written over itself (trial r37 #3).
                    signUp = signUp with { Pending = signUp.Pending with { SupersededSmsCodeHashes = SupersededCodes.With(stored.Pending.SupersededSmsCodeHashes, stored.Pending.SmsCodeHash) } };
                }

                if (await signUps.ReplaceIfUnchangedAsync(stored, signUp, cancellationToken))
                {
                    break;
                }

                return new SignUpStarted(read, null, null);
            }

            // As read (the code page's "send a new code" passes the sign-up it read): written only over that version.
            if (await signUps.ReplaceIfUnchangedAsync(read, signUp, cancellationToken))
            {
                break;
            }

            if (await signUps.GetAsync(read.Id, cancellationToken) is not { } reread)
            {
                return new SignUpStarted(read, null, null);
            }

            signUp = reread;
        }

        await VoidOtherLinksAsync(signUp, emailToken is not null, cancellationToken);
        if (smsCode is not null && signUp.Phone is { } phone && SignUpIds.IsOfSignUpForm(signUp.Id))
        {
            var kept = signUp.Id;
            await VoidAsync(await signUps.FindByPhoneAsync(phone, cancellationToken), c => SignUpsAgain.Voided(c, phone, kept), cancellationToken);
        }

        // A number that replied STOP is texted nothing, not even a new code (StoppedNumbers): only START lifts it.
        return await WithheldIfStoppedAsync(new SignUpStarted(signUp, emailToken, smsCode), cancellationToken);
    }

    /// <summary>
    /// The same from the manage link: the sign-up that would carry a fresh confirmation for the subscriber's own contacts
    /// that are not confirmed (an address pending, disabled or opted out: confirming it again lifts its suppression; a
    /// number pending or disabled, not one that replied STOP, which only START lifts). Nothing is stored yet: pass it to
    /// <see cref="ResendAsync"/> once the rate limits allow it. It is one sign-up per subscriber, so each resend voids
    /// the link and code sent before; confirming it joins the contact to this subscriber. The outcome is forbidden
    /// without a valid manage token for <paramref name="subscriberId"/>, not found when it is erased, and ok with no
    /// sign-up when nothing is waiting for confirmation.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriberId"/> is null.</exception>
    public async Task<(SubscriberOutcome Outcome, PendingSignUp? Resend)> PrepareResendForSubscriberAsync(
        string subscriberId, string? manageToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberId);
        if (tokens.Verify(manageToken, TokenPurpose.Manage) is not { } verified || verified.SubscriberId != subscriberId)
        {
            return (SubscriberOutcome.Forbidden("a valid manage token for this subscriber is required"), null);
        }

        // An id merged away as a duplicate resends for the survivor, the same person.
        if (await store.GetFollowingAliasesAsync(subscriberId, cancellationToken) is not { } subscriber)
        {
            return (SubscriberOutcome.NotFound, null);
        }

        // A change of address or number waiting for confirmation is sent again too (it shares this one sign-up).
        var (changedEmail, changedPhone) = ContactChanges.Pending(subscriber, await signUps.GetAsync(ManageSignUpId(subscriber.Id), cancellationToken));
        var email = changedEmail ?? (subscriber.Email is not null && subscriber.EmailStatus != ContactStatus.Confirmed ? subscriber.Email : null);
        var phone = changedPhone ?? (subscriber.Phone is not null && subscriber.SmsStatus is ContactStatus.Pending or ContactStatus.Disabled ? subscriber.Phone : null);

        // A disabled number may be one its carrier opted out (Twilio 21610), which is suppressed like a STOP: no code to it.
        if (phone is not null && await suppressions.IsSuppressedAsync(Channel.Sms, phone, cancellationToken))
        {
            phone = null;
        }

        var ok = new SubscriberOutcome(SubscriberOutcomeKind.Ok, subscriber);
        if (email is null && phone is null)
        {
            return (ok, null);
        }

        return (ok, new PendingSignUp(
            ManageSignUpId(subscriber.Id), email, phone, subscriber.TimeZone, [], subscriber.SmsMaxUrgency, time.GetUtcNow(),
            Unissued, SubscriberId: subscriber.Id, Replaces: changedEmail is not null || changedPhone is not null,
            Language: subscriber.Language, Languages: subscriber.Languages, // sent in the subscriber's language (trial r35 #1)
            // Its own address sent again after it stopped getting alerts (unsubscribed, or refused by the provider): its
            // pages welcome it back (session 42); an address never confirmed is confirmed as any other.
            ComesBack: changedEmail is null && email is not null && subscriber.EmailStatus is ContactStatus.OptedOut or ContactStatus.Disabled));
    }

    /// <summary>
    /// Adding or changing the address (<see cref="Channel.Email"/>) or number (<see cref="Channel.Sms"/>) from the manage
    /// link: <paramref name="contact"/> (normalised) gets a confirmation like a sign-up's, and only once it is confirmed
    /// does it replace the subscriber's (or join it, when it had none); until then the old one keeps receiving. The
    /// change shares the manage link's one sign-up, so it voids the link or code sent before for this channel only.
    /// Nothing is stored: pass the change to <see cref="StartContactChangeAsync"/> once the rate limits allow it. The
    /// outcome is forbidden without a valid manage token, not found when erased; the kind says whether a confirmation
    /// goes (<see cref="ContactChanges.Decide"/>), or is waiting already (<see cref="ContactChangeKind.Waiting"/>, with the
    /// stored change: nothing to store or send).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriberId"/> or <paramref name="contact"/> is null.</exception>
    public async Task<(SubscriberOutcome Outcome, ContactChangeKind Kind, PendingSignUp? Change)> PrepareContactChangeAsync(
        string subscriberId, string? manageToken, Channel channel, string contact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberId);
        ArgumentNullException.ThrowIfNull(contact);
        var (outcome, subscriber, existing) = await ManagedAsync(subscriberId, manageToken, cancellationToken);
        if (subscriber is null)
        {
            return (outcome, ContactChangeKind.Unchanged, null);
        }

        var kind = ContactChanges.Decide(subscriber, channel, contact, await suppressions.IsSuppressedAsync(channel, contact, cancellationToken));
        return kind != ContactChangeKind.Confirm ? (outcome, kind, null)
            : ContactChanges.Repeats(subscriber, existing, channel, contact, time.GetUtcNow()) ? (outcome, ContactChangeKind.Waiting, existing)
            : (outcome, kind, ContactChanges.With(subscriber, ManageSignUpId(subscriber.Id), existing, channel, contact, time.GetUtcNow()));
    }

    /// <summary>
    /// Stores a change from <see cref="PrepareContactChangeAsync"/> with a fresh link or code for its <paramref name="channel"/>,
    /// to send. It is written only over the manage link's sign-up as read here (inserted only if none is stored), built
    /// again on that read with the subscriber as stored (<see cref="ContactChanges.With"/>), so a code or link of the
    /// other channel confirmed or changed meanwhile is neither undone nor made to work again (issue 16); a write that
    /// loses reads again, up to five times. Nothing to send (null link and code) when the subscriber is gone or every try lost.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    public async Task<SignUpStarted> StartContactChangeAsync(PendingSignUp change, Channel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var contact = channel == Channel.Email ? change.Email : change.Phone;
        for (var attempt = 0; attempt < MaxWriteAttempts && change.SubscriberId is { } subscriberId; attempt++)
        {
            var stored = await signUps.GetAsync(change.Id, cancellationToken);
            if (await store.GetAsync(subscriberId, cancellationToken) is not { } subscriber)
            {
                break;
            }

            var built = ContactChanges.With(subscriber, change.Id, stored, channel, contact, time.GetUtcNow());
            var (pending, emailToken, smsCode) = Fresh(built, email: channel == Channel.Email, sms: channel == Channel.Sms);
            built = built with { Pending = pending };
            if (stored is null
                ? await signUps.AddIfAbsentAsync(built, cancellationToken)
                : await signUps.ReplaceIfUnchangedAsync(stored, built, cancellationToken))
            {
                // Another number that replied STOP is texted nothing (ContactChanges.Decide): answered as any, as at sign-up.
                return await WithheldIfStoppedAsync(new SignUpStarted(built, emailToken, smsCode), cancellationToken);
            }
        }

        return new SignUpStarted(change, null, null);
    }

    /// <summary>
    /// After <paramref name="started"/>'s confirmations were sent, ends the link or code of each channel in
    /// <paramref name="notSent"/>, written only over the sign-up as it was started (a later change wins), so the same
    /// sign-up or change asked for again sends one rather than answering as a repeat: a sign-up form's are marked expired
    /// (<see cref="SignUpRepeats.Unsent"/>, trial s42 A), the manage link's change voided (<see cref="ContactChanges.WithoutUnsent"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public async Task ForgetUnsentAsync(SignUpStarted started, IReadOnlyCollection<string> notSent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(started);
        ArgumentNullException.ThrowIfNull(notSent);
        if (notSent.Count > 0 && await signUps.GetAsync(started.SignUp.Id, cancellationToken) is { } stored && stored.Pending == started.SignUp.Pending)
        {
            var ended = SignUpIds.IsOfSignUpForm(stored.Id)
                ? SignUpRepeats.Unsent(stored.Pending, notSent, time.GetUtcNow())
                : ContactChanges.WithoutUnsent(stored.Pending, notSent);
            await signUps.ReplaceIfUnchangedAsync(stored, stored with { Pending = ended }, cancellationToken);
        }
    }

    /// <summary>
    /// What the manage link's one sign-up of <paramref name="subscriber"/> waits for: the address and number waiting to
    /// replace the subscriber's (nulls when none; <see cref="ContactChanges.Pending"/>) and the number waiting for its
    /// texted code (<see cref="WaitingCodes.Of"/>), from one read of that sign-up. <paramref name="subscriber"/> is the
    /// one the caller read with a valid manage token (the preference centre reads it once per page, issue 16: page time).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriber"/> is null.</exception>
    public async Task<(string? Email, string? Phone, WaitingCode? Code)> ContactChangeAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var existing = await signUps.GetAsync(ManageSignUpId(subscriber.Id), cancellationToken);
        var (email, phone) = ContactChanges.Pending(subscriber, existing);
        return (email, phone, WaitingCodes.Of(subscriber, existing, time.GetUtcNow()));
    }

    /// <summary>
    /// The contact of <paramref name="subscriber"/>'s own sign-up still waiting for its link or code after the other one
    /// joined them (<see cref="SignUpWaits.Of"/>), found by the subscriber's address and number; null when none waits.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriber"/> is null.</exception>
    public async Task<WaitingSignUp?> WaitingSignUpAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        if ((subscriber.Email is null) == (subscriber.Phone is null))
        {
            // Both contacts held (nothing of a sign-up can wait) or none (nothing to find it by).
            return null;
        }

        var found = subscriber.Email is { } email
            ? await signUps.FindByEmailAsync(email, cancellationToken)
            : await signUps.FindByPhoneAsync(subscriber.Phone!, cancellationToken);
        return SignUpWaits.Of(subscriber, found, time.GetUtcNow());
    }

    /// <summary>
    /// Confirms the number of the manage link's sign-up with the texted code entered on the preference centre, as
    /// <see cref="ConfirmSmsAsync"/> does on the code page (the same five tries). Forbidden without a valid manage token
    /// for <paramref name="subscriberId"/> or when it is erased; every wrong code is <see cref="WrongCode"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriberId"/> is null.</exception>
    public async Task<SignUpOutcome> ConfirmManagedSmsAsync(string subscriberId, string? manageToken, string? code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberId);
        var (_, subscriber, _) = await ManagedAsync(subscriberId, manageToken, cancellationToken);
        return subscriber is null
            ? SignUpOutcome.Forbidden("a valid manage token for this subscriber is required")
            : await ConfirmSmsAsync(ManageSignUpId(subscriber.Id), code, cancellationToken);
    }

    /// <summary>
    /// Whether the code of sign-up <paramref name="signUpId"/> was used already: its number is confirmed. Said to a code
    /// submitted again (Back, then Confirm), it tells only that sign-up's holder that its own number is done; it names no
    /// number and hands out no manage token (holding a sign-up id proves no control of the number). The manage link's
    /// sign-up is left out: its id is derived from the subscriber id, which is not a secret.
    /// </summary>
    public async Task<bool> SmsConfirmedAlreadyAsync(string signUpId, CancellationToken cancellationToken) =>
        !signUpId.StartsWith(ManageSignUpId(string.Empty), StringComparison.Ordinal)
        && await signUps.GetAsync(signUpId, cancellationToken) is { Phone: not null, SmsConfirmed: true, Replaces: false };

    /// <summary>
    /// For a code refused on a sign-up whose number is confirmed (<see cref="SmsConfirmedAlreadyAsync"/>): whether
    /// <paramref name="code"/> (six ASCII digits) is not the code that confirmed it, i.e. an older code whose sign-up was
    /// made again and whose newer code confirmed the number (trial r32 #3). False when it is that code (entered again)
    /// or when the confirming code was not kept (rows stored before <see cref="PendingConfirmations.UsedSmsCodeHash"/>).
    /// </summary>
    public async Task<bool> SmsConfirmedByAnotherCodeAsync(string signUpId, string? code, CancellationToken cancellationToken) =>
        await signUps.GetAsync(signUpId, cancellationToken) is { SmsConfirmed: true, Pending.UsedSmsCodeHash: { } used }
        && (code is not { Length: 6 } || !tokens.MatchesCode(signUpId, code, used));

    /// <summary>
    /// For a code entered again after it worked on a number of the manage link's sign-up (Back, then Confirm, on the code
    /// page reached from the preference centre or on the preference centre itself): the manage token's subscriber id
    /// when <paramref name="manageToken"/> is a valid manage token whose subscriber's manage sign-up confirmed its number
    /// (and is <paramref name="signUpId"/>, when given), and that number is the subscriber's confirmed one now; otherwise
    /// null. Only the holder of the manage token hears it, so it tells nobody else anything about a number.
    /// </summary>
    public async Task<string?> ManagedSmsConfirmedAlreadyAsync(string? signUpId, string? manageToken, CancellationToken cancellationToken)
    {
        if (tokens.Verify(manageToken, TokenPurpose.Manage) is not { } verified)
        {
            return null;
        }

        var (_, subscriber, existing) = await ManagedAsync(verified.SubscriberId, manageToken, cancellationToken);
        return subscriber is { Phone: { } held, SmsStatus: ContactStatus.Confirmed } && existing is { SmsConfirmed: true, Phone: { } confirmed }
            && (signUpId is null || existing.Id == signUpId)
            && ContactKeys.Of(Channel.Sms, held) == ContactKeys.Of(Channel.Sms, confirmed)
            ? verified.SubscriberId
            : null;
    }

    /// <summary>
    /// Cancels the change of address (<see cref="Channel.Email"/>) or number waiting for confirmation: its link or code
    /// no longer confirms anything. Written only over the manage link's sign-up as read (a code or link confirmed
    /// meanwhile is not undone: it is read again, up to five times, and a change no longer waiting writes nothing; issue 16).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="subscriberId"/> is null.</exception>
    public async Task<SubscriberOutcome> CancelContactChangeAsync(string subscriberId, string? manageToken, Channel channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriberId);
        var (outcome, subscriber, existing) = await ManagedAsync(subscriberId, manageToken, cancellationToken);
        for (var attempt = 0; subscriber is not null && existing is { Replaces: true } && attempt < MaxWriteAttempts; attempt++)
        {
            var (email, phone) = ContactChanges.Pending(subscriber, existing);
            if ((channel == Channel.Email ? email : phone) is null
                || await signUps.ReplaceIfUnchangedAsync(existing, ContactChanges.With(subscriber, existing.Id, existing, channel, null, time.GetUtcNow()), cancellationToken))
            {
                break;
            }

            existing = await signUps.GetAsync(existing.Id, cancellationToken);
        }

        return outcome;
    }

    private async Task<(SubscriberOutcome Outcome, Subscriber? Subscriber, PendingSignUp? Existing)> ManagedAsync(
        string subscriberId, string? manageToken, CancellationToken cancellationToken)
    {
        if (tokens.Verify(manageToken, TokenPurpose.Manage) is not { } verified || verified.SubscriberId != subscriberId)
        {
            return (SubscriberOutcome.Forbidden("a valid manage token for this subscriber is required"), null, null);
        }

        // An id merged away as a duplicate acts for the survivor, the same person.
        if (await store.GetFollowingAliasesAsync(subscriberId, cancellationToken) is not { } subscriber)
        {
            return (SubscriberOutcome.NotFound, null, null);
        }

        return (new SubscriberOutcome(SubscriberOutcomeKind.Ok, subscriber), subscriber, await signUps.GetAsync(ManageSignUpId(subscriber.Id), cancellationToken));
    }

    // One sign-up per subscriber for resends from the manage link, so a new one replaces (voids) the last. Not a secret:
    // the link and code are; only the holder of the manage token learns it.
    /// <summary>
    /// The id of the manage link's one sign-up for <paramref name="subscriberId"/> (every change of address or number,
    /// and every code sent from the preference centre, lives in it). Derived, not secret: holding it proves nothing.
    /// </summary>
    public static string ManageSignUpId(string subscriberId) => "m" + subscriberId;

    /// <summary>
    /// Deletes the sign-ups nothing can confirm any more, so unconfirmed addresses and numbers are not kept: every link
    /// and code is issued by a write of its sign-up, and none outlives <see cref="SubscriberService.EmailConfirmationLifetime"/>
    /// (codes last 15 minutes), so a sign-up last written longer ago than that is dead. Returns how many went.
    /// </summary>
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) =>
        signUps.PurgeWrittenBeforeAsync(time.GetUtcNow() - SubscriberService.EmailConfirmationLifetime, cancellationToken);

    /// <summary>Confirms the address with the token from the link (once); this also lifts its suppression.</summary>
    public async Task<SignUpOutcome> ConfirmEmailAsync(string signUpId, string? token, CancellationToken cancellationToken)
    {
        var verified = tokens.Verify(token, TokenPurpose.ConfirmEmail);
        if (verified is null || verified.SubscriberId != signUpId)
        {
            return SignUpOutcome.Forbidden("the confirmation link is not valid or has expired");
        }

        // Only a sign-up erased after its link was sent gets here without a row: answered like any void link.
        if (await signUps.GetAsync(signUpId, cancellationToken) is not { } signUp)
        {
            return SignUpOutcome.Forbidden("this link has been used already or replaced by a newer one");
        }

        if (signUp.Email is null || signUp.EmailConfirmed || signUp.Pending.EmailNonce != verified.Nonce)
        {
            // A link pressed twice (issue 16): while the first press joins, the second waits for its outcome, then
            // decides on what it wrote (confirmed: the page says so; given back: this press confirms).
            return !signUp.EmailConfirmed && signUp.Pending.EmailNonce is null && await JoinsInFlight.WaitAsync(signUpId, Channel.Email, cancellationToken)
                ? await ConfirmEmailAsync(signUpId, token, cancellationToken)
                : SignUpOutcome.Forbidden("this link has been used already or replaced by a newer one");
        }

        // The link is claimed before anything joins, written only over the sign-up as read: a newer link voiding it at the
        // same instant makes the claim fail (read again: "replaced"), and once claimed no void can bring it back. The join
        // is registered before the claim, so a second press that reads the claim finds it (JoinsInFlight).
        var claimed = signUp with { Pending = signUp.Pending with { EmailNonce = null, UsedEmailNonce = verified.Nonce } };
        SignUpOutcome? outcome = null;
        using (JoinsInFlight.Begin(signUpId, Channel.Email))
        {
            if (await signUps.ReplaceIfUnchangedAsync(signUp, claimed, cancellationToken))
            {
                outcome = await JoinOrGiveBackAsync(signUp, claimed, Channel.Email, cancellationToken);
            }
        }

        if (outcome is null)
        {
            // Changed meanwhile: decided afresh, once this request no longer counts as joining (it would wait for itself).
            return await ConfirmEmailAsync(signUpId, token, cancellationToken);
        }

        return outcome; // a confirmed address's suppression was lifted as read (JoinOrGiveBackAsync)
    }

    /// <summary>
    /// For a confirmation link opened again after it worked: when <paramref name="token"/> is a valid confirmation link of
    /// sign-up <paramref name="signUpId"/> (signature and lifetime, as <see cref="ConfirmEmailAsync"/> checks them), whose
    /// address is confirmed and still the confirmed address of its subscriber, that subscriber with a new manage token
    /// (kind <see cref="SignUpOutcomeKind.Confirmed"/>); otherwise null. Holding the link proves control of the address,
    /// as confirming did; a link of the manage link's sign-up (<see cref="ManageSignUpId"/>) only when it is the very link
    /// that confirmed its address (its nonce is the one the claim kept, <see cref="PendingConfirmations.UsedEmailNonce"/>):
    /// an older one, sent to an address replaced by another before it was confirmed, holds the same sign-up id but names
    /// another address (review of s37, finding 2).
    /// </summary>
    public async Task<SignUpOutcome?> AlreadyConfirmedEmailAsync(string signUpId, string? token, CancellationToken cancellationToken) =>
        IsLinkOf(signUpId, token) ? await AlreadyConfirmedEmailAsync(signUpId, token, await signUps.GetAsync(signUpId, cancellationToken), cancellationToken) : null;

    /// <summary>
    /// As <see cref="AlreadyConfirmedEmailAsync(string, string?, CancellationToken)"/>, with the sign-up as the caller read
    /// it in this request (<paramref name="read"/>, null: none), so a page reads it once (issue 16: page time).
    /// </summary>
    public async Task<SignUpOutcome?> AlreadyConfirmedEmailAsync(string signUpId, string? token, PendingSignUp? read, CancellationToken cancellationToken)
    {
        var verified = tokens.Verify(token, TokenPurpose.ConfirmEmail);
        if (verified is null || verified.SubscriberId != signUpId
            || read is not { EmailConfirmed: true, Email: { } email } confirmed || confirmed.Id != signUpId
            // A sign-up page's sign-up keeps one address, so any of its links names it; the manage link's one sign-up
            // changes address, so only the link that confirmed the address it holds now does.
            || (!SignUpIds.IsOfSignUpForm(signUpId) && confirmed.Pending.UsedEmailNonce != verified.Nonce))
        {
            return null;
        }

        // The address's subscriber: the one its topics were added to (issue 16), the one the sign-up joined, or the
        // address's owner by lookup, whichever holds it confirmed. Added is the sign-up's first channel's: a number of
        // another subscriber whose code came first names that one (review of s37, finding 6).
        foreach (var subscriberId in new[] { confirmed.Added?.SubscriberId, confirmed.SubscriberId, await store.FindIdByEmailAsync(email, cancellationToken) }.Distinct())
        {
            if (subscriberId is not null
                && await store.GetAsync(subscriberId, cancellationToken) is { EmailStatus: ContactStatus.Confirmed, Email: { } held } subscriber
                && ContactKeys.Of(Channel.Email, held) == ContactKeys.Of(Channel.Email, email))
            {
                return new SignUpOutcome(SignUpOutcomeKind.Confirmed, subscriber, tokens.Issue(TokenPurpose.Manage, subscriber.Id, SubscriberService.ManageTokenLifetime));
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="token"/> is a valid (signature and lifetime) link of the manage link's sign-up
    /// <paramref name="signUpId"/> (<see cref="ManageSignUpId"/>) that is no longer its link: used, or replaced by a change
    /// to another address. Such a link proves nothing about the address that holds the subscription now, so its page
    /// hands out no manage token and leads to "get a link to my preferences", sent to the current contacts (review of
    /// s37, finding 2).
    /// </summary>
    public async Task<bool> SpentAddressChangeLinkAsync(string signUpId, string? token, CancellationToken cancellationToken) =>
        IsAddressChangeLinkOf(signUpId, token) && SpentAddressChangeLink(signUpId, token, await signUps.GetAsync(signUpId, cancellationToken));

    /// <summary>
    /// As <see cref="SpentAddressChangeLinkAsync"/>, with the sign-up as the caller read it in this request
    /// (<paramref name="read"/>, null: none), so a page reads it once (issue 16: page time).
    /// </summary>
    public bool SpentAddressChangeLink(string signUpId, string? token, PendingSignUp? read) =>
        IsAddressChangeLinkOf(signUpId, token) && read is { } signUp && signUp.Id == signUpId
        && signUp.Pending.EmailNonce != tokens.Verify(token, TokenPurpose.ConfirmEmail)!.Nonce;

    // A valid (signed, unexpired) emailed link of sign-up signUpId.
    private bool IsLinkOf(string signUpId, string? token) => tokens.Verify(token, TokenPurpose.ConfirmEmail) is { } verified && verified.SubscriberId == signUpId;

    // A valid emailed link of the manage link's sign-up signUpId (a change of address).
    private bool IsAddressChangeLinkOf(string signUpId, string? token) =>
        SignUpIds.IsWellFormed(signUpId) && !SignUpIds.IsOfSignUpForm(signUpId) && IsLinkOf(signUpId, token);

    /// <summary>
    /// For a confirmation link refused because a newer link was sent for its address (a sign-up made again, or "send it
    /// again"): when <paramref name="token"/> is a valid link of sign-up <paramref name="signUpId"/> (signature and
    /// lifetime) that is no longer its sign-up's link while the address waits, the sign-up holding the newest link for
    /// that address (<see cref="NewestLinks.Replacing"/>); otherwise null (the link was used, or nothing replaced it).
    /// </summary>
    public async Task<PendingSignUp?> ReplacedLinkAsync(string signUpId, string? token, CancellationToken cancellationToken)
    {
        var verified = tokens.Verify(token, TokenPurpose.ConfirmEmail);
        if (verified is null || verified.SubscriberId != signUpId
            || await signUps.GetAsync(signUpId, cancellationToken) is not { Email: { } email, EmailConfirmed: false } old
            || old.Pending.EmailNonce == verified.Nonce)
        {
            return null;
        }

        return NewestLinks.Replacing(await signUps.FindByEmailAsync(email, cancellationToken), old);
    }

    /// <summary>
    /// Confirms the number with the texted code; five wrong codes void it (a resend gives a new one). Every refusal
    /// (unknown sign-up, no code waiting, voided, expired, locked out, wrong) has the same reason, so the API's answer
    /// tells nothing about the sign-up; an expired or locked-out code is <see cref="CodeUsedUp"/>, one voided by a
    /// newer code for the number is <see cref="CodeReplaced"/>, and one this sign-up held before its newer code is
    /// <see cref="CodeSuperseded"/> (no try counted), so the code page can tell the person who holds the code
    /// that only a new one helps (issue 16: the right code after five wrong ones; an older code after signing up again).
    /// </summary>
    public async Task<SignUpOutcome> ConfirmSmsAsync(string signUpId, string? code, CancellationToken cancellationToken)
    {
        var signUp = await signUps.GetAsync(signUpId, cancellationToken);
        if (signUp is null || signUp.SmsConfirmed || signUp.Pending is not { SmsCodeHash: { } hash, SmsCodeExpiresAt: { } expires } pending)
        {
            // A code sent twice (a double press): the second waits for the first's join, then decides on what it wrote.
            if (signUp is { SmsConfirmed: false, Pending.SmsCodeHash: null } && await JoinsInFlight.WaitAsync(signUpId, Channel.Sms, cancellationToken))
            {
                return await ConfirmSmsAsync(signUpId, code, cancellationToken);
            }

            return signUp is not null && SignUpsAgain.IsVoided(signUp) ? CodeReplaced : WrongCode;
        }

        if (expires <= time.GetUtcNow() || pending.SmsCodeAttempts >= PendingConfirmations.MaxSmsCodeAttempts)
        {
            return CodeUsedUp;
        }

        if (code is not { Length: 6 } || !tokens.MatchesCode(signUpId, code, hash))
        {
            if (code is { Length: 6 } && SupersededCodes.Hold(pending.SupersededSmsCodeHashes, h => tokens.MatchesCode(signUpId, code, h)))
            {
                return CodeSuperseded;
            }

            // A try counted over the sign-up as read only, so it never brings back a code voided or claimed meanwhile.
            return await signUps.ReplaceIfUnchangedAsync(signUp, signUp with { Pending = pending with { SmsCodeAttempts = pending.SmsCodeAttempts + 1 } }, cancellationToken)
                ? WrongCode
                : await ConfirmSmsAsync(signUpId, code, cancellationToken);
        }

        // Claimed before anything joins, as a link is (ConfirmEmailAsync): exactly one of this and a newer code's void wins.
        var claimed = signUp with { Pending = pending with { SmsCodeHash = null, SmsCodeExpiresAt = null, UsedSmsCodeHash = hash } };
        using (JoinsInFlight.Begin(signUpId, Channel.Sms))
        {
            if (await signUps.ReplaceIfUnchangedAsync(signUp, claimed, cancellationToken))
            {
                return await JoinOrGiveBackAsync(signUp, claimed, Channel.Sms, cancellationToken);
            }
        }

        // Changed meanwhile: decided afresh, once this request no longer counts as joining (it would wait for itself).
        return await ConfirmSmsAsync(signUpId, code, cancellationToken);
    }

    // Joins a claimed sign-up; when nothing joined (too many topics, or a failure of storage or cancellation on the way)
    // the link or code is given back as it was read, so the person can try again rather than read "used or replaced"
    // (review of s31), unless something changed the sign-up meanwhile (an opt-out marks it: OptOutVoids).
    // Issue 16: a link or code issued before the contact's latest opt-out never confirms (OptOutConsent), checked on the
    // suppression as read right before the join; the address's lift is written only over that read, so an opt-out
    // landing between the check and the lift wins and the confirmation is refused (the link then reads as no longer
    // valid, "send me a new link"; a code as used up).
    private async Task<SignUpOutcome> JoinOrGiveBackAsync(PendingSignUp read, PendingSignUp claimed, Channel channel, CancellationToken cancellationToken)
    {
        var contact = channel == Channel.Email ? read.Email! : read.Phone!;
        SuppressionSnapshot optOut;
        SignUpOutcome outcome;
        try
        {
            optOut = await suppressions.ReadAsync(channel, contact, cancellationToken);
            if (!OptOutConsent.Confirms(OptOutConsent.IssuedAt(read, channel), optOut.OptedOutAt))
            {
                return RefusedAfterOptOut(channel); // the claim stays: nothing issued before the opt-out comes back
            }

            outcome = await JoinAsync(claimed, channel, optOut.OptedOutAt is not null, cancellationToken);
        }
        catch
        {
            await signUps.ReplaceIfUnchangedAsync(claimed, read, CancellationToken.None);
            throw;
        }

        if (outcome.Kind == SignUpOutcomeKind.TooManyTopics)
        {
            await signUps.ReplaceIfUnchangedAsync(claimed, read, cancellationToken);
            return outcome;
        }

        // Only a confirmed address lifts its suppression (a number's STOP only START lifts); a number still checks that
        // no opt-out landed while it joined.
        if (outcome.Kind != SignUpOutcomeKind.Confirmed)
        {
            return outcome;
        }

        var stands = channel == Channel.Email
            ? await suppressions.LiftIfUnchangedAsync(optOut, cancellationToken)
            : OptOutConsent.NoNewerOptOut(optOut.OptedOutAt, (await suppressions.ReadAsync(channel, contact, cancellationToken)).OptedOutAt);
        if (!stands)
        {
            await KeepOptedOutAsync(outcome.Subscriber!.Id, channel, contact, cancellationToken);
            await UnconfirmAsync(read.Id, channel, cancellationToken);
            return RefusedAfterOptOut(channel);
        }

        return outcome;
    }

    // A confirmation refused after its join wrote "confirmed": the contact waits again (its link or code stays void), so
    // "send me a new link" sends one. Written only over the sign-up as read; one changed meanwhile is read again.
    private async Task UnconfirmAsync(string signUpId, Channel channel, CancellationToken cancellationToken)
    {
        while (await signUps.GetAsync(signUpId, cancellationToken) is { } now && (channel == Channel.Email ? now.EmailConfirmed : now.SmsConfirmed))
        {
            var waiting = channel == Channel.Email ? now with { EmailConfirmed = false } : now with { SmsConfirmed = false };
            if (await signUps.ReplaceIfUnchangedAsync(now, waiting, cancellationToken))
            {
                return;
            }
        }
    }

    // What a confirmation refused by an opt-out answers: as any link no longer valid, or a code used up (OptOutVoids).
    private static SignUpOutcome RefusedAfterOptOut(Channel channel) =>
        channel == Channel.Email ? SignUpOutcome.Forbidden("this link has been used already or replaced by a newer one") : CodeUsedUp;

    // The opt-out that landed while a confirmation joined wins: the contact the join marked confirmed is opted out again,
    // written only over the subscriber as read (a later change is read again), unless it is no longer theirs or confirmed.
    private async Task KeepOptedOutAsync(string subscriberId, Channel channel, string contact, CancellationToken cancellationToken)
    {
        while (await store.GetVersionedAsync(subscriberId, cancellationToken) is { } now)
        {
            var held = AlertChannel.For(channel).ContactOf(now.Subscriber);
            var status = channel == Channel.Email ? now.Subscriber.EmailStatus : now.Subscriber.SmsStatus;
            if (held is null || ContactKeys.Of(channel, held) != ContactKeys.Of(channel, contact) || status != ContactStatus.Confirmed)
            {
                return;
            }

            var optedOut = channel == Channel.Email
                ? now.Subscriber with { EmailStatus = ContactStatus.OptedOut }
                : now.Subscriber with { SmsStatus = ContactStatus.OptedOut };
            if (await store.TrySaveAsync(optedOut, now.Version, cancellationToken))
            {
                await PublishAsync(optedOut, cancellationToken);
                return;
            }
        }
    }

    // The contact is proven: it joins the subscriber that has it, else the sign-up's subscriber (from its other
    // contact) when that has no contact of this kind yet or the sign-up is the manage link's change of contact (it
    // replaces the old one), else a new subscriber. The requested topics are added;
    // a new subscriber starts with the sign-up's delivery preferences, an existing one keeps its own.
    // Issue 16: a number joins the sign-up's subscriber only when this sign-up created it (SignUpJoins); an address that
    // its subscriber had confirmed already (and not suppressed) only adds topics, recorded as TopicsAdded.
    // Trial r36 #4: a subscriber who had stopped everything starts again unpaused, as the confirmed page promises (a pause
    // from before the stop, kept by a stop made before stops ended pauses, would drop the promised digest).
    private async Task<SignUpOutcome> JoinAsync(PendingSignUp signUp, Channel channel, bool suppressed, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var contact = channel == Channel.Email ? signUp.Email! : signUp.Phone!;
        var ownerId = channel == Channel.Email
            ? await store.FindIdByEmailAsync(contact, cancellationToken)
            : await store.FindIdByPhoneAsync(contact, cancellationToken);
        var owner = ownerId is null ? null : await store.GetAsync(ownerId, cancellationToken);
        // The sign-up's subscriber takes the contact when it has none of this kind yet, or has this very one unconfirmed
        // (a resend from the manage link for a subscriber saved before the lookup rows existed).
        // Trial r37 #7: a number its subscriber had confirmed is treated as such an address is: its code (which only the
        // number's holder receives) adds the topics, and nothing else of the sign-up's choices, said on the page.
        var added = owner is not null && SignUpIds.IsOfSignUpForm(signUp.Id) && !signUp.Replaces
            && (channel == Channel.Email ? SignUpEmails.KindOf(contact, owner, suppressed) == SignUpEmailKind.Change : IsConfirmedNumberOf(owner, contact))
            ? TopicsAdded.Of(owner.Id, SignUpEmails.NewTopics(owner.Topics, signUp.Topics), ChoicesNotApplied.Of(signUp, owner))
            : null;
        if (owner is null && signUp.SubscriberId is { } joined && (channel == Channel.Email || SignUpJoins.NumberMayJoinSignUpsSubscriber(signUp))
            && await store.GetFollowingAliasesAsync(joined, cancellationToken) is { } other
            && (signUp.Replaces || CanTake(other, channel, contact)))
        {
            owner = other;
        }

        var created = owner is null;
        var subscriber = owner ?? new Subscriber(
            SortableId.New(now), null, ContactStatus.None, null, ContactStatus.None, signUp.TimeZone, [], signUp.SmsMaxUrgency, now,
            Preferences: signUp.Preferences ?? Policy.DeliveryPreferences.Default, Language: signUp.Language, Languages: signUp.Languages);
        var topics = SignUpTopics.Unite(subscriber.Topics, signUp.Topics);
        if (topics.Count > SubscriberRequestParser.MaxTopics)
        {
            return new SignUpOutcome(SignUpOutcomeKind.TooManyTopics,
                Reason: $"the subscriber already follows {subscriber.Topics.Count} topics; with these it would pass the limit of {SubscriberRequestParser.MaxTopics}");
        }

        // The proven contact becomes the one alerts go to; one it replaces stays the person's (STOP from it still stops them).
        // A new number has not had the opt-out wording yet.
        var welcomed = subscriber.SmsWelcomed && (channel == Channel.Email || subscriber.Phone == contact);
        var replaced = ContactChangeNotices.For(owner, channel, contact, now);
        subscriber = (channel == Channel.Email ? subscriber.WithConfirmedEmail(contact) : subscriber.WithConfirmedPhone(contact)) with
        {
            Topics = topics,
            SmsWelcomed = welcomed,
            PausedUntil = owner is not null && owner.StoppedEverywhere() ? null : subscriber.PausedUntil,
        };
        await store.SaveAsync(subscriber, cancellationToken);
        await PublishAsync(subscriber, cancellationToken);

        // Written only over the sign-up as claimed (issue 16): one changed meanwhile (its other contact confirmed, a code
        // voided or sent again) is read again and marked confirmed as it is now, so neither write undoes the other.
        var read = signUp;
        while (!await signUps.ReplaceIfUnchangedAsync(read, Confirmed(read, channel, subscriber.Id, created, added), cancellationToken))
        {
            if (await signUps.GetAsync(signUp.Id, cancellationToken) is not { } reread)
            {
                break; // erased meanwhile: nothing to mark
            }

            read = reread;
        }

        return new SignUpOutcome(
            SignUpOutcomeKind.Confirmed, subscriber, tokens.Issue(TokenPurpose.Manage, subscriber.Id, SubscriberService.ManageTokenLifetime), Replaced: replaced, Added: added);
    }

    private Task PublishAsync(Subscriber subscriber, CancellationToken cancellationToken) =>
        SubscriberPublishing.PublishAsync(subscriber, sync, replicas, cancellationToken);

    // The sign-up with channel's contact confirmed (joined to subscriberId, unless it had joined one already) and its link
    // or code gone; the subscriber it created (the first only) and the topics an address confirmed already added are kept.
    private static PendingSignUp Confirmed(PendingSignUp signUp, Channel channel, string subscriberId, bool created, TopicsAdded? added)
    {
        var joined = signUp with
        {
            SubscriberId = signUp.SubscriberId ?? subscriberId,
            CreatedSubscriberId = signUp.CreatedSubscriberId ?? (created ? subscriberId : null),
            Added = signUp.Added ?? added,
        };
        return channel == Channel.Email
            ? joined with { EmailConfirmed = true, Pending = signUp.Pending with { EmailNonce = null } }
            : joined with { SmsConfirmed = true, Pending = signUp.Pending with { SmsCodeHash = null, SmsCodeExpiresAt = null } };
    }

    // Whether contact is owner's current number with status Confirmed (the number's counterpart of SignUpEmails.IsConfirmedFor).
    private static bool IsConfirmedNumberOf(Subscriber owner, string contact) =>
        owner is { Phone: { } held, SmsStatus: ContactStatus.Confirmed } && ContactKeys.Of(Channel.Sms, held) == ContactKeys.Of(Channel.Sms, contact);

    private static bool CanTake(Subscriber subscriber, Channel channel, string contact) =>
        AlertChannel.For(channel).ContactOf(subscriber) is not { } held || ContactKeys.Of(channel, held) == ContactKeys.Of(channel, contact);

    // A new link nonce and/or code; whatever was pending before is void.
    private (PendingConfirmations Pending, string? EmailToken, string? SmsCode) Fresh(PendingSignUp signUp, bool email, bool sms)
    {
        var emailToken = email ? tokens.Issue(TokenPurpose.ConfirmEmail, signUp.Id, SubscriberService.EmailConfirmationLifetime) : null;
        var smsCode = sms ? RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture) : null;
        var pending = signUp.Pending with
        {
            EmailNonce = emailToken is null ? signUp.Pending.EmailNonce : tokens.Verify(emailToken, TokenPurpose.ConfirmEmail)!.Nonce,
            EmailLinkExpiresAt = emailToken is null ? signUp.Pending.EmailLinkExpiresAt : time.GetUtcNow() + SubscriberService.EmailConfirmationLifetime,
            SmsCodeHash = smsCode is null ? signUp.Pending.SmsCodeHash : tokens.HashCode(signUp.Id, smsCode),
            SmsCodeExpiresAt = smsCode is null ? signUp.Pending.SmsCodeExpiresAt : time.GetUtcNow() + SubscriberService.SmsCodeLifetime,
            SmsCodeAttempts = smsCode is null ? signUp.Pending.SmsCodeAttempts : 0,
            // The code replaced is remembered, so typed later it reads as replaced, not wrong (trial r37 #3).
            SupersededSmsCodeHashes = smsCode is null ? signUp.Pending.SupersededSmsCodeHashes : SupersededCodes.With(signUp.Pending.SupersededSmsCodeHashes, signUp.Pending.SmsCodeHash),
        };
        return (pending, emailToken, smsCode);
    }
}
