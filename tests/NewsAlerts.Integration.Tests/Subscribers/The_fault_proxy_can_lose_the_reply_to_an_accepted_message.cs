namespace NewsAlerts.Integration.Tests.Subscribers;

using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>
/// The SMTP fault proxy's worst case for duplicates, against smtp4dev: the message's final dot reaches the server,
/// which accepts it; its reply never reaches the client, whose send fails although the mail went. The proxy names
/// the recipients of such messages, so the fault campaign counts their duplicates in that window and no others.
/// </summary>
public sealed class The_fault_proxy_can_lose_the_reply_to_an_accepted_message(StackFixture fixture) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task The_client_sees_a_failure_the_server_has_the_mail_and_the_proxy_names_its_recipient()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        await using var proxy = new SmtpFaultProxy(fixture.Stack.SmtpPort);
        using var inbox = new Smtp4devInbox(fixture.Stack.SmtpInbox);
        proxy.DropRepliesToNextMessages(1);

        var cut = $"cut-{tag}@example.com";
        using (var client = new SmtpClient())
        {
            await client.ConnectAsync("127.0.0.1", proxy.Port, SecureSocketOptions.None);
            await Assert.ThrowsAnyAsync<Exception>(() => client.SendAsync(Message(cut, tag)));
        }

        var next = $"next-{tag}@example.com";
        using (var client = new SmtpClient())
        {
            await client.ConnectAsync("127.0.0.1", proxy.Port, SecureSocketOptions.None);
            await client.SendAsync(Message(next, tag));
            await client.DisconnectAsync(quit: true);
        }

        await inbox.WaitForAsync(cut, CancellationToken.None);
        await inbox.WaitForAsync(next, CancellationToken.None);
        Assert.Equal([cut], proxy.AcceptedUnacknowledged);
        Assert.Equal(1, proxy.RepliesDropped);
    }

    private static MimeMessage Message(string to, string tag)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("alerts@example.com"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = $"{tag} reply lost";
        message.Body = new TextPart("plain") { Text = "Line one.\r\n.leading dot line\r\nLast line." };
        return message;
    }
}
