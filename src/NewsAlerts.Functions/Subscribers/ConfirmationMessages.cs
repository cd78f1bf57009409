namespace NewsAlerts.Functions.Subscribers;

using Microsoft.AspNetCore.Http;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.SignUps;

/// <summary>
/// Sends a request's confirmations (<see cref="ConfirmationSending"/>, worded by <see cref="ConfirmationWording"/>) and
/// gives back the allowances the request took through <see cref="ConfirmationGate"/> by the one rule
/// (<see cref="AllowanceReturns.Due"/>): only when nothing went out and only for our own failure (the provider's
/// transient failure; issue 16), so asking again is not refused for our failure. A send the provider refused for good
/// (an invalid or blocked number: the requester's input) or one cut short by the deadline (it may have gone out) keeps
/// them spent, so failing sends cannot be made into unlimited requests (review of s35). What did not go out is marked
/// spent on its sign-up (<see cref="SignUpService.ForgetUnsentAsync"/>, trial s42 A), so the same sign-up or change asked
/// for again sends it rather than answering "repeat, nothing sent". One job: the aftermath of each send.
/// </summary>
public sealed class ConfirmationMessages(ConfirmationSending sending, ConfirmationGate gate, SignUpService signUps)
{
    /// <summary>
    /// Sends <paramref name="started"/>'s confirmations for <paramref name="request"/>, notes how each ended with the
    /// gate, and gives the request's allowances back when the rule says so. Returns the channels not sent
    /// (<c>email</c>, <c>sms</c>), empty when all went out.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the request went away).</exception>
    public async Task<IReadOnlyList<string>> SendAsync(HttpRequest request, SignUpStarted started, CancellationToken cancellationToken)
    {
        var notSent = await SendAndRecordAsync(request, started, cancellationToken);
        await gate.GiveBackIfDueAsync(request);
        return notSent;
    }

    /// <summary>
    /// As <see cref="SendAsync(HttpRequest, SignUpStarted, CancellationToken)"/> (what did not go out marked spent) without giving back yet: for a request that
    /// sends for several sign-ups (a contact change of the address and the number) and then calls
    /// <see cref="ConfirmationGate.GiveBackIfDueAsync"/> once, over every end.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the request went away).</exception>
    public async Task<IReadOnlyList<string>> SendAndRecordAsync(HttpRequest request, SignUpStarted started, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Each end is noted as it happens: a failure on the second channel after the first went must not leave only "failed
        // on our side" noted (HttpRequestGuard's), which would give back what the first channel's send spent (review of s36).
        var notSent = NotSent(await sending.SendAsync(started, (_, end) => ConfirmationGate.Record(request, end), cancellationToken));
        await signUps.ForgetUnsentAsync(started, notSent, cancellationToken);
        return notSent;
    }

    /// <summary>Sends them with no request to give back to (what did not go out marked spent); returns the channels not sent (<c>email</c>, <c>sms</c>).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<IReadOnlyList<string>> SendAsync(SignUpStarted started, CancellationToken cancellationToken)
    {
        var notSent = NotSent(await sending.SendAsync(started, cancellationToken));
        await signUps.ForgetUnsentAsync(started, notSent, cancellationToken);
        return notSent;
    }

    private static List<string> NotSent(IReadOnlyList<(string Channel, ConfirmationEnd End)> ends) =>
        [.. ends.Where(e => e.End != ConfirmationEnd.Went).Select(e => e.Channel)];
}
