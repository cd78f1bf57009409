namespace NewsAlerts.Channels.Shaping;

using Microsoft.Extensions.Options;
using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Sms;

/// <summary>
/// The pacing of this process's two senders: SMTP at <c>Smtp:MessagesPerSecond</c> and Twilio at
/// <c>Twilio:MessagesPerSecond</c>, each shared with the other processes sending through the same sender.
/// </summary>
public sealed class SenderRates(IOptions<SmtpOptions> smtp, IOptions<TwilioOptions> twilio, TimeProvider time)
{
    /// <summary>The email sender's name in the roster of processes sharing it.</summary>
    public const string EmailSender = "email";

    /// <summary>The SMS sender's name in the roster of processes sharing it.</summary>
    public const string SmsSender = "sms";

    /// <summary>The SMTP relay's pacing.</summary>
    public SendRateLimiter Email { get; } = new(smtp?.Value.MessagesPerSecond ?? throw new ArgumentNullException(nameof(smtp)), time);

    /// <summary>Twilio's pacing.</summary>
    public SendRateLimiter Sms { get; } = new(twilio?.Value.MessagesPerSecond ?? throw new ArgumentNullException(nameof(twilio)), time);

    /// <summary>Each sender by its roster name.</summary>
    public IReadOnlyDictionary<string, SendRateLimiter> BySender => new Dictionary<string, SendRateLimiter>(StringComparer.Ordinal)
    {
        [EmailSender] = Email,
        [SmsSender] = Sms,
    };
}
