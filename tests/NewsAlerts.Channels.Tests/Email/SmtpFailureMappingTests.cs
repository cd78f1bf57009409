namespace NewsAlerts.Channels.Tests.Email;

using System.Net.Sockets;
using MailKit.Net.Smtp;
using MimeKit;
using NewsAlerts.Channels.Email;
using NewsAlerts.Core.Delivery;

/// <summary>SMTP replies smtp4dev cannot be made to give: the recipient's 5xx is permanent, the rest is retried.</summary>
public sealed class SmtpFailureMappingTests
{
    private static readonly MailboxAddress Mailbox = new(null, "reader@example.test");

    [Theory]
    [InlineData(SmtpStatusCode.MailboxUnavailable, "550")]
    [InlineData(SmtpStatusCode.UserNotLocalTryAlternatePath, "551")]
    [InlineData(SmtpStatusCode.MailboxNameNotAllowed, "553")]
    public void Rejected_recipient_5xx_is_permanent_with_the_smtp_code(SmtpStatusCode status, string code)
    {
        var outcome = SmtpFailures.ToOutcome(new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, status, Mailbox, "rejected"));

        Assert.Equal((SendStatus.PermanentFailure, code), (outcome.Status, outcome.ProviderErrorCode));
        Assert.True(outcome.ContactRefused, "a 5xx on RCPT is a hard bounce: the address is suppressed");
    }

    [Fact]
    public void A_mailbox_5xx_after_the_message_is_permanent_but_not_a_hard_bounce()
    {
        var outcome = SmtpFailures.ToOutcome(new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.MailboxUnavailable, Mailbox, "rejected"));

        Assert.Equal(SendStatus.PermanentFailure, outcome.Status);
        Assert.False(outcome.ContactRefused);
    }

    [Fact]
    public void Mailbox_busy_4xx_is_transient()
    {
        var outcome = SmtpFailures.ToOutcome(new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, Mailbox, "try later"));

        Assert.Equal((SendStatus.TransientFailure, "450"), (outcome.Status, outcome.ProviderErrorCode));
    }

    [Fact]
    public void Rejected_sender_5xx_is_our_problem_and_not_permanent_for_the_subscriber()
    {
        var outcome = SmtpFailures.ToOutcome(new SmtpCommandException(SmtpErrorCode.SenderNotAccepted, SmtpStatusCode.MailboxUnavailable, Mailbox, "no relay"));

        Assert.Equal(SendStatus.TransientFailure, outcome.Status);
    }

    [Fact]
    public void Connection_errors_are_transient()
    {
        Assert.Equal(SendStatus.TransientFailure, SmtpFailures.ToOutcome(new SocketException((int)SocketError.ConnectionRefused)).Status);
        Assert.Equal(SendStatus.TransientFailure, SmtpFailures.ToOutcome(new IOException("reset")).Status);
        Assert.Equal(SendStatus.TransientFailure, SmtpFailures.ToOutcome(new SmtpProtocolException("bad reply")).Status);
    }
}
