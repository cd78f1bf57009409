namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Words;
using NewsAlerts.Functions.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// When a confirmed new address or number replaces the old one (from the preference centre), the old one is told
/// (smtp4dev, the SMS sink): the address with a link that opens the preference centre, the number in one text segment.
/// </summary>
public sealed partial class A_replaced_address_or_number_hears_of_the_change(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;
    private Smtp4devInbox inbox = null!;
    private SmsSinkInbox sink = null!;

    public async Task InitializeAsync()
    {
        host = await TestFunctionHost.StartAsync(fixture.Stack);
        inbox = new Smtp4devInbox(fixture.Stack.SmtpInbox);
        sink = new SmsSinkInbox(fixture.Stack.SmsSink);
    }

    public async Task DisposeAsync()
    {
        inbox.Dispose();
        sink.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task The_old_address_gets_a_notice_with_a_link_that_opens_the_preference_centre()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var (old, fresh) = ($"was-{tag}@example.com", $"now-{tag}@example.com");
        var confirmed = await SignUps.ConfirmedAsync(host, new SubscriberRequest(old, null, "UTC", [("Syria", false)], 2));
        var page = await host.Client.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}", UriKind.Relative));
        var (asked, _) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(page, "email"), [new("newEmail", fresh)]);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        await Eventually.TrueAsync(async () => await inbox.CountAsync(fresh, CancellationToken.None) == 1, "the confirmation reaches the new address");
        Assert.Equal(0, await inbox.CountAsync(old, CancellationToken.None));

        var link = SentLinks.ConfirmApiOf((await inbox.ListMessagesAsync(fresh, CancellationToken.None)).Single().TextBody);
        using (var used = await host.Client.PostAsync(link, null))
        {
            Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        }

        await Eventually.TrueAsync(async () => await inbox.CountAsync(old, CancellationToken.None) == 1, "the notice reaches the old address");
        var notice = (await inbox.ListMessagesAsync(old, CancellationToken.None)).Single();
        Assert.Equal("Your NewsAlerts address was changed", notice.Subject);
        Assert.Contains(ContactChangeNotices.Mask(Channel.Email, fresh), notice.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(fresh, notice.TextBody, StringComparison.Ordinal);
        // The link's lifetime is the one its token was issued with, in words (not a literal that could drift).
        Assert.Contains($"(it works for {DurationText.Of(ContactChangeNotifier.LinkLifetime)})", notice.TextBody, StringComparison.Ordinal);
        Assert.Contains($"(it works for {DurationText.Of(ContactChangeNotifier.LinkLifetime)})", notice.HtmlBody, StringComparison.Ordinal);
        // The date is on the subscriber's clock with its zone named, never a bare UTC date.
        Assert.DoesNotContain("(UTC)", notice.TextBody, StringComparison.Ordinal);
        var manage = new Uri(ManageLink().Match(notice.TextBody ?? string.Empty).Value);
        using var opened = await host.Client.GetAsync(new Uri(manage.PathAndQuery.TrimStart('/'), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains(fresh, await opened.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_old_number_gets_one_text_segment_and_a_first_number_gets_none()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var (old, fresh) = (TestPhones.NewValid(), TestPhones.NewValid());
        var confirmed = await SignUps.ConfirmedAsync(host, new SubscriberRequest($"texts-{tag}@example.com", old, "UTC", [("Syria", false)], 2));
        var page = await host.Client.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}", UriKind.Relative));
        var (asked, _) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(page, "phone"), [new("newPhone", fresh)]);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        // The code is entered on the preference centre (Post/Redirect/Get); it belongs to the manage link's sign-up.
        var signUpId = SignUpService.ManageSignUpId(confirmed.Subscriber.Id);
        await Eventually.TrueAsync(async () => (await sink.MessagesToAsync(fresh, CancellationToken.None)).Count == 1, "the code reaches the new number");
        var code = CodePattern().Match((await sink.MessagesToAsync(fresh, CancellationToken.None)).Single().GetProperty("body").GetString()!).Value;
        Assert.Empty(await sink.MessagesToAsync(old, CancellationToken.None));

        using (var used = await Api.PostJsonAsync(host.Client, $"api/sign-ups/{signUpId}/confirm-sms", new { code }))
        {
            Assert.Equal(HttpStatusCode.OK, used.StatusCode);
        }

        await Eventually.TrueAsync(async () => (await sink.MessagesToAsync(old, CancellationToken.None)).Count == 1, "the notice reaches the old number");
        var text = (await sink.MessagesToAsync(old, CancellationToken.None)).Single().GetProperty("body").GetString()!;
        Assert.Contains(ContactChangeNotices.Mask(Channel.Sms, fresh), text, StringComparison.Ordinal);
        Assert.DoesNotContain(fresh, text, StringComparison.Ordinal);
        Assert.Equal(1, NewsAlerts.Channels.Sms.GsmAlphabet.Measure(text).Segments);
        Assert.Single(await sink.MessagesToAsync(fresh, CancellationToken.None));
    }

    [GeneratedRegex(@"https?://\S+/manage\?token=\S+")]
    private static partial Regex ManageLink();

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex CodePattern();
}
