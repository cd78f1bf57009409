namespace NewsAlerts.Functions.Subscribers;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Functions.Http;

/// <summary>
/// The rate limits as the sign-up functions meet them: the client's address from the request (the socket, or the
/// trusted <c>X-Forwarded-For</c> entry, <see cref="RateLimitOptions.ForwardedForHops"/>), then the limits of
/// <see cref="SignUpLimits"/>; a refusal is the 429 answer to return, having sent and stored nothing. What an allowed
/// request took is kept with the request, with how each thing it was taken for ended (<see cref="Record"/>), so that a
/// flow whose sending then fails on our side gives it back through the one rule (<see cref="GiveBackIfDueAsync"/>; issue 16).
/// </summary>
public sealed partial class ConfirmationGate(SignUpLimits limits, IOptions<RateLimitOptions> options, ILogger<ConfirmationGate> logger)
{
    // Where a request keeps what it took (HttpContext.Items).
    private static readonly object TakenKey = new();

    // Where a request keeps how what it took allowances for ended (HttpContext.Items).
    private static readonly object EndsKey = new();

    /// <summary>
    /// The 429 answer when sending a confirmation to these contacts (null: none) for <paramref name="action"/> is over a
    /// limit; null when it may go.
    /// </summary>
    public Task<RateLimitedResult?> RefuseConfirmationsAsync(
        HttpRequest request, ClientAction action, string? email, string? phone, CancellationToken cancellationToken) =>
        RefuseAsync(request, action, (address, ct) => limits.TakeConfirmationsAsync(action, address, email, phone, Taken(request), ct), cancellationToken);

    /// <summary>
    /// The 429 answer when asking in one request for fresh manage links to every one of <paramref name="contacts"/> is over
    /// a limit (nothing then spends any contact's allowance: <see cref="SignUpLimits.TakeManageLinksAsync"/>); null when all may go.
    /// </summary>
    public Task<RateLimitedResult?> RefuseManageLinksAsync(HttpRequest request, IReadOnlyList<string> contacts, CancellationToken cancellationToken) =>
        RefuseAsync(request, ClientAction.ManageLink, (address, ct) => limits.TakeManageLinksAsync(address, contacts, Taken(request), ct), cancellationToken);

    /// <summary>The 429 answer when the client has made too many confirm requests; null when it may go.</summary>
    public Task<RateLimitedResult?> RefuseConfirmAttemptAsync(HttpRequest request, CancellationToken cancellationToken) =>
        RefuseAsync(request, ClientAction.Confirm, limits.TakeConfirmAttemptAsync, cancellationToken);

    /// <summary>Notes how one thing <paramref name="request"/> took allowances for ended, for <see cref="GiveBackIfDueAsync"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public static void Record(HttpRequest request, ConfirmationEnd end)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.HttpContext.Items[EndsKey] is not List<ConfirmationEnd> ends)
        {
            ends = [];
            request.HttpContext.Items[EndsKey] = ends;
        }

        ends.Add(end);
    }

    /// <summary>
    /// Gives back every count <paramref name="request"/> took through <see cref="RefuseConfirmationsAsync"/> or
    /// <see cref="RefuseManageLinksAsync"/> (the client's and each contact's) when the one rule says so over what
    /// <see cref="Record"/> noted (<see cref="AllowanceReturns.Due"/>: nothing went out, and only because of us), so the
    /// person may try again at once rather than be refused for having tried while we were down. Once per request (later
    /// calls give back nothing). Best effort: when the counters cannot be written either, the failure is logged and the
    /// counts stay taken, which errs on the side of sending less. Returns whether they were due.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public async Task<bool> GiveBackIfDueAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.HttpContext.Items[EndsKey] is not List<ConfirmationEnd> ends || !AllowanceReturns.Due(ends))
        {
            return false;
        }

        if (request.HttpContext.Items[TakenKey] is not TakenAllowances { Count: > 0 } taken)
        {
            return true;
        }

        try
        {
            // Not the request's token: a person who gave up waiting still gets back what a failure took.
            await limits.GiveBackAsync(taken, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNotGivenBack(logger, ex);
        }

        return true;
    }

    /// <summary>The address the per-client limits count for <paramref name="request"/>.</summary>
    public string ClientOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ClientAddress.Of(request.HttpContext.Connection.RemoteIpAddress, [.. request.Headers["X-Forwarded-For"].Select(v => v ?? string.Empty)], options.Value.ForwardedForHops);
    }

    // What this request took so far (one record per request, created on first use).
    private static TakenAllowances Taken(HttpRequest request)
    {
        if (request.HttpContext.Items[TakenKey] is not TakenAllowances taken)
        {
            taken = new TakenAllowances();
            request.HttpContext.Items[TakenKey] = taken;
        }

        return taken;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit counts taken for a request that sent nothing could not be given back")]
    private static partial void LogNotGivenBack(ILogger logger, Exception exception);

    private async Task<RateLimitedResult?> RefuseAsync(
        HttpRequest request, ClientAction action, Func<string, CancellationToken, Task<RateLimitRefusal?>> take, CancellationToken cancellationToken)
    {
        var address = ClientOf(request);
        using var lease = await limits.EnterAsync(address, cancellationToken);
        if (!lease.IsAcquired)
        {
            return new RateLimitedResult(new RateLimitRefusal(SignUpLimits.InFlight, 1), action);
        }

        return await take(address, cancellationToken) is { } refusal ? new RateLimitedResult(refusal, action) : null;
    }
}
