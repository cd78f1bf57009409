namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Core.Words;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16 (reviewer's medium of stop 33): a sign-up naming a number that replied STOP was refused with a 409 naming
/// <c>phone</c>, which told anyone who typed a stranger's number that it once replied STOP. Now it is answered as any
/// number is (202, the code page), stored as usual and texted nothing (trial r33 #1: nothing goes to a suppressed
/// number; confirmations are sent within the request, so the sink's count read after the answer is final); every code
/// page tells everyone "if you ever replied STOP, text START to our number first, then ask for a new code", and after
/// START the same page's "send me a new code" texts one that confirms. On the real stack: the Function host's pages
/// and API, Table storage on Azurite, the SMS sink (texts and its inbound webhook for STOP and START).
/// </summary>
public sealed partial class A_number_that_replied_STOP_signs_up_as_any_other_and_is_texted_nothing(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;
    private HttpClient sinkClient = null!;

    // Our number on a page is isolated by markup (issue 16), the page read with its character references decoded.
    private static string OurNumberWords => $"<bdi dir=\"ltr\">{PhoneWords.Grouped(SmsSinkService.FromNumber)}</bdi>";

    private static string StartHint => $"If you ever replied STOP to our texts, text START to {OurNumberWords} first, then ask for a new code.";

    public async Task InitializeAsync()
    {
        stack = await HostedStack.StartAsync(fixture.Stack);
        sinkClient = new HttpClient { BaseAddress = fixture.Stack.SmsSink };
    }

    public async Task DisposeAsync()
    {
        sinkClient.Dispose();
        await stack.DisposeAsync();
    }

    [Fact]
    public async Task The_API_answers_a_stopped_number_byte_for_byte_as_a_fresh_one_and_texts_it_nothing()
    {
        var stopped = await StoppedNumberAsync();
        var texts = await TextsToAsync(stopped);
        var fresh = TestPhones.NewValid();

        using var stoppedAnswer = await stack.Host.Client.PostAsJsonAsync("api/subscribers", new { phone = stopped, timeZone = "UTC", topics = new[] { "ceasefire" } });
        using var freshAnswer = await stack.Host.Client.PostAsJsonAsync("api/subscribers", new { phone = fresh, timeZone = "UTC", topics = new[] { "ceasefire" } });

        Assert.Equal(HttpStatusCode.Accepted, stoppedAnswer.StatusCode);
        Assert.Equal(freshAnswer.StatusCode, stoppedAnswer.StatusCode);
        Assert.Equal(freshAnswer.Content.Headers.ContentType, stoppedAnswer.Content.Headers.ContentType);
        Assert.Equal(await ShapeAsync(freshAnswer), await ShapeAsync(stoppedAnswer));
        Assert.Equal(texts, await TextsToAsync(stopped));
        await stack.Sink.WaitForAsync(fresh, CancellationToken.None); // the fresh number's code went, so the stopped one's would have
        // Stored as usual: the sign-up waits for its code like any other.
        Assert.Contains(await stack.Host.Services.GetRequiredService<ISignUpStore>().FindByPhoneAsync(stopped, CancellationToken.None),
            s => s.Topics.Any(t => t.Text == "ceasefire") && !s.SmsConfirmed && s.Pending.SmsCodeHash is not null);
    }

    [Fact]
    public async Task A_stopped_number_with_an_address_is_answered_alike_and_only_the_address_gets_its_link()
    {
        var stopped = await StoppedNumberAsync();
        var texts = await TextsToAsync(stopped);
        var email = $"stopped-{Guid.NewGuid():N}@example.com";

        using var api = await stack.Host.Client.PostAsJsonAsync("api/subscribers", new { email, phone = stopped, timeZone = "UTC", topics = new[] { "ceasefire" } });

        Assert.Equal(HttpStatusCode.Accepted, api.StatusCode);
        using var body = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.Equal(["email", "sms"], body.RootElement.GetProperty("pending").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, body.RootElement.GetProperty("notSent").GetArrayLength());
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(email, CancellationToken.None) >= 1, "the confirmation email arrives");
        Assert.Equal(texts, await TextsToAsync(stopped));
    }

    [Fact]
    public async Task The_page_takes_a_stopped_number_to_the_code_page_as_a_fresh_one_with_the_START_hint_for_everyone()
    {
        var stopped = await StoppedNumberAsync();
        var texts = await TextsToAsync(stopped);
        var fresh = TestPhones.NewValid();

        var (stoppedAnswer, stoppedPage) = await SignUpAsync([new("phone", stopped), new("topics", "ceasefire")]);
        var (freshAnswer, freshPage) = await SignUpAsync([new("phone", fresh), new("topics", "ceasefire")]);

        Assert.Equal(HttpStatusCode.OK, stoppedAnswer.StatusCode);
        Assert.Equal(freshAnswer.StatusCode, stoppedAnswer.StatusCode);
        Assert.Equal(WithoutSignUpId(freshAnswer.RequestMessage!.RequestUri!), WithoutSignUpId(stoppedAnswer.RequestMessage!.RequestUri!));
        foreach (var page in new[] { WebUtility.HtmlDecode(stoppedPage), WebUtility.HtmlDecode(freshPage) })
        {
            Assert.Contains(PageStrings.CheckPhoneMessage, page, StringComparison.Ordinal);
            Assert.Contains(StartHint, page, StringComparison.Ordinal);
            Assert.DoesNotContain("replied STOP to our texts, so", page, StringComparison.Ordinal);
        }

        Assert.Equal(texts, await TextsToAsync(stopped));
    }

    [Fact]
    public async Task After_START_a_new_code_from_the_same_code_page_is_texted_and_confirms()
    {
        var stopped = await StoppedNumberAsync();
        var (_, codePage) = await SignUpAsync([new("phone", stopped), new("topics", "ceasefire")]);
        // Texted nothing till START (a new code asked for meanwhile neither: the French test below); the per-number limit
        // counts a withheld code as a sent one, so a 429 tells no more than a 202.
        await ReplyAsync(stopped, "START");
        await Eventually.TrueAsync(
            async () => !await stack.Host.Services.GetRequiredService<SuppressionList>().IsSuppressedAsync(Channel.Sms, stopped, CancellationToken.None), "the START text is applied");
        var beforeResend = await TextsToAsync(stopped);
        var (resent, resentPage) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "resend"));
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        var code = await CodeAfterAsync(stopped, beforeResend);
        var (confirmed, _) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(resentPage, "code"), [new("code", code)]);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var store = stack.Host.Services.GetRequiredService<ISubscriberStore>();
        var subscriber = (await store.GetAsync((await store.FindIdByPhoneAsync(stopped, CancellationToken.None))!, CancellationToken.None))!;
        Assert.Equal(ContactStatus.Confirmed, subscriber.SmsStatus);
        Assert.Contains(subscriber.Topics, t => t.Text == "ceasefire");
    }

    [Fact]
    public async Task A_code_sent_before_STOP_reads_as_used_up_in_french_and_the_hint_names_our_number_in_a_french_sentence()
    {
        var phone = TestPhones.NewValid();
        var (_, codePage) = await SignUpAsync([new("phone", phone), new("topics", "Syrie"), new("language", "fr")], "fr");
        var code = await CodeAfterAsync(phone, 0);
        await StopAsync(phone);
        await Eventually.TrueAsync(
            async () => (await stack.Host.Services.GetRequiredService<ISignUpStore>().FindByPhoneAsync(phone, CancellationToken.None))
                .All(s => s.Pending.SmsCodeAttempts >= PendingConfirmations.MaxSmsCodeAttempts), "the STOP voids the code");
        var texts = await TextsToAsync(phone);

        var (entered, enteredPage) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", code)]);
        var (resent, resentPage) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "resend"));

        Assert.Equal(HttpStatusCode.Forbidden, entered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        foreach (var page in new[] { WebUtility.HtmlDecode(enteredPage), WebUtility.HtmlDecode(resentPage) })
        {
            Assert.Contains($"envoyez d’abord START au {OurNumberWords}, puis demandez un nouveau code", page, StringComparison.Ordinal);
            Assert.DoesNotContain("au nous", page, StringComparison.Ordinal);
        }

        Assert.Equal(texts, await TextsToAsync(phone));
        Assert.Null(await stack.Host.Services.GetRequiredService<ISubscriberStore>().FindIdByPhoneAsync(phone, CancellationToken.None));
    }

    [Fact]
    public async Task A_code_entered_again_after_STOP_answers_as_it_did_before_STOP()
    {
        var phone = TestPhones.NewValid();
        var (_, codePage) = await SignUpAsync([new("phone", phone), new("topics", "Syria")]);
        var code = await CodeAfterAsync(phone, 0);
        var (confirmed, _) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", code)]);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var (before, beforePage) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", code)]);
        await StopAsync(phone);

        var (after, afterPage) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", code)]);

        Assert.Equal(before.StatusCode, after.StatusCode);
        Assert.Equal(Title(beforePage), Title(afterPage));
        Assert.DoesNotContain("STOP", Title(afterPage), StringComparison.Ordinal);
    }

    private async Task<(HttpResponseMessage Response, string Html)> SignUpAsync(KeyValuePair<string, string>[] fields, string language = "en")
    {
        var form = HtmlForms.Of(await stack.Host.Client.GetStringAsync(new Uri($"signup?lang={language}", UriKind.Relative))).Single();
        return await HtmlForms.PostAsync(stack.Host.Client, form, [.. fields, new("timeZone", "UTC"), new("emailFrequency", "immediate")]);
    }

    // A number that signed up, confirmed and replied STOP: on the suppression list.
    private async Task<string> StoppedNumberAsync()
    {
        var phone = TestPhones.NewValid();
        var (_, codePage) = await SignUpAsync([new("phone", phone), new("topics", "Syria")]);
        var (confirmed, _) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", await CodeAfterAsync(phone, 0))]);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        await StopAsync(phone);
        return phone;
    }

    private async Task<int> TextsToAsync(string phone) => (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count;

    // The first code texted to the number after its first `skip` texts (a STOP or START answer holds no six-digit code).
    private async Task<string> CodeAfterAsync(string phone, int skip)
    {
        string? code = null;
        await Eventually.TrueAsync(async () =>
        {
            code = (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Skip(skip)
                .Select(m => CodePattern().Match(m.GetProperty("body").GetString() ?? string.Empty))
                .FirstOrDefault(m => m.Success)?.Value;
            return code is not null;
        }, $"a code is texted to {phone}");
        return code!;
    }

    // The answer with its one random part, the sign-up id, masked: what remains must be the same bytes for every number.
    private static async Task<string> ShapeAsync(HttpResponseMessage answer)
    {
        var body = await answer.Content.ReadAsStringAsync();
        var id = JsonDocument.Parse(body).RootElement.GetProperty("signUpId").GetString()!;
        return body.Replace(id, new string('*', id.Length), StringComparison.Ordinal);
    }

    private static string WithoutSignUpId(Uri location) => SignUpIdPattern().Replace(location.PathAndQuery, "signUp=*");

    private static string Title(string html) => WebUtility.HtmlDecode(TitlePattern().Match(html).Groups[1].Value);

    private async Task StopAsync(string phone)
    {
        await ReplyAsync(phone, "STOP");
        await Eventually.TrueAsync(
            async () => await stack.Host.Services.GetRequiredService<SuppressionList>().IsSuppressedAsync(Channel.Sms, phone, CancellationToken.None), "the STOP text is applied");
    }

    // A reply through the SMS sink to this host's Twilio webhook (signed as Twilio signs it).
    private async Task ReplyAsync(string phone, string body)
    {
        using var reply = await sinkClient.PostAsJsonAsync("sink/inbound", new { from = phone, body, webhookUrl = new Uri(stack.Host.Client.BaseAddress!, "api/twilio/inbound") });
        Assert.True(reply.IsSuccessStatusCode, await reply.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("(?<![0-9+])[0-9]{6}(?![0-9])")]
    private static partial Regex CodePattern();

    [GeneratedRegex("signUp=[^&]+")]
    private static partial Regex SignUpIdPattern();

    [GeneratedRegex("<h1[^>]*>(.*?)</h1>", RegexOptions.Singleline)]
    private static partial Regex TitlePattern();
}
