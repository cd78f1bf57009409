namespace NewsAlerts.Channels.Email;

/// <summary>What the email sender does when a send over a pooled SMTP connection gets no reply.</summary>
internal enum SmtpRetryDecision
{
    /// <summary>A real failure (a reply, or no reply on a fresh connection): mapped to an outcome and logged as a warning.</summary>
    Fail,

    /// <summary>The relay closed an idle pooled connection before the message began: send again on another connection, quietly.</summary>
    Reconnect,

    /// <summary>The connection broke after the message's data went: the relay may have it, so it is not sent again.</summary>
    CountAsSent,
}

/// <summary>
/// Decides a send that ended without a reply. The relay can only take a message once its data has gone (RFC 5321
/// section 4.1.1.4: accepted on the final dot), so a break before the data is harmless to retry; after it, a retry may
/// deliver the message twice (RFC 5321 section 6.1: the reply to an accepted message can be lost), so it is counted as
/// sent. A pooled connection the relay closed while idle fails before its data: it is replaced without a warning.
/// </summary>
internal static class SmtpRetry
{
    /// <summary>The decision for a send that threw.</summary>
    /// <param name="reused">Whether the connection came from the pool (it may have been closed while idle).</param>
    /// <param name="dataStarted">Whether all of the message's data was written (<see cref="DataProgress"/>): only a reply can have been lost.</param>
    /// <param name="noReply">Whether the failure was a broken connection or a timeout rather than a reply from the relay.</param>
    public static SmtpRetryDecision Decide(bool reused, bool dataStarted, bool noReply) =>
        !noReply ? SmtpRetryDecision.Fail
        : dataStarted ? SmtpRetryDecision.CountAsSent
        : reused ? SmtpRetryDecision.Reconnect
        : SmtpRetryDecision.Fail;
}
