namespace NewsAlerts.Integration.Tests.Subscribers;

using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>
/// The fault campaign's "one session in ten" is what the SMTP fault proxy does, against smtp4dev: with cuts spaced
/// one message in three, the third and sixth messages are cut and every other message (the retries a sender would
/// make included) goes through, so a fault of N cuts never turns into every session failing until N are used up.
/// </summary>
public sealed class The_fault_proxy_spaces_its_cuts(StackFixture fixture) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task Every_third_message_is_cut_until_the_cuts_are_used_and_the_rest_arrive()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        await using var proxy = new SmtpFaultProxy(fixture.Stack.SmtpPort);
        using var inbox = new Smtp4devInbox(fixture.Stack.SmtpInbox);
        proxy.DropAtNextMessages(2, every: 3);

        var outcomes = new List<bool>();
        for (var i = 1; i <= 9; i++)
        {
            outcomes.Add(await TrySendAsync(proxy.Port, $"m{i}-{tag}@example.com", tag));
        }

        Assert.Equal([true, true, false, true, true, false, true, true, true], outcomes);
        Assert.Equal(2, proxy.Dropped);
        foreach (var i in new[] { 1, 2, 4, 5, 7, 8, 9 })
        {
            await inbox.WaitForAsync($"m{i}-{tag}@example.com", CancellationToken.None);
        }
    }

    [Fact]
    public async Task Cuts_spaced_less_than_one_apart_are_refused()
    {
        await using var proxy = new SmtpFaultProxy(fixture.Stack.SmtpPort);
        Assert.Throws<ArgumentOutOfRangeException>(() => proxy.DropAtNextMessages(1, every: 0));
    }

    private static async Task<bool> TrySendAsync(int port, string to, string tag)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("alerts@example.com"));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = $"{tag} spaced cuts";
        message.Body = new TextPart("plain") { Text = "One line." };
        try
        {
            await client.SendAsync(message);
            await client.DisconnectAsync(quit: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or ServiceNotConnectedException or ProtocolException or SmtpProtocolException or SmtpCommandException)
        {
            return false;
        }
    }
}
