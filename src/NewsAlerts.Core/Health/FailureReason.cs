namespace NewsAlerts.Core.Health;

/// <summary>
/// An exception told in one line, for an expected failure that needs no stack trace: work done while a process stops
/// (a replica's check-out, a processor's hand-back) that fails because storage or the bus is already gone (trial s42 #A:
/// each such failure printed a whole <c>AggregateException</c> stack under the one line that had said why).
/// </summary>
public static class FailureReason
{
    /// <summary>
    /// The innermost cause of <paramref name="exception"/> (through aggregates and inner exceptions), as its type's name
    /// and the first line of its message: <c>SocketException: Connection refused</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static string OneLine(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var cause = exception;
        // The last of an aggregate's exceptions is the last attempt's (a retrying client's "Retry failed after 4 tries").
        while ((cause is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[^1] : cause.InnerException) is { } next)
        {
            cause = next;
        }

        var message = cause.Message.Split('\n', 2)[0].Trim();
        return message.Length == 0 ? cause.GetType().Name : $"{cause.GetType().Name}: {message}";
    }
}
