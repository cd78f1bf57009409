namespace NewsAlerts.Core.Subscribers;

/// <summary>What the app texts back to a reply (the TwiML message), by its meaning in <see cref="SmsKeywords"/>.</summary>
public static class SmsReplyAnswers
{
    /// <summary>The answer to a reply that mentions an opt-out word without being the keyword.</summary>
    public const string HowToStop = "Reply STOP to stop all alerts.";

    /// <summary>
    /// The answer to <paramref name="body"/>, or null for none: HELP and INFO name the service, how to stop and the contact
    /// address; opt-out and opt-in replies are confirmed unless the carrier confirms them itself (one exact word); a reply
    /// that mentions an opt-out word says how to stop; anything else gets no answer.
    /// </summary>
    public static string? For(string? body, SmsHelp help)
    {
        ArgumentNullException.ThrowIfNull(help);
        return SmsKeywords.Of(body) switch
        {
            SmsKeyword.Help => $"{help.ServiceName}: news alerts for the topics you follow. Reply STOP to stop all alerts, START to resume. Help: {help.ContactAddress}",
            SmsKeyword.MentionsStop => HowToStop,
            SmsKeyword.Stop when !SmsKeywords.IsCarrierKeyword(body) => $"{help.ServiceName}: you will get no more texts. Reply START to resume.",
            SmsKeyword.Start when !SmsKeywords.IsCarrierKeyword(body) => $"{help.ServiceName}: texts resumed. Reply STOP to stop all alerts.",
            _ => null,
        };
    }
}
