namespace NewsAlerts.Core.Subscribers;

using NewsAlerts.Core.Texts;

/// <summary>What the app texts back to a reply (the TwiML message), by its meaning in <see cref="SmsKeywords"/>.</summary>
public static class SmsReplyAnswers
{
    /// <summary>
    /// The answer to <paramref name="body"/>, or null for none: HELP and its synonyms name the service, how to stop and
    /// the contact address; opt-out and opt-in replies are confirmed unless the carrier confirms them itself (one exact
    /// English word); a reply that mentions an opt-out word says how to stop; anything else gets no answer. The answer is
    /// in <paramref name="subscriberLanguage"/> (the subscriber's language, BCP 47) when known, else in the language of
    /// the keyword replied (AIDE is answered in French), else in English (<see cref="SmsTexts"/>). A number whose texts are
    /// <paramref name="stopped"/> already is told so, and START, in the answers to HELP and to a mention of stopping,
    /// never "Reply STOP to stop" (trial r37 #12).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="help"/> is null.</exception>
    public static string? For(string? body, SmsHelp help, string? subscriberLanguage = null, bool stopped = false)
    {
        ArgumentNullException.ThrowIfNull(help);
        var reading = SmsKeywords.Read(body);
        var language = subscriberLanguage ?? reading.Language;
        return reading.Keyword switch
        {
            SmsKeyword.Help when stopped => SmsTexts.HelpStopped(language, help.ServiceName, help.ContactAddress),
            SmsKeyword.Help => SmsTexts.Help(language, help.ServiceName, help.ContactAddress),
            SmsKeyword.MentionsStop when stopped => SmsTexts.AlreadyStopped(language, help.ServiceName),
            SmsKeyword.MentionsStop => SmsTexts.HowToStop(language),
            SmsKeyword.Stop when !SmsKeywords.IsCarrierKeyword(body) => SmsTexts.Stopped(language, help.ServiceName),
            SmsKeyword.Start when !SmsKeywords.IsCarrierKeyword(body) => SmsTexts.Started(language, help.ServiceName),
            _ => null,
        };
    }
}
