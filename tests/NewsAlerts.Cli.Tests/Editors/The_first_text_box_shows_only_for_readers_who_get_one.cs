namespace NewsAlerts.Cli.Tests.Editors;

using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages.Editor;
using static NewsAlerts.Cli.Tests.Editors.PreviewExamples;

/// <summary>
/// Trial r35 #10: the preview of a correction or withdrawal showed "the first text to a number (with the opt-out line)"
/// for readers who had all been texted before, and a story texting nobody yet showed it under a count of 0. The box is
/// shown for a language only when some reader of it gets a first text: a number never texted (<c>SmsWelcomed</c> false),
/// as the SMS channel decides the opt-out line, counted by <see cref="SmsCountries.Count"/>.
/// </summary>
public sealed class The_first_text_box_shows_only_for_readers_who_get_one : IAsyncDisposable
{
    private readonly RazorTemplates templates = new();

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    [Theory]
    [InlineData(3, 1, true)]
    [InlineData(3, 3, true)]
    [InlineData(3, 0, false)]
    [InlineData(0, 0, false)]
    public void The_box_is_shown_when_first_texts_are_counted(int texts, int firstTexts, bool shown)
    {
        var preview = MessagePreviews.Of(Content(null), "you follow Aleppo", Links, At, [new SmsLanguageCount("en", texts, firstTexts)]);

        Assert.Equal(shown, preview.Texts.Single().ShowsFirstSms);
    }

    [Fact]
    public void Readers_never_texted_are_counted_as_first_texts_and_readers_texted_before_are_not()
    {
        var counts = SmsCountries.ByLanguage(SmsCountries.Count([Reader("new", welcomed: false), Reader("old", welcomed: true), Reader("older", welcomed: true)]));

        Assert.Equal(new SmsLanguageCount("en", 3, 1), counts.Single());
    }

    [Fact]
    public async Task A_follow_up_to_readers_texted_before_has_no_first_text_box_and_a_new_story_to_a_new_reader_has_one()
    {
        var followUp = MessagePreviews.Of(Content(new ArticleNotice(NoticeKind.Corrected, "Wrong town")), "you follow Aleppo", Links, At,
            SmsCountries.ByLanguage(SmsCountries.Count([Reader("old", welcomed: true)])));
        var story = MessagePreviews.Of(Content(null), "you follow Aleppo", Links, At, SmsCountries.ByLanguage(SmsCountries.Count([Reader("new", welcomed: false)])));

        var followUpHtml = await RenderAsync(followUp);
        var storyHtml = await RenderAsync(story);

        Assert.DoesNotContain("data-sms=\"first\"", followUpHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(ConsoleStrings.FirstSmsTitle, followUpHtml, StringComparison.Ordinal);
        Assert.Contains("data-sms=\"first\" data-first-texts=\"1\"", storyHtml, StringComparison.Ordinal);
        Assert.Contains("Reply STOP to opt out", storyHtml, StringComparison.Ordinal);
    }

    private Task<string> RenderAsync(MessagePreview preview) =>
        templates.RenderAsync<MessagesPreview>(new Dictionary<string, object?> { [nameof(MessagesPreview.Preview)] = preview });

    private static Subscriber Reader(string id, bool welcomed) =>
        new(id, null, ContactStatus.None, "+447400123456", ContactStatus.Confirmed, "Europe/London", [new Topic("t1", "Aleppo", false)], 3, At, SmsWelcomed: welcomed);

    private static AlertContent Content(ArticleNotice? notice) =>
        new AlertContent("urn:story:10", "1", "Ceasefire agreed in Aleppo", "Summary.", new Uri("https://news.example/story"), "Example", 1, At) with { Notice = notice };
}
