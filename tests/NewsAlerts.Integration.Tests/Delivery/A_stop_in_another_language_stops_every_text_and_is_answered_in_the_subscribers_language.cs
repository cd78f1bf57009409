namespace NewsAlerts.Integration.Tests.Delivery;

using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;
using NewsAlerts.Testing;

/// <summary>
/// Replies in other languages through the SMS sink (posted to this host's Twilio webhook as Twilio would): every
/// non-English opt-out word of the table stops every text to its number, and the app's answer (TwiML) is in the
/// subscriber's language. A control subscriber of the same shape (French, matched in English) receives the story, so
/// "nothing arrived" is checked after the same story reached someone.
/// </summary>
[Collection("queues")]
public sealed class A_stop_in_another_language_stops_every_text_and_is_answered_in_the_subscribers_language(StackFixture fixture)
    : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;
    private HttpClient sinkClient = null!;

    public async Task InitializeAsync()
    {
        stack = await HostedStack.StartAsync(fixture.Stack, runDispatcher: true);
        sinkClient = new HttpClient { BaseAddress = fixture.Stack.SmsSink };
    }

    public async Task DisposeAsync()
    {
        sinkClient.Dispose();
        await stack.DisposeAsync();
    }

    [Fact]
    public async Task Every_opt_out_word_of_another_language_stops_the_number_and_the_answer_is_in_the_subscribers_language()
    {
        var rows = SmsKeywords.Table.Where(t => t.Keyword == SmsKeyword.Stop && t.Language != "en").ToList();
        var numbers = new List<string>();
        foreach (var row in rows)
        {
            var phone = TestPhones.NewValid();
            numbers.Add(phone);
            await SaveAsync(Subscriber(phone, TextLanguages.Offered.Contains(row.Language) ? row.Language : null));
        }

        var control = TestPhones.NewValid();
        await SaveAsync(Subscriber(control, "fr"));
        foreach (var (row, phone) in rows.Zip(numbers))
        {
            // Lower case (Turkish İ becomes i with or without its dot), as people type it.
            var answer = await ReplyAsync(phone, row.Phrase.ToLowerInvariant());
            Assert.Equal(200, answer.GetProperty("webhookStatus").GetInt32());
            var expected = WebUtility.HtmlEncode(GsmText(SmsTexts.Stopped(row.Language, "NewsAlerts")));
            Assert.True(answer.GetProperty("webhookBody").GetString()!.Contains(expected, StringComparison.Ordinal), $"'{row.Phrase}' was answered {answer}");
        }

        await Editor.PublishAsync(stack.Host, Editor.SampleArticle($"urn:test:{Guid.NewGuid():N}", urgency: 1));
        await stack.Sink.WaitForAsync(control, CancellationToken.None);
        await QueuesDrainedAsync();
        foreach (var (row, phone) in rows.Zip(numbers))
        {
            Assert.True((await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count == 0, $"a text went to a number after it replied '{row.Phrase}'");
        }
    }

    [Fact]
    public async Task Help_is_answered_in_the_subscribers_language_and_an_unknown_number_in_the_keywords_language()
    {
        var spanish = TestPhones.NewValid();
        await SaveAsync(Subscriber(spanish, "es"));

        var help = await ReplyAsync(spanish, "HELP");
        var aide = await ReplyAsync(TestPhones.NewValid(), "Aide !");
        var arabic = await ReplyAsync(spanish, "مساعدة");

        Assert.Contains("Responde STOP para dejar de recibirlas", help.GetProperty("webhookBody").GetString(), StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode("Répondez STOP pour tout arreter"), aide.GetProperty("webhookBody").GetString(), StringComparison.Ordinal);
        Assert.Contains("Responde STOP para dejar de recibirlas", arabic.GetProperty("webhookBody").GetString(), StringComparison.Ordinal);
    }

    private static string GsmText(string text) => Channels.Sms.GsmTransliterator.Transliterate(text);

    private static Subscriber Subscriber(string phone, string? language) => new(
        $"s{Guid.NewGuid():N}", null, ContactStatus.None, phone, ContactStatus.Confirmed, "UTC", [new Topic("t1", "Syria", false)],
        Core.Subscribers.Subscriber.DefaultSmsMaxUrgency, DateTimeOffset.UtcNow, SmsWelcomed: true, Language: language, Languages: ["en"]);

    private async Task SaveAsync(Subscriber subscriber)
    {
        await stack.Host.Services.GetRequiredService<ISubscriberStore>().SaveAsync(subscriber, CancellationToken.None);
        await stack.Host.Services.GetRequiredService<SubscriberSync>().RefreshAsync(CancellationToken.None);
    }

    private async Task<System.Text.Json.JsonElement> ReplyAsync(string from, string body)
    {
        using var response = await sinkClient.PostAsJsonAsync("sink/inbound", new { from, body });
        var answer = await Api.BodyAsync(response);
        Assert.True(response.IsSuccessStatusCode, answer.ToString());
        return answer;
    }

    private async Task QueuesDrainedAsync()
    {
        foreach (var queue in new[] { "email-alerts", "sms-alerts" })
        {
            await using var receiver = stack.ServiceBus.CreateReceiver(queue);
            await Eventually.TrueAsync(async () => await receiver.PeekMessageAsync() is null, $"{queue} is empty");
        }
    }
}
