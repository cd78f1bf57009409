namespace NewsAlerts.Core.Subscribers;

/// <summary>What a reply means, by the table in <see cref="SmsKeywords"/>.</summary>
public enum SmsKeyword
{
    /// <summary>Anything else.</summary>
    None,

    /// <summary>STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPTOUT, OPT OUT: opt out of every text.</summary>
    Stop,

    /// <summary>START, UNSTOP: opt back in.</summary>
    Start,

    /// <summary>HELP, INFO: answer with who we are, how to stop and where to get help.</summary>
    Help,

    /// <summary>Not a keyword, but an opt-out word is in it ("how do I stop these?"): answered with how to stop.</summary>
    MentionsStop,
}
