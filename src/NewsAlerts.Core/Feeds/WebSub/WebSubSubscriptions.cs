namespace NewsAlerts.Core.Feeds.WebSub;

using System.Security.Cryptography;
using NewsAlerts.Core.Ports;

/// <summary>
/// Keeps feeds subscribed at the hubs they name: asks after a poll discovers a hub, renews before leases lapse (from
/// the poll timer), unsubscribes feeds that are paused or removed (<see cref="EndAsync"/>), and answers the hubs'
/// verification requests by <see cref="WebSubRules"/>. The pending state and the secret are stored before a request is
/// sent, because a hub may verify before its answer to the request arrives.
/// </summary>
/// <param name="store">The subscriptions.</param>
/// <param name="hub">Sends the requests.</param>
/// <param name="callbackBase">The app's public address; callbacks are <c>{callbackBase}api/websub/{feedId}?state={state}</c> (<see cref="WebSubSubscription.State"/>).</param>
/// <param name="leaseSeconds">The lease asked for.</param>
/// <param name="time">The clock.</param>
/// <param name="allowLoopbackHubs">True only in <c>dev</c> and tests: an <c>http</c> hub on a loopback address is subscribed to (<see cref="WebSubRules.HubRefusal"/>).</param>
/// <param name="feeds">The feed registry: the subscription of a feed that is paused or gone is not renewed. Null renews every subscription due.</param>
public sealed class WebSubSubscriptions(
    IWebSubStore store, IWebSubHub hub, Uri callbackBase, int leaseSeconds, TimeProvider time, bool allowLoopbackHubs = false, IFeedStore? feeds = null)
{
    /// <summary>The callback URL of a feed's subscription with <paramref name="state"/> (<see cref="WebSubSubscription.State"/>).</summary>
    public Uri CallbackFor(string feedId, string state) => new(callbackBase, $"api/websub/{Uri.EscapeDataString(feedId)}?state={Uri.EscapeDataString(state)}");

    /// <summary>The feed's subscription, or null.</summary>
    public Task<WebSubSubscription?> GetAsync(string feedId, CancellationToken cancellationToken) => store.GetAsync(feedId, cancellationToken);

    /// <summary>Every subscription, by feed id, in one read of the store (the poller reads them once per run).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<IReadOnlyDictionary<string, WebSubSubscription>> AllAsync(CancellationToken cancellationToken)
    {
        var all = new Dictionary<string, WebSubSubscription>(StringComparer.Ordinal);
        foreach (var subscription in await store.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            all[subscription.FeedId] = subscription;
        }

        return all;
    }

    /// <summary>Subscribes, renews or retries when <see cref="WebSubRules.Due"/> says so for what a poll discovered; the action taken.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<WebSubAction> EnsureAsync(string feedId, WebSubDiscovery discovered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(discovered);
        var current = await store.GetAsync(feedId, cancellationToken).ConfigureAwait(false);
        if (current is { Unsubscribing: true } && !await IsPolledAsync(feedId, cancellationToken).ConfigureAwait(false))
        {
            // A poll that was under way when the feed was paused or removed: it must not subscribe the feed again.
            return WebSubAction.None;
        }

        if (WebSubRules.HubRefusal(discovered.Hub, allowLoopbackHubs) is { } refusal)
        {
            // Not asked, and said why (GET /api/feeds/{id}); the feed is polled at its own interval.
            if (current is null || (current.LastError != refusal && !current.IsActive(time.GetUtcNow())))
            {
                var now = time.GetUtcNow();
                var state = current?.State ?? NewState();
                await store.SaveAsync(
                    new WebSubSubscription(feedId, discovered.Hub, discovered.Topic, CallbackFor(feedId, state), current?.Secret ?? NewSecret(), now, false, null, 0, refusal, State: state),
                    cancellationToken).ConfigureAwait(false);
            }

            return WebSubAction.None;
        }

        var action = WebSubRules.Due(current, discovered.Hub, discovered.Topic, time.GetUtcNow());
        if (action != WebSubAction.None)
        {
            var fresh = action == WebSubAction.Subscribe || current is null;
            await RequestAsync(feedId, discovered.Hub, discovered.Topic, fresh ? NewSecret() : current!.Secret, fresh ? null : current, cancellationToken).ConfigureAwait(false);
        }

        return action;
    }

    /// <summary>
    /// Renews (or retries) every subscription that is due, but for paused or removed feeds; asks again to unsubscribe
    /// those whose unsubscription the hub has not verified after a wait, and removes those whose lease lapsed meanwhile
    /// (<see cref="WebSubRules.Ending"/>); how many requests were sent.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<int> RenewDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var subscription in await store.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (subscription.Unsubscribing)
            {
                // A resumed feed is subscribed afresh by its next poll; a paused or removed one is let go.
                if (!await IsPolledAsync(subscription.FeedId, cancellationToken).ConfigureAwait(false)
                    && await EndAsync(subscription, cancellationToken).ConfigureAwait(false) == WebSubEnding.Unsubscribe)
                {
                    sent++;
                }

                continue;
            }

            if (WebSubRules.HubRefusal(subscription.Hub, allowLoopbackHubs) is null
                && WebSubRules.Due(subscription, subscription.Hub, subscription.Topic, time.GetUtcNow()) != WebSubAction.None
                && await IsPolledAsync(subscription.FeedId, cancellationToken).ConfigureAwait(false))
            {
                await RequestAsync(subscription.FeedId, subscription.Hub, subscription.Topic, subscription.Secret, subscription, cancellationToken).ConfigureAwait(false);
                sent++;
            }
        }

        return sent;
    }

    /// <summary>
    /// Ends the subscription of a feed that was paused or removed: sends <c>hub.mode=unsubscribe</c> with the callback and
    /// topic the hub knows, and keeps the row (marked <see cref="WebSubSubscription.Unsubscribing"/>) until the hub
    /// verifies that intent; removes the row at once when nothing runs at the hub. What was done; <see cref="WebSubEnding.Wait"/>
    /// also when the feed has no subscription.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<WebSubEnding> EndAsync(string feedId, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(feedId, cancellationToken).ConfigureAwait(false);
        return current is null ? WebSubEnding.Wait : await EndAsync(current, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Decides a hub's verification request for <paramref name="feedId"/> and stores what changes (removing the row after a verified unsubscription).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<WebSubVerdict> VerifyAsync(string feedId, WebSubVerification request, CancellationToken cancellationToken)
    {
        var verdict = WebSubRules.Verify(await store.GetAsync(feedId, cancellationToken).ConfigureAwait(false), request, time.GetUtcNow());
        if (verdict.Remove)
        {
            await store.DeleteAsync(feedId, cancellationToken).ConfigureAwait(false);
        }
        else if (verdict.Next is { } next)
        {
            await store.SaveAsync(next, cancellationToken).ConfigureAwait(false);
        }

        return verdict;
    }

    /// <summary>
    /// Notes that <paramref name="subscription"/>'s hub pushed a body with a valid signature (call only after checking it):
    /// from then on, while the lease runs, the feed is polled at the fallback interval.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task RecordPushAsync(WebSubSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        // Read again: a verification may have changed the row since the push's signature was checked.
        // Gone: the hub verified our unsubscription meanwhile, and a save would bring the row back.
        var current = await store.GetAsync(subscription.FeedId, cancellationToken).ConfigureAwait(false);
        if (current is not null && current.Secret == subscription.Secret)
        {
            await store.SaveAsync(current with { LastPushAt = time.GetUtcNow(), LastPushError = null }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Records a validly signed push that was not a feed (<see cref="WebSubPushVerdict"/>): it was a push (the hub holds
    /// our secret and delivers), so <c>LastPushAt</c> is its time, and its reason is <c>LastPushError</c>, shown in the
    /// feed's health: an operator reads that the hub pushes, and pushes junk (trial r34 #3; before, <c>lastPushAt</c>
    /// stayed null and read as a hub that never pushed). Polling does not slow down for it
    /// (<see cref="WebSubRules.PollInterval"/> slows only after a push that was a feed). Nothing is written when the
    /// subscription is gone or its secret changed since the push was checked.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task RecordPushErrorAsync(WebSubSubscription subscription, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(error);
        var current = await store.GetAsync(subscription.FeedId, cancellationToken).ConfigureAwait(false);
        if (current is not null && current.Secret == subscription.Secret)
        {
            var now = time.GetUtcNow();
            await store.SaveAsync(current with { LastPushAt = now, LastPushError = error, LastPushErrorAt = now }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RequestAsync(string feedId, Uri hubUrl, Uri topic, string secret, WebSubSubscription? current, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // A fresh subscription (a new secret) gets a new state; a renewal or retry keeps the callback the hub knows.
        var state = current?.State is { Length: > 0 } kept && current.Secret == secret ? kept : NewState();
        var pending = current is null
            ? new WebSubSubscription(feedId, hubUrl, topic, CallbackFor(feedId, state), secret, now, true, null, 0, null, State: state)
            : current with
            {
                Hub = hubUrl, Topic = topic, Callback = CallbackFor(feedId, state), Secret = secret, RequestedAt = now, Pending = true, LastError = null, State = state, Unsubscribing = false,
                // A push from the previous hub says nothing about this one.
                LastPushAt = current.Hub.AbsoluteUri == hubUrl.AbsoluteUri ? current.LastPushAt : null,
            };
        await store.SaveAsync(pending, cancellationToken).ConfigureAwait(false);
        var error = await hub.SubscribeAsync(new WebSubRequest(hubUrl, pending.Callback, topic, secret, leaseSeconds), cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            // The hub will not verify: the lease (if any) keeps running, and the request is retried after a wait.
            await store.SaveAsync(pending with { Pending = false, LastError = error }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<WebSubEnding> EndAsync(WebSubSubscription current, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var ending = WebSubRules.Ending(current, now);
        if (ending == WebSubEnding.Remove)
        {
            await store.DeleteAsync(current.FeedId, cancellationToken).ConfigureAwait(false);
        }
        else if (ending == WebSubEnding.Unsubscribe)
        {
            // Stored before the request: the hub may verify before it answers. Same callback (and state) and topic: a hub
            // knows the subscription by them. A subscription request still waiting is answered no from now on.
            var unsubscribing = current with { Unsubscribing = true, Pending = false, RequestedAt = now, LastError = null };
            await store.SaveAsync(unsubscribing, cancellationToken).ConfigureAwait(false);
            var error = await hub.SubscribeAsync(
                new WebSubRequest(current.Hub, current.Callback, current.Topic, current.Secret, 0, WebSubRequest.Unsubscribe), cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                // Asked again by RenewDueAsync after a verification wait, while the lease runs.
                await store.SaveAsync(unsubscribing with { LastError = error }, cancellationToken).ConfigureAwait(false);
            }
        }

        return ending;
    }

    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    private async Task<bool> IsPolledAsync(string feedId, CancellationToken cancellationToken) =>
        feeds is null || await feeds.GetAsync(feedId, cancellationToken).ConfigureAwait(false) is { Registration.Paused: false };

    private static string NewState() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
