namespace NewsAlerts.Channels.Tests.Sms;

using NewsAlerts.Channels.Sms;
using NewsAlerts.Channels.Tests.Support;
using NewsAlerts.Core.Articles;

/// <summary>
/// Trial r41 #8: an Arabic subscriber's withdrawal of a French story read <c>مسحوب: Syrie : la treve d'Alep…</c>: the
/// text went as UCS-2 because of the Arabic word, yet the headline had been rewritten for GSM-7 first (ê → e, ’ → ').
/// The encoding is decided on the whole untouched text; when anything in it forces UCS-2, nothing is rewritten (the
/// headline, the prefix, the opt-out line), and the editor's preview is the same text (both call <see cref="SmsText.Compose"/>).
/// </summary>
public sealed class A_text_that_goes_as_UCS_2_keeps_every_character
{
    private static readonly Uri Link = new("http://localhost:7071/api/a/78kAyU7n");

    [Fact]
    public void An_arabic_withdrawal_of_a_french_headline_keeps_its_accent_and_apostrophe()
    {
        var content = Alerts.Content("Syrie : la trêve d’Alep prolongée de 48 heures", urgency: 3) with { Notice = new ArticleNotice(NoticeKind.Withdrawn, null) };

        var body = SmsText.Compose(content, Link, isFirstMessage: false, "ar");

        Assert.Equal("مسحوب: Syrie : la trêve d’Alep prolongée de 48 heures http://localhost:7071/api/a/78kAyU7n", body.Text);
        Assert.Equal(SmsEncoding.Ucs2, body.Measure.Encoding);
        Assert.Equal(2, body.Measure.Segments);
    }

    [Theory]
    [InlineData("ar", 1, "Syrie : la trêve d’Alep prolongée", "عاجل: Syrie : la trêve d’Alep prolongée")]
    [InlineData("de", 5, "Waffenruhe „hält“ – Ελλάδα", "Waffenruhe „hält“ – Ελλάδα http")]
    [InlineData("en", 1, "“Truce holds” 🕊️ in Şanlıurfa", "BREAKING: “Truce holds” 🕊️ in Şanlıurfa")]
    [InlineData("fr", 5, "Trêve à Alep 🕊️ : l’ONU", "Trêve à Alep 🕊️ : l’ONU http")]
    [InlineData("tr", 5, "Şanlıurfa’da ateşkes — Москва", "Şanlıurfa’da ateşkes — Москва")]
    public void A_text_forced_to_UCS_2_by_any_part_keeps_the_headline_as_written(string language, int urgency, string headline, string start)
    {
        var body = SmsText.Compose(Alerts.Content(headline, urgency), Link, isFirstMessage: false, language);

        Assert.Equal(SmsEncoding.Ucs2, body.Measure.Encoding);
        Assert.StartsWith(start, body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "Corrección: ")]
    [InlineData("pt", "Correção: ")]
    public void A_prefix_keeps_its_accent_when_an_emoji_makes_the_text_UCS_2(string language, string prefix)
    {
        var content = Alerts.Content("Tregua 🕊️ en Alepo", urgency: 5) with { Notice = new ArticleNotice(NoticeKind.Corrected, null) };

        var body = SmsText.Compose(content, Link, isFirstMessage: true, language);

        Assert.StartsWith(prefix + "Tregua 🕊️ en Alepo", body.Text, StringComparison.Ordinal);
        Assert.Equal(SmsEncoding.Ucs2, body.Measure.Encoding);
    }

    [Fact]
    public void The_opt_out_line_keeps_its_accents_in_a_UCS_2_text()
    {
        var body = SmsText.Compose(Alerts.Content("Trêve à Alep 🕊️", urgency: 5), Link, isFirstMessage: true, "fr");

        Assert.EndsWith("\nRépondez STOP pour vous désinscrire", body.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "Correccion: Tregua en Alepo, segun la ONU")]
    [InlineData("pt", "Correcao: Tregua en Alepo, segun la ONU")]
    public void A_text_that_becomes_GSM_7_is_still_rewritten_as_a_whole(string language, string start)
    {
        var content = Alerts.Content("Tregua en Alepo, según la ONU", urgency: 5) with { Notice = new ArticleNotice(NoticeKind.Corrected, null) };

        var body = SmsText.Compose(content, Link, isFirstMessage: false, language);

        Assert.Equal(SmsEncoding.Gsm7, body.Measure.Encoding);
        Assert.StartsWith(start, body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_UCS_2_headline_is_cut_with_its_accents_and_the_warning_says_it_was_cut()
    {
        var headline = "Syrie : la trêve d’Alep prolongée de 48 heures après une nuit de négociations à Genève sous l’égide de l’ONU";
        var content = Alerts.Content(headline, urgency: 3) with { Notice = new ArticleNotice(NoticeKind.Withdrawn, null) };

        var body = SmsText.Compose(content, Link, isFirstMessage: false, "ar");
        var warning = Ucs2Warnings.Of(content, Link, isFirstMessage: false, "ar");

        Assert.StartsWith("مسحوب: Syrie : la trêve d’Alep", body.Text, StringComparison.Ordinal);
        Assert.Contains("…", body.Text, StringComparison.Ordinal);
        Assert.NotNull(warning);
        Assert.True(warning.HeadlineCut);
    }

    [Fact]
    public void A_UCS_2_headline_that_fits_is_not_said_to_be_cut()
    {
        var content = Alerts.Content("Syrie : la trêve d’Alep prolongée", urgency: 3) with { Notice = new ArticleNotice(NoticeKind.Withdrawn, null) };

        var warning = Ucs2Warnings.Of(content, Link, isFirstMessage: false, "ar");

        Assert.NotNull(warning);
        Assert.False(warning.HeadlineCut);
    }
}
