namespace NewsAlerts.Benchmarks.Pipeline;

using System.Diagnostics;
using NewsAlerts.Core.Delivery;

/// <summary>Counts what the pipeline hands to the providers, and when the first SMS of a story was accepted.</summary>
internal sealed class CountingSenders
{
    private long emails;
    private long firstSmsTimestamp;

    /// <summary>Emails accepted by the SMTP server so far.</summary>
    public long Emails => Interlocked.Read(ref emails);

    /// <summary>Stopwatch timestamp of the first SMS accepted since <see cref="ResetSms"/>, or 0.</summary>
    public long FirstSmsTimestamp => Interlocked.Read(ref firstSmsTimestamp);

    /// <summary>Forgets the last first-SMS time.</summary>
    public void ResetSms() => Interlocked.Exchange(ref firstSmsTimestamp, 0);

    /// <summary>Wraps the email sender.</summary>
    public IEmailSender Wrap(IEmailSender inner) => new Email(inner, this);

    /// <summary>Wraps the SMS sender.</summary>
    public ISmsSender Wrap(ISmsSender inner) => new Sms(inner, this);

    private sealed class Email(IEmailSender inner, CountingSenders counts) : IEmailSender
    {
        public async Task<SendOutcome> SendAsync(EmailAlertRequest request, CancellationToken cancellationToken)
        {
            var outcome = await inner.SendAsync(request, cancellationToken);
            if (outcome.Status == SendStatus.Sent)
            {
                Interlocked.Increment(ref counts.emails);
            }

            return outcome;
        }
    }

    private sealed class Sms(ISmsSender inner, CountingSenders counts) : ISmsSender
    {
        public async Task<SendOutcome> SendAsync(SmsAlertRequest request, CancellationToken cancellationToken)
        {
            var outcome = await inner.SendAsync(request, cancellationToken);
            if (outcome.Status == SendStatus.Sent)
            {
                Interlocked.CompareExchange(ref counts.firstSmsTimestamp, Stopwatch.GetTimestamp(), 0);
            }

            return outcome;
        }
    }
}
