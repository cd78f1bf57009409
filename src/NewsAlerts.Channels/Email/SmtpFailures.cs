namespace NewsAlerts.Channels.Email;

using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using NewsAlerts.Core.Delivery;

/// <summary>Maps what MailKit throws to a send outcome: the recipient's fault is permanent, anything else is retried.</summary>
internal static class SmtpFailures
{
    /// <summary>Whether the exception is an SMTP or connection failure this sender turns into an outcome.</summary>
    public static bool IsSmtpFailure(Exception ex) =>
        ex is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException or ServiceNotAuthenticatedException
            or AuthenticationException or SslHandshakeException or IOException or SocketException or TimeoutException;

    /// <summary>Whether the failure says the connection itself broke (worth one more try on a fresh connection).</summary>
    public static bool IsBrokenConnection(Exception ex) =>
        ex is ServiceNotConnectedException or IOException or SocketException or SmtpProtocolException;

    public static SendOutcome ToOutcome(Exception ex)
    {
        if (ex is SmtpCommandException command)
        {
            var code = ((int)command.StatusCode).ToString(CultureInfo.InvariantCulture);
            var permanent = (int)command.StatusCode >= 500 && IsAboutRecipient(command);
            if (!permanent)
            {
                return SendOutcome.Transient($"SMTP {code}: {command.ErrorCode}", code: code);
            }

            // A 5xx on RCPT TO is a hard bounce: the address goes on the suppression list.
            return command.ErrorCode == SmtpErrorCode.RecipientNotAccepted
                ? SendOutcome.Refused($"SMTP {code}: recipient rejected ({command.ErrorCode})", code)
                : SendOutcome.Permanent($"SMTP {code}: recipient rejected ({command.ErrorCode})", code);
        }

        return ex switch
        {
            AuthenticationException => SendOutcome.Transient("SMTP authentication failed (check Smtp:UserName and Smtp:Password)"),
            SslHandshakeException => SendOutcome.Transient("SMTP TLS handshake failed"),
            TimeoutException or OperationCanceledException => SendOutcome.Transient("SMTP timed out"),
            _ => SendOutcome.Transient($"SMTP connection failed ({ex.GetType().Name})"),
        };
    }

    // A 5xx about the mailbox (550, 551, 553) is the recipient's; a rejected sender or message is our own problem
    // and must not disable the subscriber's channel.
    private static bool IsAboutRecipient(SmtpCommandException command) =>
        command.ErrorCode == SmtpErrorCode.RecipientNotAccepted
        || (command.ErrorCode == SmtpErrorCode.MessageNotAccepted && command.StatusCode is SmtpStatusCode.MailboxUnavailable
            or SmtpStatusCode.UserNotLocalTryAlternatePath or SmtpStatusCode.MailboxNameNotAllowed);
}
