namespace NewsAlerts.Channels.Tests.Email;

using MimeKit;
using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Digests;

public sealed class DigestEmailComposerTests : IAsyncLifetime
{
    private static readonly MailboxAddress From = new("NewsAlerts", "alerts@newsalerts.test");
    private static readonly DateTimeOffset Due = new(2026, 11, 30, 7, 0, 0, TimeSpan.Zero);
    private readonly RazorTemplates templates = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await templates.DisposeAsync();

    [Fact]
    public async Task The_digest_is_grouped_by_topic_newest_first_with_source_time_and_reason_in_both_parts()
    {
        var message = await Compose(Sample());

        Assert.Equal("Your news digest: 3 stories", message.Subject);
        var html = message.HtmlBody!;
        Assert.True(html.IndexOf("<h2>Syria</h2>", StringComparison.Ordinal) < html.IndexOf("<h2>drought</h2>", StringComparison.Ordinal), html);
        Assert.True(html.IndexOf("Truce extended", StringComparison.Ordinal) < html.IndexOf("Talks begin", StringComparison.Ordinal), html);
        Assert.Contains("Wire · Mon 30 Nov 06:45", html, StringComparison.Ordinal);
        Assert.Contains("Why: &quot;truce&quot; in the headline", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://news.example/truce\">", html, StringComparison.Ordinal);
        Assert.Contains("* Truce extended", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("  Why: \"truce\" in the headline", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_carries_the_one_click_unsubscribe_headers_and_a_message_id_stable_for_subscriber_and_due_time()
    {
        var first = await Compose(Sample());
        var again = await Compose(Sample());

        Assert.Equal("<https://app.example/unsubscribe?token=u>", first.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", first.Headers["List-Unsubscribe-Post"]);
        Assert.Equal(first.MessageId, again.MessageId);
        Assert.StartsWith("digest.", first.MessageId, StringComparison.Ordinal);
        Assert.Contains("https://app.example/unsubscribe?token=u", first.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Article_text_is_encoded_and_a_non_web_link_never_becomes_a_link()
    {
        var hostile = new DigestItem("a9", "<script>alert(1)</script> & co", "Wire", "Mon 30 Nov 06:00", "<b>why</b>", new Uri("javascript:alert(1)"));
        var request = Sample() with { Email = new DigestEmail("s1", Due, [new DigestSection("Syria", [hostile])], 0) };

        var message = await Compose(request);

        Assert.DoesNotContain("<script>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", message.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", message.TextBody, StringComparison.OrdinalIgnoreCase);
    }

    private Task<MimeMessage> Compose(DigestEmailRequest request) => new DigestEmailComposer(templates).ComposeAsync(request, From, Due);

    private static DigestEmailRequest Sample() => new(
        "s1", "reader@example.test",
        new DigestEmail("s1", Due, [
            new DigestSection("Syria", [
                new DigestItem("a1", "Truce extended", "Wire", "Mon 30 Nov 06:45", "\"truce\" in the headline", new Uri("https://news.example/truce")),
                new DigestItem("a2", "Talks begin", null, "Sun 29 Nov 21:10", "\"Syria\" in the body", new Uri("https://news.example/talks")),
            ]),
            new DigestSection("drought", [new DigestItem("a3", "Rains fail", "Wire", "Sun 29 Nov 08:00", "\"drought\" in the body", null)]),
        ], 0),
        new Uri("https://app.example/manage?token=m"), new Uri("https://app.example/unsubscribe?token=u"), "digest:20261130T0700Z|s1");
}
