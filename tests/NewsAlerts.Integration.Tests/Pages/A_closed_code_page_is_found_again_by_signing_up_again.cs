namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// A person who closed the code page before entering the code signs up again with the same number: they land on the
/// code page of the one waiting sign-up with a fresh code (the old one stops working), never a second pending
/// sign-up; over the per-contact limit a code form keyed by the number keeps the code they hold usable and says when to
/// ask again, reading the same whether or not a sign-up waits for that number.
/// </summary>
public sealed partial class A_closed_code_page_is_found_again_by_signing_up_again(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;
    private Cli.Stack.SmsSinkInbox sink = null!;
    private Cli.Stack.Smtp4devInbox inbox = null!;

    public async Task InitializeAsync()
    {
        host = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?>
        {
            ["RateLimits:ConfirmationsPerContact"] = "2",
            ["RateLimits:SignUpsPerClient"] = "1000",
        });
        sink = new Cli.Stack.SmsSinkInbox(fixture.Stack.SmsSink);
        inbox = new Cli.Stack.Smtp4devInbox(fixture.Stack.SmtpInbox);
    }

    public async Task DisposeAsync()
    {
        sink.Dispose();
        inbox.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task A_phone_only_sign_up_made_again_continues_the_waiting_one_and_the_limit_keeps_its_code_form()
    {
        var phone = TestPhones.NewValid();
        var (first, firstPage) = await SignUpAsync([new("phone", phone), new("topics", "Syria")]);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains(PageStrings.CodeComeBack, WebUtility.HtmlDecode(firstPage), StringComparison.Ordinal);
        var id = HtmlForms.WithStep(firstPage, "code").Hidden["signUp"];
        var firstCode = await CodeAsync(phone, 1);

        // The page was closed; signing up again (other topics this time) lands on the same sign-up with a new code.
        var (again, againPage) = await SignUpAsync([new("phone", phone), new("topics", "ceasefire")]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, HtmlForms.WithStep(againPage, "code").Hidden["signUp"]);
        var secondCode = await CodeAsync(phone, 2);

        // Over the per-contact limit (2 here): nothing is sent, and a code form for the number says when to ask again.
        var (limited, limitedPage) = await SignUpAsync([new("phone", phone), new("topics", "ceasefire")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromHours(24), limited.Headers.RetryAfter?.Delta);
        Assert.DoesNotContain(id, limitedPage, StringComparison.Ordinal);
        Assert.Contains("We can't send you another code yet: ask again in about 24 hours.", WebUtility.HtmlDecode(limitedPage), StringComparison.Ordinal);
        Assert.Equal(2, (await sink.MessagesToAsync(phone, CancellationToken.None)).Count);

        // The first code was voided by the second; the second confirms the one sign-up with the latest choices.
        if (firstCode != secondCode)
        {
            var (old, oldPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(limitedPage, "number-code"), [new("code", firstCode)]);
            Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
            Assert.Contains(WebUtility.HtmlEncode(PageStrings.CodeWrong), oldPage, StringComparison.Ordinal);
        }

        var (done, donePage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(limitedPage, "number-code"), [new("code", secondCode)]);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains(PageStrings.ConfirmedSmsMessage, WebUtility.HtmlDecode(donePage), StringComparison.Ordinal);
        var store = host.Services.GetRequiredService<ISubscriberStore>();
        var subscriber = await store.GetAsync((await store.FindIdByPhoneAsync(phone, CancellationToken.None))!, CancellationToken.None);
        Assert.Equal(["ceasefire"], subscriber!.Topics.Select(t => t.Text));
    }

    [Fact]
    public async Task The_limit_page_and_its_code_form_read_the_same_whether_or_not_a_sign_up_waits_for_the_number()
    {
        // Three numbers over the per-contact limit (2 here): one whose sign-up waits, one whose sign-up was confirmed,
        // and one signed up with an address (its waiting sign-up is not continued by the number alone).
        var (waiting, confirmed, withAddress) = (TestPhones.NewValid(), TestPhones.NewValid(), TestPhones.NewValid());
        foreach (var number in new[] { waiting, confirmed })
        {
            await SignUpAsync([new("phone", number), new("topics", "Syria")]);
            await SignUpAsync([new("phone", number), new("topics", "Syria")]);
        }

        var (_, confirmPage) = await SignUpAsync([new("phone", confirmed), new("topics", "Syria")]);
        Assert.Equal(HttpStatusCode.OK, (await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(confirmPage, "number-code"), [new("code", await CodeAsync(confirmed, 2))])).Response.StatusCode);
        var tag = Guid.NewGuid().ToString("N")[..10];
        await SignUpAsync([new("email", $"owner-{tag}@example.com"), new("phone", withAddress), new("topics", "Syria")]);
        await SignUpAsync([new("email", $"owner-{tag}@example.com"), new("phone", withAddress), new("topics", "Syria")]);

        // As a stranger enumerating numbers sees them: the same page, but for the number typed and the form token.
        string[] numbers = [waiting, confirmed, withAddress];
        var pages = new List<(HttpResponseMessage Response, string Html)>();
        foreach (var number in numbers)
        {
            pages.Add(await SignUpAsync([new("phone", number), new("topics", "Syria")]));
        }

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.TooManyRequests, p.Response.StatusCode));
        var limitPages = pages.Select((p, i) => Normalised(p.Html, numbers[i])).ToList();
        Assert.All(limitPages, p => Assert.Equal(limitPages[0], p));
        Assert.Single(pages.Select(p => p.Response.Headers.RetryAfter?.Delta).Distinct());

        // A wrong code answers alike too; no number's sign-up is named.
        var wrong = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            var (answer, html) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(pages[i].Html, "number-code"), [new("code", "000000")]);
            Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
            Assert.DoesNotContain("name=\"signUp\"", html, StringComparison.Ordinal);
            wrong.Add(Normalised(html, numbers[i]));
        }

        Assert.All(wrong, p => Assert.Equal(wrong[0], p));

        // A form token for one number does not carry a code to another.
        var forged = HtmlForms.WithStep(pages[1].Html, "number-code");
        forged.Hidden["phone"] = waiting;
        var (refused, refusedPage) = await HtmlForms.PostAsync(host.Client, forged, [new("code", "000000")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(PageStrings.ForbiddenTitle, WebUtility.HtmlDecode(refusedPage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Email_and_phone_signed_up_again_after_the_email_was_confirmed_sends_only_a_new_code_to_the_same_sign_up()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var (email, phone) = ($"again-{tag}@example.com", TestPhones.NewValid());
        var (_, firstPage) = await SignUpAsync([new("email", email), new("phone", phone), new("topics", "Syria")]);
        var id = HtmlForms.WithStep(firstPage, "code").Hidden["signUp"];
        await inbox.WaitForAsync(email, CancellationToken.None);
        var link = LinkPattern().Match((await inbox.ListMessagesAsync(email, CancellationToken.None)).Single().TextBody ?? string.Empty).Value;
        await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(await host.Client.GetStringAsync(new Uri(link)), "email"));
        await Eventually.TrueAsync(async () => await inbox.CountAsync(email, CancellationToken.None) == 2, "the manage link follows the confirmation");

        // Both tabs closed: the same address and number again.
        var (again, againPage) = await SignUpAsync([new("email", email.Replace("example.com", "EXAMPLE.com", StringComparison.Ordinal)), new("phone", phone), new("topics", "Syria")]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, HtmlForms.WithStep(againPage, "code").Hidden["signUp"]);
        Assert.DoesNotContain(PageStrings.CheckEmailMessage, WebUtility.HtmlDecode(againPage), StringComparison.Ordinal);
        var code = await CodeAsync(phone, 2);
        Assert.Equal(2, await inbox.CountAsync(email, CancellationToken.None)); // no second confirmation email: the address is confirmed
        var (done, _) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(againPage, "code"), [new("code", code)]);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
    }

    [Fact]
    public async Task Another_address_with_the_same_number_starts_a_new_sign_up_and_voids_the_old_code()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var phone = TestPhones.NewValid();
        var (_, firstPage) = await SignUpAsync([new("email", $"first-{tag}@example.com"), new("phone", phone), new("topics", "Syria")]);
        var firstCode = await CodeAsync(phone, 1);

        var (_, otherPage) = await SignUpAsync([new("email", $"other-{tag}@example.com"), new("phone", phone), new("topics", "Syria")]);
        Assert.NotEqual(HtmlForms.WithStep(firstPage, "code").Hidden["signUp"], HtmlForms.WithStep(otherPage, "code").Hidden["signUp"]);
        await CodeAsync(phone, 2);

        // One number, one code that works: the first sign-up's code no longer confirms.
        var (old, _) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(firstPage, "code"), [new("code", firstCode)]);
        Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
    }

    private async Task<(HttpResponseMessage Response, string Html)> SignUpAsync(KeyValuePair<string, string>[] fields)
    {
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();
        return await HtmlForms.PostAsync(host.Client, form, [.. fields, new("timeZone", "UTC"), new("emailFrequency", "immediate")]);
    }

    // The page with the number typed and the form token taken out: what differs only by what the asker sent.
    private static string Normalised(string html, string phone) =>
        TokenPattern().Replace(WebUtility.HtmlDecode(html).Replace(phone, "NUMBER", StringComparison.Ordinal), "TOKEN");

    [GeneratedRegex("name=\"formToken\" value=\"[^\"]*\"")]
    private static partial Regex TokenPattern();

    // The code of the count-th text to the number, once it has arrived.
    private async Task<string> CodeAsync(string phone, int count)
    {
        await Eventually.TrueAsync(async () => (await sink.MessagesToAsync(phone, CancellationToken.None)).Count >= count, $"text {count} reaches the number");
        var texts = await sink.MessagesToAsync(phone, CancellationToken.None);
        return CodePattern().Match(texts[count - 1].GetProperty("body").GetString()!).Value;
    }

    [GeneratedRegex(@"\d{6}")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"https?://\S+/confirm\?signUp=[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
