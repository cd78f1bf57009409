namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16: the same sign-up sent again (Back, a double click, "I didn't get the email") while its link works voids
/// nothing and spends none of the per-contact allowance, so nobody is locked out for a day by resubmitting; it lands on
/// the same "check your email" page, whose "send it again" is the limited way to a new link. Changed choices are a sign-up
/// again (a new email the address's owner sees), never a silent change to what the link already sent confirms.
/// </summary>
public sealed class A_sign_up_sent_again_keeps_its_link_and_the_allowance(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;
    private Cli.Stack.Smtp4devInbox inbox = null!;

    public async Task InitializeAsync()
    {
        host = await TestFunctionHost.StartWithContactLimitAsync(fixture.Stack, perContact: 3);
        inbox = new Cli.Stack.Smtp4devInbox(fixture.Stack.SmtpInbox);
    }

    public async Task DisposeAsync()
    {
        inbox.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task Five_identical_sign_ups_send_one_email_and_a_changed_one_sends_a_new_link_that_confirms_it()
    {
        var email = $"again-{Guid.NewGuid():N}@example.com";
        var locations = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            // More than the per-contact allowance (3): none of them is refused.
            var (posted, _) = await SignUpAsync(email, "Syria");
            Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
            locations.Add(posted.Headers.Location!.OriginalString);
        }

        Assert.Single(locations.Distinct());
        Assert.StartsWith("/signup?sent=email&signUp=u", locations[0], StringComparison.Ordinal);
        var first = await inbox.WaitForAsync(email, CancellationToken.None);
        Assert.Equal(1, await inbox.CountAsync(email, CancellationToken.None)); // each answer came after its sending (none)

        // Other choices are not a repeat: anyone may type this address, so they never change the waiting sign-up
        // silently. They are a sign-up again: a new email to the address (its owner sees it), the per-contact limit spent.
        var (changed, _) = await SignUpAsync(email, "ceasefire");
        Assert.Equal(HttpStatusCode.SeeOther, changed.StatusCode);
        await Eventually.TrueAsync(async () => await inbox.CountAsync(email, CancellationToken.None) == 2, "the changed sign-up's link arrives");
        var newest = (await inbox.ListMessagesAsync(email, CancellationToken.None)).Single(m => m.TextBody != first.TextBody);
        using (var earlier = await host.Client.PostAsync(SentLinks.ConfirmApiOf(first.TextBody), null))
        {
            // Only the newest link confirms (issue 16): the earlier one, for the earlier choices, is void.
            Assert.Equal(HttpStatusCode.Forbidden, earlier.StatusCode);
        }

        using (var latest = await host.Client.PostAsync(SentLinks.ConfirmApiOf(newest.TextBody), null))
        {
            Assert.Equal(HttpStatusCode.OK, latest.StatusCode);
        }

        var store = host.Services.GetRequiredService<ISubscriberStore>();
        var subscriber = await store.GetAsync((await store.FindIdByEmailAsync(email, CancellationToken.None))!, CancellationToken.None);
        Assert.Equal(["ceasefire"], subscriber!.Topics.Select(t => t.Text));
    }

    [Fact]
    public async Task Check_your_email_offers_send_it_again_which_answers_303_sends_a_new_link_and_is_limited()
    {
        var email = $"resend-{Guid.NewGuid():N}@example.com";
        var (posted, _) = await SignUpAsync(email, "Syria");
        var checkPage = await host.Browser.GetStringAsync(new Uri(posted.Headers.Location!.OriginalString.TrimStart('/'), UriKind.Relative));
        Assert.Contains(PageStrings.CheckEmailTitle, WebUtility.HtmlDecode(checkPage), StringComparison.Ordinal);
        Assert.Contains(PageStrings.SendItAgainButton, WebUtility.HtmlDecode(checkPage), StringComparison.Ordinal);
        await inbox.WaitForAsync(email, CancellationToken.None);

        // Post/Redirect/Get: the new link goes, and the page it lands on sends nothing when reloaded.
        var sendAgain = HtmlForms.WithStep(checkPage, "resend");
        var (resent, _) = await HtmlForms.PostAsync(host.Browser, sendAgain);
        Assert.Equal(HttpStatusCode.SeeOther, resent.StatusCode);
        var landing = resent.Headers.Location!.OriginalString;
        Assert.Equal(posted.Headers.Location!.OriginalString.Replace("&lang=en", "&resent=1&lang=en", StringComparison.Ordinal), landing);
        await Eventually.TrueAsync(async () => await inbox.CountAsync(email, CancellationToken.None) == 2, "the new link arrives");
        for (var reload = 0; reload < 2; reload++)
        {
            var page = await host.Browser.GetStringAsync(new Uri(landing.TrimStart('/'), UriKind.Relative));
            Assert.Contains(PageStrings.ResentLinkMessage, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        }

        // The per-contact allowance (3) counts sends: the sign-up and two resends; the third resend is refused, with when.
        Assert.Equal(HttpStatusCode.SeeOther, (await HtmlForms.PostAsync(host.Browser, sendAgain)).Response.StatusCode);
        var (limited, _) = await HtmlForms.PostAsync(host.Browser, sendAgain);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter?.Delta);
        await Eventually.TrueAsync(async () => await inbox.CountAsync(email, CancellationToken.None) == 3, "the allowed resend arrives");
    }

    private async Task<(HttpResponseMessage Response, string Html)> SignUpAsync(string email, string topics)
    {
        var form = HtmlForms.Of(await host.Browser.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();
        return await HtmlForms.PostAsync(host.Browser, form, [new("email", email), new("topics", topics), new("timeZone", "UTC"), new("emailFrequency", "immediate")]);
    }
}
