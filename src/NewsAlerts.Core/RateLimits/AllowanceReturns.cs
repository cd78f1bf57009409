namespace NewsAlerts.Core.RateLimits;

/// <summary>
/// The one rule for giving back the sign-up allowances a request took (<see cref="SignUpLimits.GiveBackAsync"/>), for
/// every path that takes them (sign-up, resend, contact change by the API and the manage page, manage links, and the
/// 500 answer of any of them; issue 16 review): given back only when nothing went out and every failure was ours
/// (<see cref="ConfirmationEnd.FailedOnOurSide"/>), so the person may try again at once rather than be refused for our
/// failure. Anything that went out, and any failure of the requester's input or cut short by the deadline, keeps them
/// spent, so failing sends cannot be made into unlimited requests (review of s35).
/// </summary>
public static class AllowanceReturns
{
    /// <summary>Whether the allowances are given back after <paramref name="ends"/> (in any order; none: nothing to give back for).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ends"/> is null.</exception>
    public static bool Due(IReadOnlyCollection<ConfirmationEnd> ends)
    {
        ArgumentNullException.ThrowIfNull(ends);
        return ends.Count > 0 && ends.All(e => e == ConfirmationEnd.FailedOnOurSide);
    }
}
