namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.SignUps;

/// <summary>Where sign-ups wait for confirmation.</summary>
public interface ISignUpStore
{
    /// <summary>Reads a sign-up, or null when there is none.</summary>
    Task<PendingSignUp?> GetAsync(string signUpId, CancellationToken cancellationToken);

    /// <summary>
    /// The sign-ups stored with <paramref name="phone"/> (E.164) as their number, confirmed or not, in any order; for
    /// a number signed up again (<see cref="SignUpsAgain"/>). Sign-ups live at most as long as a confirmation link, so
    /// there are few.
    /// </summary>
    Task<IReadOnlyList<PendingSignUp>> FindByPhoneAsync(string phone, CancellationToken cancellationToken);

    /// <summary>
    /// The sign-ups stored with <paramref name="email"/> as their address (compared as
    /// <see cref="Suppression.ContactKeys"/> does), confirmed or not, in any order; for a sign-up form sent again
    /// (<see cref="SignUpRepeats"/>).
    /// </summary>
    Task<IReadOnlyList<PendingSignUp>> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Creates or replaces a sign-up.</summary>
    Task SaveAsync(PendingSignUp signUp, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="signUp"/> only if no sign-up with its id is stored (Table storage's insert, which fails
    /// with 409 on an existing row); false, writing nothing, when one is. The first write of a sign-up whose id is
    /// derived, not fresh (the manage link's, <see cref="SignUpService.ManageSignUpId"/>), so of two first writers exactly
    /// one wins and the other reads what it wrote and decides afresh (issue 16).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="signUp"/> is null.</exception>
    Task<bool> AddIfAbsentAsync(PendingSignUp signUp, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the sign-up <paramref name="read"/> with <paramref name="replacement"/> (the same id) only if it is still
    /// stored exactly as <paramref name="read"/> (optimistic concurrency: Table storage's ETag, <c>If-Match</c>); false,
    /// writing nothing, when it was changed or deleted since. So of two writers that read the same sign-up, such as
    /// confirming its link and voiding it for a newer one, exactly one wins; the other reads again and decides afresh.
    /// </summary>
    /// <exception cref="ArgumentException">The two have different ids.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    Task<bool> ReplaceIfUnchangedAsync(PendingSignUp read, PendingSignUp replacement, CancellationToken cancellationToken);

    /// <summary>Deletes every sign-up last written before <paramref name="before"/>; returns how many.</summary>
    Task<int> PurgeWrittenBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>Deletes every sign-up joined to the subscriber (<see cref="PendingSignUp.SubscriberId"/>).</summary>
    Task EraseForSubscriberAsync(string subscriberId, CancellationToken cancellationToken);
}
