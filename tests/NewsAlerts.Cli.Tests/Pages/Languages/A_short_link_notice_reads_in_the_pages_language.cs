namespace NewsAlerts.Cli.Tests.Pages.Languages;

using NewsAlerts.Core.Articles;
using NewsAlerts.Functions.Articles;

/// <summary>
/// Issue 17's trial (r31, defect 3): the short link of a withdrawn story showed a translated heading, then
/// "“Syrie : …” was withdrawn on 1 Dec 2026 at 17:13 UTC." in English. Every sentence of the notice is in the page's
/// language, the date in its words, written as every page dates (PageMoments: the history's short date, issue 16), and UTC named as the language names it (a short link is per story, not per reader,
/// so there is no reader's zone to use).
/// </summary>
public sealed class A_short_link_notice_reads_in_the_pages_language
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 17, 13, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("en", NoticeKind.Withdrawn, "\u201CSyrie : trêve\u201D was withdrawn on Tue, Dec 1, 2026, 17:13 (UTC time). The editor’s note: Not verified.")]
    [InlineData("fr", NoticeKind.Withdrawn, "«\u00a0Syrie : trêve\u00a0» a été retiré le mar. 1 déc. 2026 17:13 (heure UTC). Note de la rédaction\u00a0: Not verified.")]
    [InlineData("de", NoticeKind.Withdrawn, "\u201ESyrie : trêve\u201C wurde am Di., 1. Dez. 2026, 17:13 (UTC) zurückgezogen. Anmerkung der Redaktion: Not verified.")]
    [InlineData("nl", NoticeKind.Corrected, "\u2018Syrie : trêve\u2019 is gecorrigeerd op di 1 dec 2026, 17:13 (UTC-tijd). Noot van de redactie: Not verified.")]
    [InlineData("es", NoticeKind.Corrected, "“Syrie : trêve” se corrigió el mar, 1 dic 2026, 17:13 (hora UTC). Nota de la redacción: Not verified.")]
    public void The_notice_is_one_sentence_in_the_language_with_the_time_on_utc_in_its_words(string language, NoticeKind kind, string expected)
    {
        using var scope = new PageLanguageScope(language);
        var link = new ArticleLink(null, "Syrie : trêve", new ArticleNotice(kind, " Not verified. "), At);

        var notice = kind == NoticeKind.Withdrawn ? NoticePage.Withdrawn(link) : NoticePage.Corrected(link);

        Assert.Equal(expected, notice);
    }

    [Fact]
    public void The_arabic_notice_has_no_english_word_and_names_utc_in_arabic()
    {
        using var scope = new PageLanguageScope("ar");
        var link = new ArticleLink(null, "سوريا: هدنة", new ArticleNotice(NoticeKind.Withdrawn, null), At);

        var notice = NoticePage.Withdrawn(link);

        Assert.StartsWith("سُحب خبر ”سوريا: هدنة“ في ", notice, StringComparison.Ordinal);
        Assert.EndsWith("(بالتوقيت العالمي المنسق).", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("withdrawn", notice, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("en", "\u201CTruce\u201D was corrected.")]
    [InlineData("fr", "«\u00a0Truce\u00a0» a été corrigé.")]
    public void A_notice_without_a_time_or_note_is_the_sentence_alone(string language, string expected)
    {
        using var scope = new PageLanguageScope(language);

        Assert.Equal(expected, NoticePage.Corrected(new ArticleLink(null, "Truce", new ArticleNotice(NoticeKind.Corrected, "  "))));
    }
}
