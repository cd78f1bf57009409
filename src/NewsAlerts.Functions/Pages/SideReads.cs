namespace NewsAlerts.Functions.Pages;

using Microsoft.Extensions.Logging;

/// <summary>
/// Reads a side part of a page (what the preference centre lists as received, the contact waiting for its link or code,
/// a story's audit, delivery and digests): a storage failure there leaves the page working, with that one part saying it
/// could not be read now (trial s44: a failed read of the waiting sign-up failed the whole <c>/manage</c> page). What the
/// page is about (the subscriber, the story) is read without it: no page without that. Cancellation of the request is
/// not a failure and goes through.
/// </summary>
public sealed partial class SideReads(ILogger<SideReads> logger)
{
    /// <summary>
    /// The value <paramref name="read"/> gives, or <see cref="SideRead{T}.Failed"/> when it throws (logged as a warning
    /// naming <paramref name="part"/> and the exception's type only: a storage error's text can carry row keys).
    /// </summary>
    /// <param name="part">The part, for the log (a constant such as <c>manage.recent</c>; never personal data).</param>
    /// <param name="read">The read.</param>
    /// <param name="cancellationToken">The request's token: its cancellation is thrown, not turned into a failed part.</param>
    /// <exception cref="ArgumentNullException"><paramref name="read"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<SideRead<T>> ReadAsync<T>(string part, Func<Task<T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return SideRead<T>.Of(await read());
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            PartUnread(logger, part, ex.GetType().Name);
            return SideRead<T>.Failed;
        }
    }

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "A page's side part {Part} could not be read ({Failure}); the page is shown saying so")]
    private static partial void PartUnread(ILogger logger, string part, string failure);
}
