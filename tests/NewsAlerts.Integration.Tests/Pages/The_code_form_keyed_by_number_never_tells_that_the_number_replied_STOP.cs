namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16 (stop 33, left 3: the <c>!oneRefusal</c> guard of ConfirmPageFunction had no test). The code form keyed
/// by number (shown over the per-contact limit) is answered alike whatever the number's state, since anyone may type
/// a number there: a code for a number whose sign-up waits and which has since replied STOP is "wrong", never "this
/// number replied STOP" (which the sign-up's own code page may say to its holder). On the real stack: pages, the SMS
/// sink (texts, and its inbound webhook for STOP), Table storage on Azurite.
/// </summary>
public sealed partial class The_code_form_keyed_by_number_never_tells_that_the_number_replied_STOP(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;
    private Cli.Stack.SmsSinkInbox sink = null!;
    private HttpClient sinkClient = null!;

    public async Task InitializeAsync()
    {
        host = await TestFunctionHost.StartWithContactLimitAsync(fixture.Stack, perContact: 2);
        sink = new Cli.Stack.SmsSinkInbox(fixture.Stack.SmsSink);
        sinkClient = new HttpClient { BaseAddress = fixture.Stack.SmsSink };
    }

    public async Task DisposeAsync()
    {
        sinkClient.Dispose();
        sink.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task A_code_for_a_waiting_number_that_replied_STOP_reads_as_a_wrong_code_on_the_number_form()
    {
        var phone = TestPhones.NewValid();
        var (_, codePage) = await SignUpAsync(phone, "Syria");
        var (_, resentPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(codePage, "resend"));
        var held = await TextedCodes.NthAsync(sink, phone, 2);
        for (var i = 0; i < 5; i++)
        {
            await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(resentPage, "code"), [new("code", "000000")]);
        }

        var (limited, limitedPage) = await SignUpAsync(phone, "ceasefire");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        await StopAsync(phone);

        var answers = new List<string>();
        foreach (var code in new[] { held, "000000" })
        {
            var (answer, html) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(limitedPage, "number-code"), [new("code", code)]);
            Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
            answers.Add(WebUtility.HtmlDecode(html));
        }

        Assert.All(answers, words => Assert.Contains(PageStrings.CodeWrong, words, StringComparison.Ordinal));
        Assert.Equal(TokenPattern().Replace(answers[0], "TOKEN"), TokenPattern().Replace(answers[1], "TOKEN")); // byte for byte but the form token
    }

    private async Task<(HttpResponseMessage Response, string Html)> SignUpAsync(string phone, string topics)
    {
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();
        return await HtmlForms.PostAsync(host.Client, form, [new("phone", phone), new("topics", topics), new("timeZone", "UTC"), new("emailFrequency", "immediate")]);
    }

    // A STOP through the SMS sink to this host's Twilio webhook (signed as Twilio signs it), applied before going on.
    private async Task StopAsync(string phone)
    {
        using var reply = await sinkClient.PostAsJsonAsync("sink/inbound", new { from = phone, body = "STOP", webhookUrl = new Uri(host.Client.BaseAddress!, "api/twilio/inbound") });
        Assert.True(reply.IsSuccessStatusCode, await reply.Content.ReadAsStringAsync());
        await Eventually.TrueAsync(
            async () => await host.Services.GetRequiredService<SuppressionList>().IsSuppressedAsync(Channel.Sms, phone, CancellationToken.None), "the STOP text is applied");
    }

    [GeneratedRegex("name=\"formToken\" value=\"[^\"]*\"")]
    private static partial Regex TokenPattern();
}
