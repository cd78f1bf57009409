namespace NewsAlerts.Channels.Tests.Languages;

using MimeKit;
using NewsAlerts.Channels.Email;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;

public sealed class Alert_and_digest_emails_are_written_in_the_subscribers_language : IAsyncLifetime
{
    private static readonly MailboxAddress From = new("NewsAlerts", "alerts@newsalerts.test");
    private static readonly DateTimeOffset Published = new(2026, 12, 1, 13, 5, 0, TimeSpan.Zero);
    private readonly RazorTemplates templates = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await templates.DisposeAsync();

    [Theory]
    [InlineData("fr", "Europe/Paris", "Urgent\u00a0: Cessez-le-feu à Gaza", "mar. 1 déc. 2026 14:05 (fuseau horaire\u00a0: Paris)", "Pourquoi vous recevez ce message\u00a0: « trêve »")]
    [InlineData("ar", "Asia/Beirut", "عاجل: وقف إطلاق النار في غزة", "2026، \u206615:05\u2069 (بتوقيت بيروت)", "سبب وصول هذه الرسالة إليك: «هدنة»")]
    public void A_breaking_alert_has_its_subject_words_and_publication_time_in_the_language_and_zone(
        string language, string zone, string subject, string when, string why)
    {
        var message = AlertEmailComposer.Compose(Alert(language, zone, Content(language, urgency: 1)), From, Published);

        Assert.Equal(subject, message.Subject);
        Assert.Equal(language, message.Headers[HeaderId.ContentLanguage]);
        AssertWritten(message, language);
        Assert.Contains(when, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(when, Html(message), StringComparison.Ordinal);
        Assert.Contains(why, message.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", NoticeKind.Withdrawn, "Retiré\u00a0: ", "a été retiré le mar. 1 déc. 2026 14:05 (fuseau horaire\u00a0: Paris).")]
    [InlineData("fr", NoticeKind.Corrected, "Rectificatif\u00a0: ", "a été corrigé le mar. 1 déc. 2026 14:05 (fuseau horaire\u00a0: Paris).")]
    [InlineData("ar", NoticeKind.Withdrawn, "خبر مسحوب: ", "سُحب في ")]
    [InlineData("ar", NoticeKind.Corrected, "تصحيح: ", "صُحّح في ")]
    public void A_follow_up_says_withdrawn_or_corrected_and_when_in_the_language(string language, NoticeKind kind, string subjectStart, string notice)
    {
        var content = Content(language, urgency: 1) with { Notice = new ArticleNotice(kind, null) };

        var message = AlertEmailComposer.Compose(Alert(language, "Europe/Paris", content), From, Published);

        Assert.StartsWith(subjectStart, message.Subject, StringComparison.Ordinal);
        Assert.Contains(notice, message.TextBody, StringComparison.Ordinal);
        AssertWritten(message, language);
    }

    [Theory]
    [InlineData("fr", 1, 0, "Votre résumé de l’actualité\u00a0: 1 article")]
    [InlineData("fr", 3, 2, "Votre résumé de l’actualité\u00a0: 5 articles")]
    [InlineData("ar", 1, 0, "ملخص أخبارك: خبر واحد")]
    [InlineData("ar", 2, 0, "ملخص أخبارك: خبران")]
    [InlineData("ar", 3, 0, "ملخص أخبارك: 3 أخبار")]
    [InlineData("ar", 3, 8, "ملخص أخبارك: 11 خبرًا")]
    public async Task A_digest_counts_its_stories_in_the_plural_form_of_the_language(string language, int stories, int more, string subject)
    {
        var message = await new DigestEmailComposer(templates).ComposeAsync(Digest(language, stories, more), From, Published);

        Assert.Equal(subject, message.Subject);
        AssertWritten(message, language);
    }

    [Theory]
    [InlineData("fr", "mar. 1 déc. 2026 14:04 (fuseau horaire\u00a0: Paris)", "Autres correspondances")]
    [InlineData("ar", "2026، \u206614:04\u2069 (بتوقيت باريس)", "نتائج أخرى")]
    public async Task A_digests_story_times_and_sections_come_in_the_language(string language, string when, string otherTopic)
    {
        var request = Digest(language, 2, 1);

        var message = await new DigestEmailComposer(templates).ComposeAsync(request, From, Published);

        Assert.Contains(when, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(when, Html(message), StringComparison.Ordinal);
        Assert.Contains(otherTopic, Html(message), StringComparison.Ordinal);
    }

    [Fact]
    public void An_English_alert_stays_English_and_left_to_right()
    {
        var message = AlertEmailComposer.Compose(Alert(null, "Europe/Paris", Content("en", urgency: 1)), From, Published);

        Assert.StartsWith("Breaking: ", message.Subject, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\" dir=\"ltr\">", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Tue, Dec 1, 2026, 14:05 (Paris time)", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain('\u200F', message.TextBody!);
    }

    /// <summary>No English left, no placeholder left, and the HTML and text parts set in the language's direction.</summary>
    internal static void AssertWritten(MimeMessage message, string language)
    {
        var rtl = language == "ar";
        Assert.Contains($"<html lang=\"{language}\" dir=\"{(rtl ? "rtl" : "ltr")}\">", message.HtmlBody, StringComparison.Ordinal);
        foreach (var part in new[] { message.Subject, message.TextBody, message.HtmlBody }.Select(p => p ?? string.Empty))
        {
            Assert.Empty(EnglishLeft.In(part));
            Assert.Empty(EnglishLeft.Placeholders(part));
        }

        var lines = (message.TextBody ?? string.Empty).Split('\n').Where(l => l.TrimEnd('\r').Length > 0).ToList();
        Assert.All(lines, l => Assert.Equal(rtl, l[0] == PlainTextDirection.RightToLeftMark));
    }

    // Razor writes letters outside Basic Latin as character references (&#xE9;); a mail client shows the letters.
    private static string Html(MimeMessage message) => System.Net.WebUtility.HtmlDecode(message.HtmlBody ?? string.Empty);

    private static AlertContent Content(string language, int urgency) => language switch
    {
        "fr" => new("urn:a1", "1", "Cessez-le-feu à Gaza", "Les négociateurs ont conclu une trêve.", new Uri("https://nws.example/a1"), "Le Quotidien", urgency, Published),
        "ar" => new("urn:a1", "1", "وقف إطلاق النار في غزة", "توصل المفاوضون إلى هدنة.", new Uri("https://nws.example/a1"), "الصحيفة", urgency, Published),
        _ => new("urn:a1", "1", "Ceasefire in Gaza", "Negotiators agreed a truce.", new Uri("https://nws.example/a1"), "The Daily", urgency, Published),
    };

    private static EmailAlertRequest Alert(string? language, string zone, AlertContent content) => new(
        "sub-1", "r@example.test", content, language == "ar" ? "«هدنة»" : "« trêve »", new Uri("https://alerts.example/manage?token=m.sig"),
        new Uri("https://alerts.example/unsubscribe?token=u.sig"), "a1-v1-sub-1-email", zone, language);

    private static DigestEmailRequest Digest(string language, int stories, int more)
    {
        var zone = NewsAlerts.Core.Policy.LocalClock.Zone("Europe/Paris");
        var articles = Enumerable.Range(1, stories)
            .Select(i => new Article($"urn:a{i}", 1, $"Titre {i}", "…", null, "Le Quotidien", language, [], 5, new Uri($"https://nws.example/a{i}"), Published.AddMinutes(-i)))
            .ToDictionary(a => a.Id, StringComparer.Ordinal);
        var entries = articles.Values.Select((a, i) => new DigestEntry("sub-1", Published.AddHours(10), a.Id, i == 0 ? "t-gone" : "t1", "« trêve »", a.PublishedAt)).ToList();
        var batch = DigestBatches.Of(entries).Single() with { More = more };
        var email = DigestComposer.Compose(batch, entries, articles, [new NewsAlerts.Core.Subscribers.Topic("t1", "Gaza", Exact: false)], zone, language);
        return new DigestEmailRequest("sub-1", "r@example.test", email, new Uri("https://alerts.example/manage?token=m.sig"), new Uri("https://alerts.example/unsubscribe?token=u.sig"), "d|sub-1", language);
    }
}
