namespace NewsAlerts.Functions.Pages;

using NewsAlerts.Channels.Sms;

/// <summary>The number people text START to, for pages to name (E.164).</summary>
public static class OurNumber
{
    /// <summary>
    /// <c>Twilio:FromNumber</c>, or null when a Messaging Service picks the sender (<c>Twilio:MessagingServiceSid</c>) or
    /// none is set: then the page cannot name our number and says "us".
    /// </summary>
    public static string? Of(TwilioOptions? options) =>
        options is not null && string.IsNullOrWhiteSpace(options.MessagingServiceSid) && !string.IsNullOrWhiteSpace(options.FromNumber) ? options.FromNumber : null;
}
