namespace NewsAlerts.Core.Subscribers;

using System.Globalization;
using System.Security.Cryptography;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Identity;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Suppression;

/// <summary>
/// Sign-up, double opt-in, topic changes and erasure. Every change goes to the store and to this instance's
/// matching index at once (other instances pick it up from the store's change feed).
/// </summary>
public sealed class SubscriberService(
    ISubscriberStore store, IEnumerable<ISubscriberReplica> replicas, IDeliveryLedger ledger, TokenSigner tokens, SuppressionList suppressions, TimeProvider time)
{
    /// <summary>How long a manage token works.</summary>
    public static readonly TimeSpan ManageTokenLifetime = TimeSpan.FromDays(365);

    /// <summary>How long an email confirmation link works.</summary>
    public static readonly TimeSpan EmailConfirmationLifetime = TimeSpan.FromDays(2);

    /// <summary>How long an SMS code works.</summary>
    public static readonly TimeSpan SmsCodeLifetime = TimeSpan.FromMinutes(15);

    /// <summary>Creates a subscriber whose channels wait for confirmation.</summary>
    public async Task<SignUp> SignUpAsync(SubscriberRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var id = SortableId.New(now);
        var emailToken = request.Email is null ? null : tokens.Issue(TokenPurpose.ConfirmEmail, id, EmailConfirmationLifetime);
        var smsCode = request.Phone is null ? null : RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var pending = new PendingConfirmations(
            emailToken is null ? null : tokens.Verify(emailToken, TokenPurpose.ConfirmEmail)!.Nonce,
            smsCode is null ? null : tokens.HashCode(id, smsCode),
            smsCode is null ? null : now + SmsCodeLifetime,
            0);
        var subscriber = new Subscriber(
            id, request.Email, request.Email is null ? ContactStatus.None : ContactStatus.Pending,
            request.Phone, request.Phone is null ? ContactStatus.None : ContactStatus.Pending,
            request.TimeZone, TopicsOf(request.Topics), request.SmsMaxUrgency, now, Pending: pending);
        await SaveAsync(subscriber, cancellationToken);
        return new SignUp(subscriber, tokens.Issue(TokenPurpose.Manage, id, ManageTokenLifetime), emailToken, smsCode);
    }

    /// <summary>Reads a subscriber for the holder of its manage token.</summary>
    public async Task<SubscriberOutcome> GetAsync(string id, string? manageToken, CancellationToken cancellationToken)
    {
        if (!Allows(manageToken, TokenPurpose.Manage, id))
        {
            return SubscriberOutcome.Forbidden("a valid manage token for this subscriber is required");
        }

        return await store.GetAsync(id, cancellationToken) is { } subscriber
            ? new SubscriberOutcome(SubscriberOutcomeKind.Ok, subscriber)
            : SubscriberOutcome.NotFound;
    }

    /// <summary>Replaces the topics.</summary>
    public Task<SubscriberOutcome> ReplaceTopicsAsync(string id, string? manageToken, IReadOnlyList<(string Text, bool Exact)> topics, CancellationToken cancellationToken) =>
        ChangeAsync(id, manageToken, TokenPurpose.Manage, s => s with { Topics = TopicsOf(topics) }, cancellationToken);

    /// <summary>Changes the time zone and/or the SMS urgency threshold, with the manage token.</summary>
    public Task<SubscriberOutcome> ChangeSettingsAsync(string id, string? manageToken, SubscriberSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return ChangeAsync(id, manageToken, TokenPurpose.Manage, s => s with
        {
            TimeZone = settings.TimeZone ?? s.TimeZone,
            SmsMaxUrgency = settings.SmsMaxUrgency ?? s.SmsMaxUrgency,
        }, cancellationToken);
    }

    /// <summary>Confirms the email address with the token from the confirmation link (once); this lifts its suppression.</summary>
    public async Task<SubscriberOutcome> ConfirmEmailAsync(string id, string? token, CancellationToken cancellationToken)
    {
        var verified = tokens.Verify(token, TokenPurpose.ConfirmEmail);
        var outcome = await ChangeAsync(id, token, TokenPurpose.ConfirmEmail, s =>
            s.Pending?.EmailNonce is { } nonce && verified?.Nonce == nonce
                ? s with { EmailStatus = ContactStatus.Confirmed, Pending = s.Pending with { EmailNonce = null } }
                : null, cancellationToken);
        if (outcome is { Kind: SubscriberOutcomeKind.Ok, Subscriber.Email: { } email })
        {
            // Confirming again proves the person wants mail at this address again.
            await suppressions.LiftAsync(Channel.Email, email, cancellationToken);
        }

        return outcome;
    }

    /// <summary>Confirms the phone number with the code sent by SMS; five wrong codes void it.</summary>
    public async Task<SubscriberOutcome> ConfirmSmsAsync(string id, string? code, CancellationToken cancellationToken)
    {
        var subscriber = await store.GetAsync(id, cancellationToken);
        if (subscriber is null)
        {
            return SubscriberOutcome.NotFound;
        }

        if (subscriber.Pending is not { SmsCodeHash: { } hash, SmsCodeExpiresAt: { } expires } pending
            || expires <= time.GetUtcNow() || pending.SmsCodeAttempts >= PendingConfirmations.MaxSmsCodeAttempts)
        {
            return SubscriberOutcome.Forbidden("no SMS code is waiting, or it has expired");
        }

        var right = code is { Length: 6 } && tokens.MatchesCode(id, code, hash);
        var updated = right
            ? subscriber with { SmsStatus = ContactStatus.Confirmed, Pending = pending with { SmsCodeHash = null, SmsCodeExpiresAt = null } }
            : subscriber with { Pending = pending with { SmsCodeAttempts = pending.SmsCodeAttempts + 1 } };
        await SaveAsync(updated, cancellationToken);
        return right ? new SubscriberOutcome(SubscriberOutcomeKind.Ok, updated) : SubscriberOutcome.Forbidden("the code is wrong");
    }

    /// <summary>Whether an unsubscribe token is genuine and current (for the confirmation page).</summary>
    public bool CanUnsubscribe(string? token) => tokens.Verify(token, TokenPurpose.Unsubscribe) is not null;

    /// <summary>
    /// Stops email alerts to the address of the subscriber named by a one-click unsubscribe token, for every
    /// subscription (the address goes on the suppression list); repeating it is harmless.
    /// </summary>
    public async Task<SubscriberOutcome> UnsubscribeEmailAsync(string? token, CancellationToken cancellationToken)
    {
        var verified = tokens.Verify(token, TokenPurpose.Unsubscribe);
        if (verified is null)
        {
            return SubscriberOutcome.Forbidden("the unsubscribe link is not valid or has expired");
        }

        var outcome = await ChangeAsync(verified.SubscriberId, token, TokenPurpose.Unsubscribe, s => s with { EmailStatus = ContactStatus.OptedOut }, cancellationToken);
        if (outcome is { Kind: SubscriberOutcomeKind.Ok, Subscriber.Email: { } email })
        {
            await suppressions.SuppressAsync(Channel.Email, email, SuppressionReason.Unsubscribe, cancellationToken);
        }

        return outcome;
    }

    /// <summary>
    /// "Stop everything" from the manage link: every contact of the subscriber goes on the suppression list (for every
    /// subscription) and both channels are opted out.
    /// </summary>
    public async Task<SubscriberOutcome> StopEverythingAsync(string id, string? manageToken, CancellationToken cancellationToken)
    {
        var outcome = await ChangeAsync(id, manageToken, TokenPurpose.Manage, s => s with
        {
            EmailStatus = s.Email is null ? s.EmailStatus : ContactStatus.OptedOut,
            SmsStatus = s.Phone is null ? s.SmsStatus : ContactStatus.OptedOut,
        }, cancellationToken);
        if (outcome is { Kind: SubscriberOutcomeKind.Ok, Subscriber: { } stopped })
        {
            if (stopped.Email is { } email)
            {
                await suppressions.SuppressAsync(Channel.Email, email, SuppressionReason.StopEverything, cancellationToken);
            }

            if (stopped.Phone is { } phone)
            {
                await suppressions.SuppressAsync(Channel.Sms, phone, SuppressionReason.StopEverything, cancellationToken);
            }
        }

        return outcome;
    }

    /// <summary>
    /// Applies an SMS keyword from a number: STOP and its synonyms put the number on the suppression list (every
    /// subscription, even none), START and UNSTOP lift it; the subscriber that has the number follows.
    /// </summary>
    public async Task<SubscriberOutcome> ApplySmsKeywordAsync(string phone, SmsKeyword keyword, CancellationToken cancellationToken)
    {
        if (keyword == SmsKeyword.Stop)
        {
            await suppressions.SuppressAsync(Channel.Sms, phone, SuppressionReason.OptOutReply, cancellationToken);
        }
        else if (keyword == SmsKeyword.Start)
        {
            await suppressions.LiftAsync(Channel.Sms, phone, cancellationToken);
        }

        if (await store.FindIdByPhoneAsync(phone, cancellationToken) is not { } id || await store.GetAsync(id, cancellationToken) is not { } subscriber)
        {
            return SubscriberOutcome.NotFound;
        }

        var status = keyword switch
        {
            SmsKeyword.Stop => ContactStatus.OptedOut,
            SmsKeyword.Start when subscriber.SmsStatus == ContactStatus.OptedOut => ContactStatus.Confirmed,
            _ => subscriber.SmsStatus,
        };
        var updated = subscriber with { SmsStatus = status };
        await SaveAsync(updated, cancellationToken);
        return new SubscriberOutcome(SubscriberOutcomeKind.Ok, updated);
    }

    /// <summary>Erases the subscriber for the holder of its manage token.</summary>
    public async Task<SubscriberOutcome> DeleteAsync(string id, string? manageToken, CancellationToken cancellationToken)
    {
        if (!Allows(manageToken, TokenPurpose.Manage, id))
        {
            return SubscriberOutcome.Forbidden("a valid manage token for this subscriber is required");
        }

        foreach (var replica in replicas)
        {
            replica.Remove(id);
        }

        await ledger.EraseSubscriberAsync(id, cancellationToken);
        return await store.DeleteAsync(id, cancellationToken) ? new SubscriberOutcome(SubscriberOutcomeKind.Ok) : SubscriberOutcome.NotFound;
    }

    private async Task<SubscriberOutcome> ChangeAsync(
        string id, string? token, TokenPurpose purpose, Func<Subscriber, Subscriber?> change, CancellationToken cancellationToken)
    {
        if (!Allows(token, purpose, id))
        {
            return SubscriberOutcome.Forbidden($"a valid {purpose} token for this subscriber is required");
        }

        var subscriber = await store.GetAsync(id, cancellationToken);
        if (subscriber is null)
        {
            return SubscriberOutcome.NotFound;
        }

        var updated = change(subscriber);
        if (updated is null)
        {
            return SubscriberOutcome.Forbidden("this link has been used already or replaced by a newer one");
        }

        await SaveAsync(updated, cancellationToken);
        return new SubscriberOutcome(SubscriberOutcomeKind.Ok, updated);
    }

    // The store first, then this instance's replicas at once (other instances follow through the change feed).
    private async Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        await store.SaveAsync(subscriber, cancellationToken);
        foreach (var replica in replicas)
        {
            replica.Upsert(subscriber);
        }
    }

    private bool Allows(string? token, TokenPurpose purpose, string id) => tokens.Verify(token, purpose)?.SubscriberId == id;

    private static List<Topic> TopicsOf(IReadOnlyList<(string Text, bool Exact)> topics) =>
        topics.Select((t, i) => new Topic($"t{i + 1}", t.Text, t.Exact)).ToList();
}
