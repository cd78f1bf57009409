namespace NewsAlerts.Core.RateLimits;

using System.Threading.RateLimiting;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Telemetry;

/// <summary>
/// The limits on sign-up, resend, manage links, contact changes and confirm (<see cref="RateLimitOptions"/>); each
/// action has its own per-client count (<see cref="ClientAction"/>). The truth is the shared counters
/// (<see cref="IRateCounterStore"/>, one per limit and key), so every instance of the Function App holds the same
/// limit; in front of them, a per-instance <see cref="PartitionedRateLimiter{TResource}"/> lets at most two requests
/// per client address at a time reach the counters (eight more wait), so one client's parallel flood costs storage
/// no more than its sequential requests would. Limits are taken in order and stop at the first refusal: a refused
/// request may have used up a count of a limit before it, which errs on the side of sending less.
/// </summary>
public sealed class SignUpLimits : IDisposable
{
    /// <summary>Sign-ups per client address.</summary>
    public const string Client = "client";

    /// <summary>Requests for a new link or code per client address.</summary>
    public const string ResendClient = "resend_client";

    /// <summary>Requests for a fresh manage link per client address.</summary>
    public const string ManageLinkClient = "manage_link_client";

    /// <summary>Address or number changes per client address.</summary>
    public const string ContactChangeClient = "contact_change_client";

    /// <summary>Confirmation messages per contact.</summary>
    public const string Contact = "contact";

    /// <summary>SMS codes per number prefix.</summary>
    public const string Prefix = "number_prefix";

    /// <summary>Confirmation SMS per day, for the whole service.</summary>
    public const string SmsBudget = "sms_budget";

    /// <summary>Confirm requests per client address.</summary>
    public const string ConfirmClient = "confirm_client";

    /// <summary>Too many requests of one client address in flight on this instance.</summary>
    public const string InFlight = "in_flight";

    /// <summary>Every write of a counter lost to other instances writing it at the same moment.</summary>
    public const string Contention = "contention";

    /// <summary>The counters' storage failed; nothing can be counted, so nothing is sent.</summary>
    public const string Unavailable = "unavailable";

    private readonly IRateCounterStore counters;
    private readonly TimeProvider time;
    private readonly SignUpMetrics metrics;
    private readonly IReadOnlyDictionary<ClientAction, RateLimit> clients;
    private readonly RateLimit contact;
    private readonly RateLimit prefix;
    private readonly RateLimit smsBudget;
    private readonly RateLimit confirmClient;
    private readonly PartitionedRateLimiter<string> inFlight = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetConcurrencyLimiter(address, _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = 2,
            QueueLimit = 8,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));

    /// <summary>Takes the limits from <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SignUpLimits(IRateCounterStore counters, RateLimitOptions options, TimeProvider time, SignUpMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.counters = counters ?? throw new ArgumentNullException(nameof(counters));
        this.time = time ?? throw new ArgumentNullException(nameof(time));
        this.metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        var clientWindow = TimeSpan.FromMinutes(options.ClientWindowMinutes);
        clients = new Dictionary<ClientAction, RateLimit>
        {
            [ClientAction.SignUp] = new(Client, options.SignUpsPerClient, clientWindow),
            [ClientAction.Resend] = new(ResendClient, options.ResendsPerClient, clientWindow),
            [ClientAction.ManageLink] = new(ManageLinkClient, options.ManageLinksPerClient, clientWindow),
            [ClientAction.ContactChange] = new(ContactChangeClient, options.ContactChangesPerClient, clientWindow),
        };
        contact = new RateLimit(Contact, options.ConfirmationsPerContact, TimeSpan.FromHours(options.ContactWindowHours));
        prefix = new RateLimit(Prefix, options.CodesPerNumberPrefix, TimeSpan.FromMinutes(options.PrefixWindowMinutes));
        smsBudget = new RateLimit(SmsBudget, options.ConfirmationSmsPerDay, TimeSpan.FromDays(1));
        confirmClient = new RateLimit(ConfirmClient, options.ConfirmAttemptsPerClient, clientWindow);
    }

    /// <summary>
    /// Waits for one of the client's in-flight places on this instance; a lease that is not acquired (the queue is
    /// full) is a refusal (<see cref="InFlight"/>, retry after 1 s). Dispose the lease when the request is done.
    /// </summary>
    public async ValueTask<RateLimitLease> EnterAsync(string clientAddress, CancellationToken cancellationToken)
    {
        var lease = await inFlight.AcquireAsync(clientAddress, 1, cancellationToken);
        if (!lease.IsAcquired)
        {
            metrics.Refused(InFlight);
        }

        return lease;
    }

    /// <summary>
    /// Takes a sign-up, resend or contact change (<paramref name="action"/>) that will send a confirmation to each of
    /// <paramref name="email"/> and <paramref name="phone"/> (null: none): the client's count for that action, each contact's, and for a number its prefix's and the
    /// day's SMS budget. Null when every limit allows it; otherwise the first refusal (send nothing then). The client's
    /// count stays taken (the request was made), but the contact and prefix counts taken before a later refusal are
    /// given back, so a prefix or budget exhausted by someone else does not use up a person's own confirmations.
    /// A refusal by the per-contact limit says to come back after a whole window, not when its first message went,
    /// so it tells nobody when someone else last signed that contact up.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is <see cref="ClientAction.ManageLink"/> (use <see cref="TakeManageLinksAsync(string, IReadOnlyList{string}, CancellationToken)"/>) or not an action.</exception>
    public Task<RateLimitRefusal?> TakeConfirmationsAsync(
        ClientAction action, string clientAddress, string? email, string? phone, CancellationToken cancellationToken) =>
        TakeConfirmationsAsync(action, clientAddress, email, phone, null, cancellationToken);

    /// <summary>
    /// As <see cref="TakeConfirmationsAsync(ClientAction, string, string, string, CancellationToken)"/>; when allowed,
    /// every count taken (the client's too) is recorded in <paramref name="taken"/> (null: not kept) to give back with
    /// <see cref="GiveBackAsync"/> if nothing is sent after all.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="action"/> is <see cref="ClientAction.ManageLink"/> (use <see cref="TakeManageLinksAsync(string, IReadOnlyList{string}, CancellationToken)"/>) or not an action.</exception>
    public async Task<RateLimitRefusal?> TakeConfirmationsAsync(
        ClientAction action, string clientAddress, string? email, string? phone, TakenAllowances? taken, CancellationToken cancellationToken)
    {
        if (action is not (ClientAction.SignUp or ClientAction.Resend or ClientAction.ContactChange))
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "a confirmation is sent for a sign-up, a resend or a contact change");
        }

        if (await TakeAsync(clients[action], clientAddress, cancellationToken) is { } refusedClient)
        {
            return refusedClient;
        }

        var steps = new List<(RateLimit Limit, string Key)>();
        if (email is not null)
        {
            steps.Add((contact, "email:" + email.ToLowerInvariant()));
        }

        if (phone is not null)
        {
            steps.Add((contact, "sms:" + phone));
            steps.Add((prefix, NumberPrefix.Of(phone)));
            steps.Add((smsBudget, "all"));
        }

        for (var i = 0; i < steps.Count; i++)
        {
            if (await TakeAsync(steps[i].Limit, steps[i].Key, cancellationToken) is { } refusal)
            {
                // Taken until now: a window these counts started began no later than this (the clock runs on).
                await ReturnCountsAsync(steps.Take(i), time.GetUtcNow(), cancellationToken);
                return refusal.Limit == Contact ? refusal with { RetryAfterSeconds = WholeSeconds(contact.Window) } : refusal;
            }
        }

        taken?.Record([(clients[action], clientAddress), .. steps], time.GetUtcNow());
        return null;
    }

    /// <summary>
    /// Gives back the counts in <paramref name="taken"/> (what an allowed request took, <see cref="TakenAllowances"/>)
    /// because nothing was sent for it: each counter one lower while it is still the window the count was taken in
    /// (<see cref="RateWindow.GiveBack"/>). Once: a second call gives back nothing.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="taken"/> is null.</exception>
    public Task GiveBackAsync(TakenAllowances taken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var takenAt = taken.TakenAt;
        return ReturnCountsAsync(taken.Release(), takenAt, cancellationToken);
    }

    /// <summary>
    /// Takes a request for fresh manage links to <paramref name="contacts"/> (email addresses, or numbers in E.164 to text
    /// them to; an address and a number asked for in one request): the client's count of manage links, then each
    /// contact's own count under the per-contact limit, kept apart from its confirmations so asking for manage links
    /// never uses up a sign-up's. Counted whether or not a contact is signed up (or stopped), so a refusal tells nothing
    /// about it; the per-contact refusal says to come back after a whole window. All or nothing: each contact's count is taken before anything is sent, and a refusal of any of
    /// them (the client's limit or a contact's) gives back the contact counts taken before it, so a number over its limit
    /// does not spend the address's allowance for a link that was never sent (issue 16). The client's counts stay taken
    /// (the request was made), as in <see cref="TakeConfirmationsAsync"/>. Null when every one is allowed.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="contacts"/> is null.</exception>
    public Task<RateLimitRefusal?> TakeManageLinksAsync(string clientAddress, IReadOnlyList<string> contacts, CancellationToken cancellationToken) =>
        TakeManageLinksAsync(clientAddress, contacts, null, cancellationToken);

    /// <summary>
    /// As <see cref="TakeManageLinksAsync(string, IReadOnlyList{string}, CancellationToken)"/>; when allowed, every count
    /// taken (the client's too) is recorded in <paramref name="taken"/> (null: not kept) to give back with
    /// <see cref="GiveBackAsync"/> when the links cannot be queued.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="contacts"/> is null.</exception>
    public async Task<RateLimitRefusal?> TakeManageLinksAsync(string clientAddress, IReadOnlyList<string> contacts, TakenAllowances? taken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        var counted = new List<(RateLimit Limit, string Key)>();
        foreach (var emailOrPhone in contacts)
        {
            var key = "manage-link:" + emailOrPhone.ToLowerInvariant();
            if (await TakeAsync(clients[ClientAction.ManageLink], clientAddress, cancellationToken) is { } refusedClient)
            {
                await ReturnCountsAsync(counted.Where(c => c.Limit == contact), time.GetUtcNow(), cancellationToken);
                return refusedClient;
            }

            counted.Add((clients[ClientAction.ManageLink], clientAddress));
            if (await TakeAsync(contact, key, cancellationToken) is { } refusedContact)
            {
                await ReturnCountsAsync(counted.Where(c => c.Limit == contact), time.GetUtcNow(), cancellationToken);
                return refusedContact with { RetryAfterSeconds = WholeSeconds(contact.Window) };
            }

            counted.Add((contact, key));
        }

        taken?.Record(counted, time.GetUtcNow());
        return null;
    }

    /// <summary>Takes one confirm request (link or code) of the client; null when allowed.</summary>
    public Task<RateLimitRefusal?> TakeConfirmAttemptAsync(string clientAddress, CancellationToken cancellationToken) =>
        TakeAsync(confirmClient, clientAddress, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => inFlight.Dispose();

    // Each count one lower, while its counter is still in the window it was taken in (no later than takenAt).
    private async Task ReturnCountsAsync(IEnumerable<(RateLimit Limit, string Key)> counts, DateTimeOffset takenAt, CancellationToken cancellationToken)
    {
        foreach (var (limit, key) in counts.ToList())
        {
            await counters.TakeAsync(limit.Name, key, current => RateWindow.GiveBack(current, limit, takenAt, time.GetUtcNow()), cancellationToken);
        }
    }

    private async Task<RateLimitRefusal?> TakeAsync(RateLimit limit, string key, CancellationToken cancellationToken)
    {
        var decision = await counters.TakeAsync(limit.Name, key, current => RateWindow.Decide(current, limit, time.GetUtcNow()), cancellationToken);
        if (decision.Allowed)
        {
            return null;
        }

        var name = decision.Cause ?? limit.Name;
        metrics.Refused(name);
        return new RateLimitRefusal(name, decision.RetryAfterSeconds);
    }

    private static int WholeSeconds(TimeSpan window) => (int)Math.Min(int.MaxValue, Math.Ceiling(window.TotalSeconds));
}
