namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// A person who closed the code page before entering the code signs up again with the same number: they land on the
/// code page of the one waiting sign-up, never a second pending sign-up; while the code sent works nothing is texted
/// (issue 16: the code held keeps working), once it is spent a fresh code goes. Over the per-contact limit a code form
/// keyed by the number says when to ask again, reading the same whether or not a sign-up waits for that number.
/// </summary>
public sealed partial class A_closed_code_page_is_found_again_by_signing_up_again(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack, overrides: TestFunctionHost.ContactLimitSettings(perContact: 2));

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task A_phone_only_sign_up_made_again_lands_on_its_code_page_and_only_the_newest_code_confirms_the_latest_choices()
    {
        var phone = TestPhones.NewValid();
        var (first, firstPage) = await SignUpAsync([new("phone", phone), new("topics", "Syria")]);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains(PageStrings.CodeComeBack, WebUtility.HtmlDecode(firstPage), StringComparison.Ordinal);
        var id = HtmlForms.WithStep(firstPage, "code").Hidden["signUp"];
        var code = await TextedCodes.NthAsync(stack.Sink, phone, 1);

        // The page was closed; signing up again with other topics is not a repeat (anyone may type the number): it
        // continues the sign-up with a new code, the held one void. The same form again, more often than the
        // per-contact limit of 2, lands on the same code page each time and texts nothing (issue 16).
        foreach (var topics in new[] { "ceasefire", "ceasefire", "ceasefire" })
        {
            var (again, againPage) = await SignUpAsync([new("phone", phone), new("topics", topics)]);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Equal(id, HtmlForms.WithStep(againPage, "code").Hidden["signUp"]);
        }

        var fresh = await TextedCodes.NthAsync(stack.Sink, phone, 2);
        Assert.NotEqual(code, fresh);
        var (stale, _) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(firstPage, "code"), [new("code", code)]);
        Assert.Equal(HttpStatusCode.Forbidden, stale.StatusCode);
        var (done, donePage) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(firstPage, "code"), [new("code", fresh)]);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains(PageStrings.ConfirmedSmsMessage, WebUtility.HtmlDecode(donePage), StringComparison.Ordinal);
        Assert.Equal(2, (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count);
        var store = stack.Host.Services.GetRequiredService<ISubscriberStore>();
        var subscriber = await store.GetAsync((await store.FindIdByPhoneAsync(phone, CancellationToken.None))!, CancellationToken.None);
        Assert.Equal(["ceasefire"], subscriber!.Topics.Select(t => t.Text));
    }

    [Fact]
    public async Task A_number_whose_code_is_spent_continues_its_sign_up_and_over_the_limit_gets_the_code_form_keyed_by_number()
    {
        var phone = TestPhones.NewValid();
        var (_, firstPage) = await SignUpAsync([new("phone", phone), new("topics", "Syria")]);
        var id = HtmlForms.WithStep(firstPage, "code").Hidden["signUp"];
        await SpendTriesAsync(firstPage);

        // The code is spent: signing up again continues the sign-up with a fresh code (the second text of 2 allowed).
        var (again, againPage) = await SignUpAsync([new("phone", phone), new("topics", "ceasefire")]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, HtmlForms.WithStep(againPage, "code").Hidden["signUp"]);
        await TextedCodes.NthAsync(stack.Sink, phone, 2);
        await SpendTriesAsync(againPage);

        // Spent again and over the per-contact limit: nothing is sent, and a code form for the number says when to ask again.
        var (limited, limitedPage) = await SignUpAsync([new("phone", phone), new("topics", "ceasefire")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromHours(24), limited.Headers.RetryAfter?.Delta);
        Assert.DoesNotContain(id, limitedPage, StringComparison.Ordinal);
        Assert.Contains("We can’t send you another code yet: ask again in about 24 hours.", WebUtility.HtmlDecode(limitedPage), StringComparison.Ordinal);
        // Trial r36 #1: the page says the choices just made were not saved and what the last code confirms.
        Assert.Contains(PageStrings.CodeLimitChoicesNotSaved, WebUtility.HtmlDecode(limitedPage), StringComparison.Ordinal);
        Assert.Equal(2, (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task The_limit_page_and_its_code_form_read_the_same_whether_or_not_a_sign_up_waits_for_the_number()
    {
        // Three numbers at the per-contact limit (2 here, a sign-up and "send it again"): one whose sign-up waits with its
        // tries spent, one whose sign-up was confirmed (its code used up), and one signed up with an address (its
        // waiting sign-up is not continued by the number alone).
        var (waiting, confirmed, withAddress) = (TestPhones.NewValid(), TestPhones.NewValid(), TestPhones.NewValid());
        var tag = Guid.NewGuid().ToString("N")[..10];
        var held = new Dictionary<string, string>();
        foreach (var (number, email) in new[] { (waiting, (string?)null), (confirmed, null), (withAddress, $"owner-{tag}@example.com") })
        {
            KeyValuePair<string, string>[] fields = email is null ? [new("phone", number), new("topics", "Syria")] : [new("email", email), new("phone", number), new("topics", "Syria")];
            var (_, codePage) = await SignUpAsync(fields);
            var (_, resentPage) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "resend"));
            held[number] = await TextedCodes.NthAsync(stack.Sink, number, 2);
            if (number == confirmed)
            {
                Assert.Equal(HttpStatusCode.OK, (await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(resentPage, "code"), [new("code", held[number])])).Response.StatusCode);
            }
            else if (number == waiting)
            {
                await SpendTriesAsync(resentPage);
            }
        }

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

        // A wrong code, and the code each number holds (spent, used up, or another sign-up's), answer byte for byte
        // alike (issue 16): "used up" would tell that a sign-up waits for the number.
        var answers = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var code in new[] { "000000", held[numbers[i]] })
            {
                var (answer, html) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(pages[i].Html, "number-code"), [new("code", code)]);
                Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
                Assert.DoesNotContain("name=\"signUp\"", html, StringComparison.Ordinal);
                answers.Add(Normalised(html, numbers[i]));
            }
        }

        Assert.All(answers, p => Assert.Equal(answers[0], p));
        Assert.Contains(WebUtility.HtmlEncode(PageStrings.CodeWrong), answers[0], StringComparison.Ordinal);

        // A form token for one number does not carry a code to another.
        var forged = HtmlForms.WithStep(pages[1].Html, "number-code");
        forged.Hidden["phone"] = waiting;
        var (refused, refusedPage) = await HtmlForms.PostAsync(stack.Host.Client, forged, [new("code", "000000")]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(PageStrings.ForbiddenTitle, WebUtility.HtmlDecode(refusedPage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Email_and_phone_signed_up_again_after_the_email_was_confirmed_lands_on_the_same_code_page_and_sends_nothing()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var (email, phone) = ($"again-{tag}@example.com", TestPhones.NewValid());
        var (_, firstPage) = await SignUpAsync([new("email", email), new("phone", phone), new("topics", "Syria")]);
        var id = HtmlForms.WithStep(firstPage, "code").Hidden["signUp"];
        var code = await TextedCodes.NthAsync(stack.Sink, phone, 1);
        await stack.Inbox.WaitForAsync(email, CancellationToken.None);
        var link = LinkPattern().Match((await stack.Inbox.ListMessagesAsync(email, CancellationToken.None)).Single().TextBody ?? string.Empty).Value;
        await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(await stack.Host.Client.GetStringAsync(new Uri(link)), "email"));
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(email, CancellationToken.None) == 2, "the manage link follows the confirmation");

        // Both tabs closed: the same address and number again, while the code still works.
        var (again, againPage) = await SignUpAsync([new("email", email.Replace("example.com", "EXAMPLE.com", StringComparison.Ordinal)), new("phone", phone), new("topics", "Syria")]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(id, HtmlForms.WithStep(againPage, "code").Hidden["signUp"]);
        var (done, _) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(againPage, "code"), [new("code", code)]);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Single(await stack.Sink.MessagesToAsync(phone, CancellationToken.None)); // no second code
        Assert.Equal(2, await stack.Inbox.CountAsync(email, CancellationToken.None)); // no second confirmation email
    }

    // Five wrong codes on a code page: its code can no longer be used.
    private async Task SpendTriesAsync(string codePage)
    {
        for (var i = 0; i < 5; i++)
        {
            await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", "000000")]);
        }
    }

    [Fact]
    public async Task Another_address_with_the_same_number_starts_a_new_sign_up_and_voids_the_old_code()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var phone = TestPhones.NewValid();
        var (_, firstPage) = await SignUpAsync([new("email", $"first-{tag}@example.com"), new("phone", phone), new("topics", "Syria")]);
        var firstCode = await TextedCodes.NthAsync(stack.Sink, phone, 1);

        var (_, otherPage) = await SignUpAsync([new("email", $"other-{tag}@example.com"), new("phone", phone), new("topics", "Syria")]);
        Assert.NotEqual(HtmlForms.WithStep(firstPage, "code").Hidden["signUp"], HtmlForms.WithStep(otherPage, "code").Hidden["signUp"]);
        await TextedCodes.NthAsync(stack.Sink, phone, 2);

        // One number, one code that works: the first sign-up's code no longer confirms.
        var (old, _) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(firstPage, "code"), [new("code", firstCode)]);
        Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);
    }

    private async Task<(HttpResponseMessage Response, string Html)> SignUpAsync(KeyValuePair<string, string>[] fields)
    {
        var form = HtmlForms.Of(await stack.Host.Client.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();
        return await HtmlForms.PostAsync(stack.Host.Client, form, [.. fields, new("timeZone", "UTC"), new("emailFrequency", "immediate")]);
    }

    // The page with the number typed and the form token taken out: what differs only by what the asker sent.
    private static string Normalised(string html, string phone) =>
        TokenPattern().Replace(WebUtility.HtmlDecode(html).Replace(phone, "NUMBER", StringComparison.Ordinal), "TOKEN");

    [GeneratedRegex("name=\"formToken\" value=\"[^\"]*\"")]
    private static partial Regex TokenPattern();


    [GeneratedRegex(@"https?://\S+/confirm\?signUp=[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
