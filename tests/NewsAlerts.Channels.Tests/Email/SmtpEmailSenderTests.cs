namespace NewsAlerts.Channels.Tests.Email;

using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Tests.Support;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

public sealed class SmtpEmailSenderTests(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private SmtpEmailSender sender = null!;
    private Smtp4devInbox inbox = null!;

    public Task InitializeAsync()
    {
        sender = new SmtpEmailSender(Options.Create(new SmtpOptions
        {
            Host = "127.0.0.1",
            Port = fixture.Stack.SmtpPort,
            FromAddress = "alerts@newsalerts.test",
        }), NullLogger<SmtpEmailSender>.Instance);
        inbox = new Smtp4devInbox(fixture.Stack.SmtpInbox);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await sender.DisposeAsync();
        inbox.Dispose();
    }

    [Fact]
    public async Task Alert_arrives_with_one_click_unsubscribe_headers_and_a_message_id_from_the_idempotency_key()
    {
        var to = Alerts.UniqueAddress();
        var request = Alerts.Email(to, key: "art1-v1-sub42-email");

        var outcome = await sender.SendAsync(request, CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        var message = await inbox.WaitForAsync(to, CancellationToken.None);
        Assert.Equal("<https://alerts.example/unsubscribe?token=abc.def>", message.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.Equal("alert.art1-v1-sub42-email@newsalerts.test", message.MessageId);
        Assert.Equal(message.MessageId, outcome.ProviderMessageId);
        Assert.Equal("Breaking: Ceasefire agreed in Syria after talks in Geneva", message.Subject);
    }

    [Fact]
    public async Task Alert_is_multipart_alternative_with_reason_and_manage_link_in_both_parts()
    {
        var to = Alerts.UniqueAddress();

        await sender.SendAsync(Alerts.Email(to), CancellationToken.None);

        var message = await inbox.WaitForAsync(to, CancellationToken.None);
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        foreach (var text in new[] { message.TextBody, message.HtmlBody })
        {
            Assert.Contains("https://alerts.example/manage?token=m.sig", text, StringComparison.Ordinal);
            Assert.Contains("Why you got this", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Markup_in_a_headline_arrives_escaped_in_the_html_part()
    {
        var to = Alerts.UniqueAddress();
        var content = Alerts.Content("<script>alert('x')</script> & more <b>news</b>", urgency: 5);

        await sender.SendAsync(Alerts.Email(to, content), CancellationToken.None);

        var message = await inbox.WaitForAsync(to, CancellationToken.None);
        Assert.DoesNotContain("<script>", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>news", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<script>alert('x')</script>", message.TextBody, StringComparison.Ordinal);
        Assert.Equal("<script>alert('x')</script> & more <b>news</b>", message.Subject);
    }

    [Fact]
    public async Task Many_concurrent_sends_all_arrive_over_the_pooled_connections()
    {
        var to = Alerts.UniqueAddress();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => sender.SendAsync(Alerts.Email(to), CancellationToken.None)));

        Assert.All(outcomes, o => Assert.Equal(SendStatus.Sent, o.Status));
        await Eventually.TrueAsync(async () => await inbox.CountAsync(to, CancellationToken.None) == 40, "40 emails arrive");
    }

    [Fact]
    public async Task Unreachable_relay_is_a_transient_failure()
    {
        await using var offline = new SmtpEmailSender(Options.Create(new SmtpOptions
        {
            Host = "127.0.0.1",
            Port = NewsAlerts.Cli.Stack.Ports.FindFree(),
            FromAddress = "alerts@newsalerts.test",
        }), NullLogger<SmtpEmailSender>.Instance);

        var outcome = await offline.SendAsync(Alerts.Email(Alerts.UniqueAddress()), CancellationToken.None);

        Assert.Equal(SendStatus.TransientFailure, outcome.Status);
    }
}
