namespace NewsAlerts.Core.Feeds;

/// <summary>
/// What a poll of a feed is worth telling an operator (session 43, trial LOW #11: a feed answering 404 for ever logged a
/// warning at every poll): the first failure of a run of them (<see cref="Failing"/>), a <c>410</c> that stops polling
/// (<see cref="Gone"/>), and the success that ends a run (<see cref="Recovered"/>); the repeats are only counted in the
/// feed's health (<c>consecutiveFailures</c>, <c>failingSince</c>), as <see cref="Health.FailureStreak"/> does for a repeated
/// job. Read from the health stored with the feed, so it holds across runs, restarts and instances.
/// </summary>
public enum FeedPollNews
{
    /// <summary>Nothing new: a success after a success, or one more failure of a run already told.</summary>
    None,

    /// <summary>The first failure after a success (or of a new feed).</summary>
    Failing,

    /// <summary>The feed answered <c>410 Gone</c> and is not polled until an editor resumes it.</summary>
    Gone,

    /// <summary>A success after failures.</summary>
    Recovered,
}
