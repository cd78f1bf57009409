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
    ISignUpStore signUps, ISubscriberStore store, IEnumerable<ISubscriberReplica> replicas, TokenSigner tokens, SuppressionList suppressions, TimeProvider time)
{
    /// <summary>Starts a sign-up; nothing is looked up, so the answer cannot tell whether the contacts are known.</summary>
    public async Task<SignUpStarted> SignUpAsync(SubscriberRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = "u" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(15));
        var topics = request.Topics.Select((t, i) => new Topic($"t{i + 1}", t.Text, t.Exact)).ToList();
        var signUp = new PendingSignUp(
            id, request.Email, request.Phone, request.TimeZone, topics, request.SmsMaxUrgency, time.GetUtcNow(), new PendingConfirmations(null, null, null, 0));
        var (pending, emailToken, smsCode) = Fresh(signUp, email: request.Email is not null, sms: request.Phone is not null);
        signUp = signUp with { Pending = pending };
        await signUps.SaveAsync(signUp, cancellationToken);
        return new SignUpStarted(signUp, emailToken, smsCode);
    }

    /// <summary>
    /// A fresh confirmation for every contact of the sign-up still pending: a new link nonce and a new code (with five
    /// new tries, so a lockout is not the end), which voids the ones sent before. Null when there is no such sign-up.
    /// </summary>
    public async Task<SignUpStarted?> ResendAsync(string signUpId, CancellationToken cancellationToken)
    {
        if (await signUps.GetAsync(signUpId, cancellationToken) is not { } signUp)
        {
            return null;
        }

        var (pending, emailToken, smsCode) = Fresh(signUp, email: signUp.Email is not null && !signUp.EmailConfirmed, sms: signUp.Phone is not null && !signUp.SmsConfirmed);
        signUp = signUp with { Pending = pending };
        await signUps.SaveAsync(signUp, cancellationToken);
        return new SignUpStarted(signUp, emailToken, smsCode);
    }

    /// <summary>Confirms the address with the token from the link (once); this also lifts its suppression.</summary>
    public async Task<SignUpOutcome> ConfirmEmailAsync(string signUpId, string? token, CancellationToken cancellationToken)
    {
        var verified = tokens.Verify(token, TokenPurpose.ConfirmEmail);
        if (verified is null || verified.SubscriberId != signUpId)
        {
            return SignUpOutcome.Forbidden("the confirmation link is not valid or has expired");
        }

        if (await signUps.GetAsync(signUpId, cancellationToken) is not { } signUp)
        {
            return SignUpOutcome.NotFound;
        }

        if (signUp.Email is null || signUp.EmailConfirmed || signUp.Pending.EmailNonce != verified.Nonce)
        {
            return SignUpOutcome.Forbidden("this link has been used already or replaced by a newer one");
        }

        var outcome = await JoinAsync(signUp, Channel.Email, cancellationToken);
        if (outcome.Kind == SignUpOutcomeKind.Confirmed)
        {
            await suppressions.LiftAsync(Channel.Email, signUp.Email, cancellationToken);
        }

        return outcome;
    }

    /// <summary>Confirms the number with the texted code; five wrong codes void it (a resend gives a new one).</summary>
    public async Task<SignUpOutcome> ConfirmSmsAsync(string signUpId, string? code, CancellationToken cancellationToken)
    {
        if (await signUps.GetAsync(signUpId, cancellationToken) is not { } signUp)
        {
            return SignUpOutcome.NotFound;
        }

        if (signUp.SmsConfirmed || signUp.Pending is not { SmsCodeHash: { } hash, SmsCodeExpiresAt: { } expires } pending
            || expires <= time.GetUtcNow() || pending.SmsCodeAttempts >= PendingConfirmations.MaxSmsCodeAttempts)
        {
            return SignUpOutcome.Forbidden("no SMS code is waiting, or it has expired");
        }

        if (code is not { Length: 6 } || !tokens.MatchesCode(signUpId, code, hash))
        {
            await signUps.SaveAsync(signUp with { Pending = pending with { SmsCodeAttempts = pending.SmsCodeAttempts + 1 } }, cancellationToken);
            return SignUpOutcome.Forbidden("the code is wrong");
        }

        return await JoinAsync(signUp, Channel.Sms, cancellationToken);
    }

    // The contact is proven: it joins the subscriber that has it, else the sign-up's subscriber (from its other
    // contact) when that has no contact of this kind yet, else a new subscriber. The requested topics are added.
    private async Task<SignUpOutcome> JoinAsync(PendingSignUp signUp, Channel channel, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var contact = channel == Channel.Email ? signUp.Email! : signUp.Phone!;
        var ownerId = channel == Channel.Email
            ? await store.FindIdByEmailAsync(contact, cancellationToken)
            : await store.FindIdByPhoneAsync(contact, cancellationToken);
        var owner = ownerId is null ? null : await store.GetAsync(ownerId, cancellationToken);
        if (owner is null && signUp.SubscriberId is { } joined && await store.GetAsync(joined, cancellationToken) is { } other
            && AlertChannel.For(channel).ContactOf(other) is null)
        {
            owner = other;
        }

        var subscriber = owner ?? new Subscriber(
            SortableId.New(now), null, ContactStatus.None, null, ContactStatus.None, signUp.TimeZone, [], signUp.SmsMaxUrgency, now);
        var topics = SignUpTopics.Unite(subscriber.Topics, signUp.Topics);
        if (topics.Count > SubscriberRequestParser.MaxTopics)
        {
            return new SignUpOutcome(SignUpOutcomeKind.TooManyTopics,
                Reason: $"the subscriber already follows {subscriber.Topics.Count} topics; with these it would pass the limit of {SubscriberRequestParser.MaxTopics}");
        }

        subscriber = channel == Channel.Email
            ? subscriber with { Email = subscriber.Email ?? contact, EmailStatus = ContactStatus.Confirmed, Topics = topics }
            : subscriber with { Phone = contact, SmsStatus = ContactStatus.Confirmed, Topics = topics };
        await store.SaveAsync(subscriber, cancellationToken);
        foreach (var replica in replicas)
        {
            replica.Upsert(subscriber);
        }

        var confirmed = channel == Channel.Email
            ? signUp with { EmailConfirmed = true, Pending = signUp.Pending with { EmailNonce = null }, SubscriberId = signUp.SubscriberId ?? subscriber.Id }
            : signUp with { SmsConfirmed = true, Pending = signUp.Pending with { SmsCodeHash = null, SmsCodeExpiresAt = null }, SubscriberId = signUp.SubscriberId ?? subscriber.Id };
        await signUps.SaveAsync(confirmed, cancellationToken);
        return new SignUpOutcome(SignUpOutcomeKind.Confirmed, subscriber, tokens.Issue(TokenPurpose.Manage, subscriber.Id, SubscriberService.ManageTokenLifetime));
    }

    // A new link nonce and/or code; whatever was pending before is void.
    private (PendingConfirmations Pending, string? EmailToken, string? SmsCode) Fresh(PendingSignUp signUp, bool email, bool sms)
    {
        var emailToken = email ? tokens.Issue(TokenPurpose.ConfirmEmail, signUp.Id, SubscriberService.EmailConfirmationLifetime) : null;
        var smsCode = sms ? RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture) : null;
        var pending = signUp.Pending with
        {
            EmailNonce = emailToken is null ? signUp.Pending.EmailNonce : tokens.Verify(emailToken, TokenPurpose.ConfirmEmail)!.Nonce,
            SmsCodeHash = smsCode is null ? signUp.Pending.SmsCodeHash : tokens.HashCode(signUp.Id, smsCode),
            SmsCodeExpiresAt = smsCode is null ? signUp.Pending.SmsCodeExpiresAt : time.GetUtcNow() + SubscriberService.SmsCodeLifetime,
            SmsCodeAttempts = smsCode is null ? signUp.Pending.SmsCodeAttempts : 0,
        };
        return (pending, emailToken, smsCode);
    }
}
