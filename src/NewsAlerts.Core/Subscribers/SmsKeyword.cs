namespace NewsAlerts.Core.Subscribers;

/// <summary>The keywords carriers and Twilio give meaning to in a reply.</summary>
public enum SmsKeyword
{
    /// <summary>Anything else.</summary>
    None,

    /// <summary>STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT: opt out.</summary>
    Stop,

    /// <summary>START, UNSTOP: opt back in.</summary>
    Start,

    /// <summary>HELP: answer with who we are and how to stop.</summary>
    Help,
}
