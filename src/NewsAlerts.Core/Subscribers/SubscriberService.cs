namespace NewsAlerts.Core.Subscribers;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Suppression;

/// <summary>
/// Managing subscribers with their manage token (topics, settings, stop everything, erasure) and the opt-outs of
/// one-click unsubscribe and SMS keywords (sign-up and confirmation: <see cref="SignUps.SignUpService"/>).
/// Every change goes to the store and to this instance's matching index at once (other instances pick it up from the store's change feed).
/// A token is checked against the id it was issued for; an id the merge migration deleted as a duplicate then acts on
/// the survivor its alias names (<see cref="SubscriberAliases"/>), so links sent before the merge still reach the person.
/// </summary>
public sealed class SubscriberService(
    ISubscriberStore store, IEnumerable<ISubscriberReplica> replicas, IDeliveryLedger ledger, ISignUpStore signUps, TokenSigner tokens, SuppressionList suppressions,
    SubscriberSync? sync = null, IAlertHistory? history = null, TimeProvider? time = null, IPlannedAlerts? planned = null, Caps.IDailyCapStore? caps = null,
    ILogger<SubscriberService>? logger = null)
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private readonly ILogger log = logger ?? NullLogger<SubscriberService>.Instance;

    // Unconditional changes computed again on a newer version this many times before they give up as stale.
    private const int MaxChangeAttempts = 5;

    /// <summary>How long a manage token works.</summary>
    public static readonly TimeSpan ManageTokenLifetime = TimeSpan.FromDays(365);

    /// <summary>How long an email confirmation link works.</summary>
    public static readonly TimeSpan EmailConfirmationLifetime = TimeSpan.FromDays(2);

    /// <summary>How long an SMS code works.</summary>
    public static readonly TimeSpan SmsCodeLifetime = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The 403 outcome when <paramref name="manageToken"/> is not a manage token of subscriber <paramref name="id"/>,
    /// else null. Asked before a request's body is read, so a caller without access learns nothing of what the body
    /// would be refused for (trial r37 #11). Reads nothing from storage.
    /// </summary>
    /// <param name="id">The subscriber id of the route.</param>
    /// <param name="manageToken">The token given (header or query), or null.</param>
    public SubscriberOutcome? RefuseWithoutAccess(string id, string? manageToken) =>
        Allows(manageToken, TokenPurpose.Manage, id) ? null : SubscriberOutcome.Forbidden("a valid manage token for this subscriber is required");

    /// <summary>Reads a subscriber for the holder of its manage token.</summary>
    public async Task<SubscriberOutcome> GetAsync(string id, string? manageToken, CancellationToken cancellationToken)
    {
        if (!Allows(manageToken, TokenPurpose.Manage, id))
        {
            return SubscriberOutcome.Forbidden("a valid manage token for this subscriber is required");
        }

        return await store.GetVersionedFollowingAliasesAsync(id, cancellationToken) is { } read
            ? new SubscriberOutcome(SubscriberOutcomeKind.Ok, read.Subscriber, Version: SubscriberVersions.TagOf(read.Version))
            : SubscriberOutcome.NotFound;
    }

    /// <summary>
    /// Replaces the topics. Topic ids are positions (t1, t2...), so a per-topic preference is kept only where the
    /// topic at its id is unchanged.
    /// </summary>
    /// <param name="id">The subscriber.</param>
    /// <param name="manageToken">The manage token.</param>
    /// <param name="topics">The new topics.</param>
    /// <param name="cancellationToken">Cancels the change.</param>
    /// <param name="languages">Each topic's own language (BCP 47) by position, null where it has none.</param>
    /// <param name="expectedVersion">
    /// The version the change was asked against (an entity tag or <c>If-Match</c> list, <see cref="SubscriberVersions"/>);
    /// when it is no longer stored nothing is written and the outcome is <see cref="SubscriberOutcomeKind.Stale"/>. Null: no condition.
    /// </param>
    public Task<SubscriberOutcome> ReplaceTopicsAsync(string id, string? manageToken, IReadOnlyList<(string Text, bool Exact)> topics, CancellationToken cancellationToken,
        IReadOnlyList<string?>? languages = null, string? expectedVersion = null) =>
        ChangeAsync(id, manageToken, TokenPurpose.Manage, s =>
        {
            var replaced = TopicsOf(topics, languages);
            return s with { Topics = replaced, Preferences = KeepOverridesOfUnchangedTopics(s, replaced) };
        }, cancellationToken, expectedVersion: expectedVersion);

    /// <summary>
    /// Changes the time zone, the SMS urgency threshold and/or the delivery preferences, with the manage token; a
    /// preference for a topic id the subscriber does not have makes the outcome <see cref="SubscriberOutcomeKind.Invalid"/>;
    /// with <paramref name="expectedVersion"/> no longer stored, <see cref="SubscriberOutcomeKind.Stale"/> (as <see cref="ReplaceTopicsAsync"/>).
    /// A daily cap set or changed counts what the day has sent already (<see cref="Caps.CapSeeding"/>); when the day's
    /// history or counter cannot be read or written then, the change stays saved, the failure is logged and the outcome
    /// says so (<see cref="SubscriberOutcome.CapsCountFromNow"/>): the cap counts from the change on.
    /// </summary>
    public async Task<SubscriberOutcome> ChangeSettingsAsync(
        string id, string? manageToken, SubscriberSettings settings, CancellationToken cancellationToken, string? expectedVersion = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        IReadOnlyList<Validation.FieldError>? errors = null;
        Subscriber? before = null;
        var outcome = await ChangeAsync(id, manageToken, TokenPurpose.Manage, s =>
        {
            before = s;
            var preferences = s.Preferences;
            if (settings.Preferences is { } change)
            {
                var merged = change.ApplyTo(s.EffectivePreferences, [.. s.Topics.Select(t => t.Id)]);
                errors = merged.Errors;
                preferences = merged.Value;
                // A change that turns channels off keeps one of their contacts on (ChannelSwitches.AllOff): all off is "stop everything".
                if (preferences is { } changed && changed.Channels != s.EffectivePreferences.Channels && ChannelSwitches.AllOff(s, changed.Channels) is { } allOff)
                {
                    errors = [.. errors ?? [], allOff];
                }
            }

            var pausedUntil = s.PausedUntil;
            if (settings.Pause is { } pause)
            {
                // A date is a day on their clock: in the zone this same change sets, if it sets one.
                var (until, error) = Pausing.Pauses.Until(pause, clock.GetUtcNow(), settings.TimeZone ?? s.TimeZone);
                errors = error is null ? errors : [.. errors ?? [], error];
                pausedUntil = until;
            }

            return errors is { Count: > 0 } ? s : s with
            {
                PausedUntil = pausedUntil,
                TimeZone = settings.TimeZone ?? s.TimeZone,
                SmsMaxUrgency = settings.SmsMaxUrgency ?? s.SmsMaxUrgency,
                Preferences = preferences,
                Language = settings.Language ?? s.Language,
                Languages = settings.Languages is null ? s.Languages : settings.Languages.Count == 0 ? null : settings.Languages,
            };
        }, cancellationToken, save: _ => errors is not { Count: > 0 }, expectedVersion: expectedVersion);
        if (errors is { Count: > 0 } && outcome.Kind == SubscriberOutcomeKind.Ok)
        {
            return SubscriberOutcome.Invalid(errors);
        }

        if (outcome is { Kind: SubscriberOutcomeKind.Ok, Subscriber: { } after } && before is not null)
        {
            return await SeedCapsAsync(before, after, cancellationToken) ? outcome : outcome with { CapsCountFromNow = true };
        }

        return outcome;
    }

    // A cap set mid-day counts what the day has sent already (CapSeeding): the dispatcher counted nothing while there was
    // no cap. Best effort after the change is saved: a storage failure leaves the counter as the dispatcher keeps it,
    // logged, and false tells the caller to say the cap counts from now (trial s44: it was swallowed without a word).
    private async Task<bool> SeedCapsAsync(Subscriber before, Subscriber after, CancellationToken cancellationToken)
    {
        var channels = Caps.CapSeeding.ToSeed(before.EffectivePreferences.Caps, after.EffectivePreferences.Caps);
        if (caps is null || history is null || channels.Count == 0)
        {
            return true;
        }

        try
        {
            var now = clock.GetUtcNow();
            var zone = LocalClock.Zone(after.TimeZone);
            var day = Caps.DailyCapCounting.LocalDay(now, zone);
            var rows = await history.RecentAsync(after.Id, now - Caps.CapSeeding.Lookback, Caps.CapSeeding.MaxRows, cancellationToken);
            foreach (var channel in channels)
            {
                var sent = Caps.CapSeeding.SentOn(rows, channel, zone, day);
                if (sent.Count > 0)
                {
                    await caps.UpdateAsync(after.Id, channel, day, c => Caps.CapSeeding.Seed(c, sent), cancellationToken);
                }
            }

            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The preferences are saved; the cap then counts from now on, as it did before seeding existed. The exception
            // itself is not logged: a storage error's text can carry the row's keys (the subscriber id).
            Caps.CapSeedingLog.SeedingFailed(log, ex.GetType().Name, string.Join(",", channels));
            return false;
        }
    }

    /// <summary>Whether an unsubscribe token is genuine and current (for the confirmation page).</summary>
    public bool CanUnsubscribe(string? token) => tokens.Verify(token, TokenPurpose.Unsubscribe) is not null;

    /// <summary>
    /// The subscriber a one-click unsubscribe token names, following a merge to the survivor (the same person); null
    /// when the token is not valid (forged, changed or expired) or the subscriber is erased.
    /// </summary>
    public async Task<Subscriber?> OfUnsubscribeTokenAsync(string? token, CancellationToken cancellationToken) =>
        tokens.Verify(token, TokenPurpose.Unsubscribe) is { } verified ? await store.GetFollowingAliasesAsync(verified.SubscriberId, cancellationToken) : null;

    /// <summary>
    /// Stops email alerts to the address of the subscriber named by a one-click unsubscribe token, for every
    /// subscription (the address goes on the suppression list, and every confirmation link still held for it is voided,
    /// <see cref="SignUps.OptOutVoids"/>); repeating it is harmless.
    /// </summary>
    public async Task<SubscriberOutcome> UnsubscribeEmailAsync(string? token, CancellationToken cancellationToken)
    {
        var verified = tokens.Verify(token, TokenPurpose.Unsubscribe);
        if (verified is null)
        {
            return SubscriberOutcome.Forbidden("the unsubscribe link is not valid or has expired");
        }

        var outcome = await ChangeAsync(verified.SubscriberId, token, TokenPurpose.Unsubscribe, s => s with { EmailStatus = ContactStatus.OptedOut }, cancellationToken);
        // Every address of the person: also those kept from merged duplicates (an old link may have gone to one).
        foreach (var email in outcome.Kind == SubscriberOutcomeKind.Ok ? outcome.Subscriber!.AllEmails() : [])
        {
            await suppressions.SuppressAsync(Channel.Email, email, SuppressionReason.Unsubscribe, cancellationToken);
        }

        return outcome;
    }

    /// <summary>
    /// "Stop everything" from the manage link: every contact of the subscriber goes on the suppression list (for every
    /// subscription), both channels are opted out, every link or code still held for those contacts is voided
    /// (<see cref="SignUps.OptOutVoids"/>) and their history of received alerts is erased. A pause ends with it (trial r36
    /// #4): it would otherwise outlive the stop and silently drop what a sign-up made later promises.
    /// </summary>
    public async Task<SubscriberOutcome> StopEverythingAsync(string id, string? manageToken, CancellationToken cancellationToken)
    {
        var outcome = await ChangeAsync(id, manageToken, TokenPurpose.Manage, s => s with
        {
            EmailStatus = s.Email is null ? s.EmailStatus : ContactStatus.OptedOut,
            SmsStatus = s.Phone is null ? s.SmsStatus : ContactStatus.OptedOut,
            PausedUntil = null,
        }, cancellationToken);
        if (outcome is { Kind: SubscriberOutcomeKind.Ok, Subscriber: { } stopped })
        {
            // What they received goes with their consent (privacy): the history is theirs to keep only while they subscribe.
            if (history is not null)
            {
                await history.EraseAsync(stopped.Id, cancellationToken);
            }

            foreach (var email in stopped.AllEmails())
            {
                await suppressions.SuppressAsync(Channel.Email, email, SuppressionReason.StopEverything, cancellationToken);
            }

            foreach (var phone in stopped.AllPhones())
            {
                await suppressions.SuppressAsync(Channel.Sms, phone, SuppressionReason.StopEverything, cancellationToken);
            }
        }

        return outcome;
    }

    /// <summary>
    /// Applies an SMS keyword from a number: STOP and its synonyms put the number on the suppression list (every
    /// subscription, even none) and void every code still held for it (<see cref="SignUps.OptOutVoids"/>), START and
    /// UNSTOP lift it; the subscriber that has the number follows (texts disabled by a carrier opt-out, Twilio 21610,
    /// which START lifts at the carrier too, resume as after a STOP).
    /// </summary>
    public async Task<SubscriberOutcome> ApplySmsKeywordAsync(string phone, SmsKeyword keyword, CancellationToken cancellationToken)
    {
        if (keyword == SmsKeyword.Stop)
        {
            await suppressions.SuppressAsync(Channel.Sms, phone, SuppressionReason.OptOutReply, cancellationToken);
        }
        var providerOptOut = false;
        if (keyword == SmsKeyword.Start)
        {
            providerOptOut = await suppressions.ReasonAsync(Channel.Sms, phone, cancellationToken) == AlertChannel.Sms.RefusalReason;
            await suppressions.LiftAsync(Channel.Sms, phone, cancellationToken);
        }

        if (await store.FindIdByPhoneAsync(phone, cancellationToken) is not { } id || await store.GetAsync(id, cancellationToken) is not { } subscriber)
        {
            return SubscriberOutcome.NotFound;
        }

        var status = keyword switch
        {
            // A number still waiting for its code stays waiting (suppressed, so texted nothing): STOP then START must
            // never confirm a number whose code was not entered (review of s35).
            SmsKeyword.Stop when subscriber.SmsStatus == ContactStatus.Pending => ContactStatus.Pending,
            SmsKeyword.Stop => ContactStatus.OptedOut,
            SmsKeyword.Start when subscriber.SmsStatus == ContactStatus.OptedOut => ContactStatus.Confirmed,
            // Twilio 21610 is the person's STOP at the carrier, which START lifts there (trial r35 #4): a number it
            // disabled comes back as after a STOP texted to us. Other disables (unreachable, invalid) stay.
            SmsKeyword.Start when providerOptOut && subscriber.SmsStatus == ContactStatus.Disabled => ContactStatus.Confirmed,
            _ => subscriber.SmsStatus,
        };
        var updated = subscriber with { SmsStatus = status };
        await SaveAsync(updated, cancellationToken);
        return new SubscriberOutcome(SubscriberOutcomeKind.Ok, updated);
    }

    /// <summary>
    /// A carrier opt-out reported after the send (a Twilio status callback with error 21610) for a message sent to
    /// <paramref name="subscriberId"/> (the ledger's recipient of its MessageSid, <see cref="IDeliveryLedger.RecipientOfAsync"/>):
    /// when that subscriber still holds <paramref name="phone"/>, the number goes on the suppression list with
    /// <see cref="AlertChannel.RefusalReason"/> (the record of why, which START reads) and every code still held for it is
    /// voided, through the one path every opt-out takes (<see cref="SuppressionList.SuppressAsync"/>), and its texts are
    /// disabled (<see cref="AlertChannel.Disable"/>), exactly as the same error on send does (<see cref="BatchDispatcher"/>;
    /// issue 16). When the number changed hands (or the subscriber is gone) since the send, nothing changes: the new
    /// holder never answered for the old holder's message (issue 16 review). A null <paramref name="subscriberId"/> is a
    /// message the ledger does not know (a confirmation code, a callback before the send was recorded, minutes old at
    /// most): the number is suppressed and its holder now, if any, disabled. A number the person stopped themselves
    /// stays opted out. Repeating it is harmless. Returns whether anything was applied.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public async Task<bool> ApplyCarrierOptOutAsync(string? subscriberId, string phone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var subscriber = await HolderOfAsync(subscriberId, phone, cancellationToken);
        if (subscriberId is not null && subscriber is null)
        {
            return false;
        }

        var sms = AlertChannel.Sms;
        await suppressions.SuppressAsync(sms.Kind, phone, sms.RefusalReason, cancellationToken);
        if (subscriber?.SmsStatus == ContactStatus.Confirmed)
        {
            // Only a confirmed number is disabled, so START, which brings a disabled one back, never confirms one that
            // was still waiting for its code (a waiting one is suppressed all the same: texted nothing).
            await SaveAsync(sms.Disable(subscriber), cancellationToken);
        }

        return true;
    }

    /// <summary>
    /// A number reported unable to receive texts after the send (a Twilio status callback with e.g. 30004, 30005, 30006)
    /// for a message sent to <paramref name="subscriberId"/> (as <see cref="ApplyCarrierOptOutAsync"/>; null: the number's
    /// holder now): when that
    /// subscriber still holds <paramref name="phone"/>, its texts are disabled (<see cref="AlertChannel.Disable"/>), exactly
    /// as the same error on send does (<see cref="RecipientDecisions.AfterSend"/>), so it is not texted again and again.
    /// Nothing is suppressed: nobody withdrew consent, and the person may add the number again from the manage page; no
    /// suppression with <see cref="AlertChannel.RefusalReason"/> is written, so START does not bring it back. A number that
    /// changed hands since the send is left alone. Repeating it is harmless. Returns whether anything was applied.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public async Task<bool> ApplyUnusableNumberAsync(string? subscriberId, string phone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(phone);
        if (await HolderOfAsync(subscriberId, phone, cancellationToken) is not { } subscriber)
        {
            return false;
        }

        if (subscriber.SmsStatus is ContactStatus.Confirmed)
        {
            await SaveAsync(AlertChannel.Sms.Disable(subscriber), cancellationToken);
        }

        return true;
    }

    // The subscriber a message was sent to (null: not known, then the number's holder now), when it still holds the
    // number the message went to; else null.
    private async Task<Subscriber?> HolderOfAsync(string? subscriberId, string phone, CancellationToken cancellationToken)
    {
        var kind = AlertChannel.Sms.Kind;
        var id = subscriberId ?? await store.FindIdByPhoneAsync(phone, cancellationToken);
        return id is not null && await store.GetAsync(id, cancellationToken) is { Phone: { } held } subscriber && ContactKeys.Of(kind, held) == ContactKeys.Of(kind, phone)
            ? subscriber
            : null;
    }

    /// <summary>
    /// The language (BCP 47) of the subscriber named by a valid one-click unsubscribe <paramref name="token"/>, so the
    /// unsubscribe page speaks the language of the email it came from; null when the token is not valid, the subscriber
    /// is gone or names no language.
    /// </summary>
    public async Task<string?> LanguageOfUnsubscribeTokenAsync(string? token, CancellationToken cancellationToken) =>
        tokens.Verify(token, TokenPurpose.Unsubscribe) is { } verified && await store.GetAsync(verified.SubscriberId, cancellationToken) is { } subscriber
            ? subscriber.Language
            : null;

    /// <summary>
    /// Whether texts to <paramref name="phone"/> (E.164) are stopped: the number is suppressed (a STOP reply, or the
    /// provider's opt-out), which START lifts. The reply to HELP says so then (<see cref="SmsReplyAnswers.For"/>).
    /// </summary>
    public async Task<bool> IsPhoneStoppedAsync(string phone, CancellationToken cancellationToken) =>
        await suppressions.ReasonAsync(Channel.Sms, phone, cancellationToken) is not null;

    /// <summary>The language (BCP 47) of the subscriber that has <paramref name="phone"/> (E.164), or null when none has it or it names none.</summary>
    public async Task<string?> LanguageOfPhoneAsync(string phone, CancellationToken cancellationToken) =>
        await store.FindIdByPhoneAsync(phone, cancellationToken) is { } id && await store.GetAsync(id, cancellationToken) is { } subscriber
            ? subscriber.Language
            : null;

    /// <summary>
    /// Erases the subscriber for the holder of its manage token (profile, lookups, ledger rows, history, the sign-ups it
    /// joined, its id in the records of planned alerts),
    /// and with it every other record of the same person: old duplicates sharing a contact, whichever of them the token
    /// names (<see cref="PersonOfAsync"/>: the store's lookup rows, so a cold instance finds them too).
    /// </summary>
    public async Task<SubscriberOutcome> DeleteAsync(string id, string? manageToken, CancellationToken cancellationToken)
    {
        if (!Allows(manageToken, TokenPurpose.Manage, id))
        {
            return SubscriberOutcome.Forbidden("a valid manage token for this subscriber is required");
        }

        // The record the link names, or the survivor its alias names: the answer is 204 when that one was erased.
        var named = (await store.GetFollowingAliasesAsync(id, cancellationToken))?.Id ?? id;
        var erased = false;
        foreach (var member in await PersonOfAsync(id, cancellationToken))
        {
            erased |= await EraseAsync(member, cancellationToken) && member == named;
        }

        return erased ? new SubscriberOutcome(SubscriberOutcomeKind.Ok) : SubscriberOutcome.NotFound;
    }

    /// <summary>
    /// The ids of every subscriber record of the person <paramref name="id"/> belongs to, <paramref name="id"/> first:
    /// subscribers linked to it through any shared contact, followed through the store's email and phone lookup rows
    /// (so a cold instance finds them too) and through this instance's replicas (the duplicates they folded into a
    /// survivor, and the survivor a duplicate was folded into: old rows may lack lookup rows until the migration runs),
    /// and from an id the migration merged away to the survivor its alias names.
    /// </summary>
    public async Task<IReadOnlyList<string>> PersonOfAsync(string id, CancellationToken cancellationToken)
    {
        var found = new List<string> { id };
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        for (var next = 0; next < found.Count; next++)
        {
            var linked = new List<string?>(replicas.SelectMany(r => r.Find(found[next])?.MergedIds ?? []));
            linked.AddRange(replicas.Select(r => r.SurvivorOf(found[next])));
            if (await store.GetAsync(found[next], cancellationToken) is { } subscriber)
            {
                linked.AddRange(subscriber.MergedIds ?? []);
                foreach (var email in subscriber.AllEmails())
                {
                    linked.Add(await store.FindIdByEmailAsync(email, cancellationToken));
                }

                foreach (var phone in subscriber.AllPhones())
                {
                    linked.Add(await store.FindIdByPhoneAsync(phone, cancellationToken));
                }
            }
            else
            {
                linked.Add(await store.FindAliasAsync(found[next], cancellationToken));
            }

            found.AddRange(linked.OfType<string>().Where(seen.Add));
        }

        return found;
    }

    private async Task<bool> EraseAsync(string id, CancellationToken cancellationToken)
    {
        foreach (var replica in replicas)
        {
            replica.Remove(id);
        }

        await ledger.EraseSubscriberAsync(id, cancellationToken);
        if (history is not null)
        {
            await history.EraseAsync(id, cancellationToken);
        }

        await signUps.EraseForSubscriberAsync(id, cancellationToken);
        if (planned is not null)
        {
            await planned.EraseSubscriberAsync(id, cancellationToken);
        }

        var erased = await store.DeleteAsync(id, cancellationToken);
        // Its aliases last (a crash before leaves aliases to an erased record: not found, as after); the ids merged into
        // it may still have sign-ups joined to them (their ledger rows were moved to it by the migration).
        foreach (var merged in await store.DeleteAliasesToAsync(id, cancellationToken))
        {
            await signUps.EraseForSubscriberAsync(merged, cancellationToken);
            if (planned is not null)
            {
                await planned.EraseSubscriberAsync(merged, cancellationToken);
            }
        }

        return erased;
    }

    // Read, change, write on the version read (TrySaveAsync): a write made meanwhile (a STOP text, another tab, the
    // dispatcher) is never overwritten by a change computed from what it replaced. Without an expected version the
    // change is computed again on what is stored now; with one it is refused as stale instead.
    private async Task<SubscriberOutcome> ChangeAsync(
        string id, string? token, TokenPurpose purpose, Func<Subscriber, Subscriber?> change, CancellationToken cancellationToken,
        Func<Subscriber, bool>? save = null, string? expectedVersion = null)
    {
        if (!Allows(token, purpose, id))
        {
            // The token named as every other refusal names it: "manage token", not the enum's "Manage token" (trial r34 #5).
            return SubscriberOutcome.Forbidden($"a valid {(purpose == TokenPurpose.Unsubscribe ? "unsubscribe" : "manage")} token for this subscriber is required");
        }

        for (var attempt = 1; ; attempt++)
        {
            var read = await store.GetVersionedFollowingAliasesAsync(id, cancellationToken);
            if (read is null)
            {
                return SubscriberOutcome.NotFound;
            }

            if (!SubscriberVersions.Allows(expectedVersion, read.Version))
            {
                return SubscriberOutcome.Stale(read);
            }

            var updated = change(read.Subscriber);
            if (updated is null)
            {
                return SubscriberOutcome.Forbidden("this link has been used already or replaced by a newer one");
            }

            if (!(save?.Invoke(updated) ?? true))
            {
                return new SubscriberOutcome(SubscriberOutcomeKind.Ok, updated, Version: SubscriberVersions.TagOf(read.Version));
            }

            // An unconditional change (an unsubscribe, the API without If-Match) that keeps meeting newer writes is
            // written as it was before versions were checked, rather than lost.
            // The version answered is the one this write made (the store reports it), never a read after it that could
            // see a newer write: a client chaining writes on it would overwrite that one unseen.
            var written = attempt == MaxChangeAttempts && expectedVersion is null
                ? await SaveUnconditionallyAsync(updated, cancellationToken)
                : await store.TrySaveReportingVersionAsync(updated, read.Version, cancellationToken);
            if (written is not null)
            {
                await PublishAsync(updated, cancellationToken);
                return new SubscriberOutcome(SubscriberOutcomeKind.Ok, updated, Version: written.Length == 0 ? null : SubscriberVersions.TagOf(written));
            }

            if (expectedVersion is not null)
            {
                return await store.GetVersionedFollowingAliasesAsync(id, cancellationToken) is { } now ? SubscriberOutcome.Stale(now) : SubscriberOutcome.NotFound;
            }
        }
    }

    private static DeliveryPreferences? KeepOverridesOfUnchangedTopics(Subscriber subscriber, List<Topic> replaced)
    {
        if (subscriber.Preferences is not { Topics.Count: > 0 } preferences)
        {
            return subscriber.Preferences;
        }

        var kept = preferences.Topics
            .Where(o => subscriber.Topics.FirstOrDefault(t => t.Id == o.Key) is { } before && replaced.FirstOrDefault(t => t.Id == o.Key) is { } after
                && before.Text == after.Text && before.Exact == after.Exact)
            .ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal);
        return preferences with { Topics = kept };
    }

    // The store first, then this instance's replicas at once, through the sync's fold when there is one (other
    // instances follow through the change feed).
    private async Task SaveAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        await store.SaveAsync(subscriber, cancellationToken);
        await PublishAsync(subscriber, cancellationToken);
    }

    // An unconditional write reports no version of its own: the one read after it (empty when none), as before.
    private async Task<string> SaveUnconditionallyAsync(Subscriber subscriber, CancellationToken cancellationToken)
    {
        await store.SaveAsync(subscriber, cancellationToken);
        return (await store.GetVersionedAsync(subscriber.Id, cancellationToken))?.Version ?? string.Empty;
    }

    private Task PublishAsync(Subscriber subscriber, CancellationToken cancellationToken) =>
        SubscriberPublishing.PublishAsync(subscriber, sync, replicas, cancellationToken);

    private bool Allows(string? token, TokenPurpose purpose, string id) => tokens.Verify(token, purpose)?.SubscriberId == id;

    private static List<Topic> TopicsOf(IReadOnlyList<(string Text, bool Exact)> topics, IReadOnlyList<string?>? languages) =>
        topics.Select((t, i) => new Topic($"t{i + 1}", t.Text, t.Exact, languages?.ElementAtOrDefault(i))).ToList();
}
