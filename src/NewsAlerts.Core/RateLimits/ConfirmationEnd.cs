namespace NewsAlerts.Core.RateLimits;

/// <summary>How one thing a request took allowances for ended (a confirmation, a manage link, the request itself).</summary>
public enum ConfirmationEnd
{
    /// <summary>It went out (or was withheld on purpose, e.g. a code for a number that replied STOP): the allowance was used.</summary>
    Went,

    /// <summary>
    /// It did not go out because of us, for now: our provider failed transiently (a timeout, HTTP 5xx or 429, a setting of
    /// ours it refused), or our store or queue failed before it was sent.
    /// </summary>
    FailedOnOurSide,

    /// <summary>
    /// It did not go out for a reason that is not ours to repair: the provider refused it for good (the requester's
    /// invalid or blocked contact), or the deadline cut the send short (it may have gone out).
    /// </summary>
    NotOurs,
}
