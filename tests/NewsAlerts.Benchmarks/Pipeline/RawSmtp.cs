namespace NewsAlerts.Benchmarks.Pipeline;

using System.Diagnostics;
using MailKit.Net.Smtp;
using MimeKit;

/// <summary>The peer: the same number of alert-sized emails sent straight to the same SMTP server over the same number of connections.</summary>
internal static class RawSmtp
{
    /// <summary>Sends <paramref name="count"/> messages over <paramref name="connections"/> connections; returns messages per second.</summary>
    public static async Task<double> RateAsync(int port, int count, int connections, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            using var client = new SmtpClient();
            await client.ConnectAsync("127.0.0.1", port, MailKit.Security.SecureSocketOptions.None, cancellationToken);
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await client.SendAsync(Message(i), cancellationToken);
            }

            await client.DisconnectAsync(true, cancellationToken);
        }));
        return count / watch.Elapsed.TotalSeconds;
    }

    private static MimeMessage Message(int i)
    {
        var message = new MimeMessage { Subject = "Kerry sees hope of extending Syrian truce to Aleppo" };
        message.From.Add(new MailboxAddress("NewsAlerts", "alerts@newsalerts.local"));
        message.To.Add(MailboxAddress.Parse($"raw-{i}@example.com"));
        message.Headers.Add("List-Unsubscribe", "<https://example.com/unsubscribe?token=x>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Body = new BodyBuilder
        {
            TextBody = new string('x', 1200),
            HtmlBody = $"<p>{new string('x', 1400)}</p>",
        }.ToMessageBody();
        return message;
    }
}
