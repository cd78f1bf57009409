namespace NewsAlerts.Core.Tests.Subscribers;

using System.Globalization;
using NewsAlerts.Core.Subscribers;

public sealed class Sms_keywords_in_other_languages_stop_and_help_in_the_subscribers_language
{
    private static readonly SmsHelp Help = new("NewsAlerts", "help@newsalerts.example");

    [Theory]
    [InlineData("İPTAL", SmsKeyword.Stop, "tr")]
    [InlineData("iptal", SmsKeyword.Stop, "tr")]
    [InlineData("İptal", SmsKeyword.Stop, "tr")]
    [InlineData("IPTAL", SmsKeyword.Stop, "tr")]
    [InlineData("ıptal", SmsKeyword.Stop, "tr")]
    [InlineData("I\u0307PTAL", SmsKeyword.Stop, "tr")]
    [InlineData("yardım", SmsKeyword.Help, "tr")]
    [InlineData("停止", SmsKeyword.Stop, "zh")]
    [InlineData(" 退订。", SmsKeyword.Stop, "zh")]
    [InlineData("td", SmsKeyword.Stop, "zh")]
    [InlineData("帮助", SmsKeyword.Help, "zh")]
    [InlineData("BAJA", SmsKeyword.Stop, "es")]
    [InlineData("baja por favor", SmsKeyword.Stop, "es")]
    [InlineData("Parar", SmsKeyword.Stop, "es")]
    [InlineData("¡Ayuda!", SmsKeyword.Help, "es")]
    [InlineData("ARRET", SmsKeyword.Stop, "fr")]
    [InlineData("ARRÊT", SmsKeyword.Stop, "fr")]
    [InlineData("arrêt merci", SmsKeyword.Stop, "fr")]
    [InlineData("Are\u0302t", SmsKeyword.None, null)]
    [InlineData("Arre\u0302t", SmsKeyword.Stop, "fr")]
    [InlineData("aide", SmsKeyword.Help, "fr")]
    [InlineData("STOPP", SmsKeyword.Stop, "de")]
    [InlineData("Stopp bitte", SmsKeyword.Stop, "de")]
    [InlineData("Hilfe", SmsKeyword.Help, "de")]
    [InlineData("aiuto", SmsKeyword.Help, "it")]
    [InlineData("ajuda", SmsKeyword.Help, "pt")]
    [InlineData("hulp", SmsKeyword.Help, "nl")]
    [InlineData("إيقاف", SmsKeyword.Stop, "ar")]
    [InlineData("ايقاف", SmsKeyword.Stop, "ar")]
    [InlineData("إِيقَاف", SmsKeyword.Stop, "ar")]
    [InlineData("مساعدة", SmsKeyword.Help, "ar")]
    [InlineData("стоп", SmsKeyword.Stop, "ru")]
    [InlineData("STOP", SmsKeyword.Stop, "en")]
    [InlineData("bajamos mañana al centro", SmsKeyword.None, null)]
    [InlineData("Stoppuhr", SmsKeyword.None, null)]
    [InlineData("ich will das stoppen bitte jetzt sofort", SmsKeyword.MentionsStop, "nl")]
    public void A_keyword_of_another_language_is_read_with_its_accents_case_and_dotted_or_dotless_i(string body, SmsKeyword keyword, string? language) =>
        Assert.Equal(new SmsReading(keyword, language), SmsKeywords.Read(body));

    [Fact]
    public void Turkish_folding_holds_whatever_the_culture_of_the_machine()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            Assert.Equal(SmsKeyword.Stop, SmsKeywords.Of("iptal"));
            Assert.Equal(SmsKeyword.Stop, SmsKeywords.Of("quit"));
            Assert.Equal(SmsKeyword.Help, SmsKeywords.Of("info"));
            Assert.Equal(SmsKeywords.Fold("İPTAL"), SmsKeywords.Fold("ıptal"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Every_row_is_read_as_itself_and_no_two_rows_fold_to_the_same_phrase()
    {
        foreach (var row in SmsKeywords.Table)
        {
            Assert.Equal(row.Keyword, SmsKeywords.Of(row.Phrase));
        }

        var folded = SmsKeywords.Table.GroupBy(t => SmsKeywords.Fold(t.Phrase)).Where(g => g.Select(t => t.Keyword).Distinct().Count() > 1).Select(g => g.Key);
        Assert.Empty(folded);
    }

    [Theory]
    [InlineData("HELP", "fr", "NewsAlerts\u00a0: alertes d’actualité sur les sujets que vous suivez. Répondez STOP pour tout arrêter, START pour reprendre. Aide\u00a0: help@newsalerts.example")]
    [InlineData("aide", null, "NewsAlerts\u00a0: alertes d’actualité sur les sujets que vous suivez. Répondez STOP pour tout arrêter, START pour reprendre. Aide\u00a0: help@newsalerts.example")]
    [InlineData("AIDE", "en", "NewsAlerts: news alerts for the topics you follow. Reply STOP to stop all alerts, START to resume. Help: help@newsalerts.example")]
    [InlineData("ayuda", "es-MX", "NewsAlerts: alertas de noticias sobre los temas que sigues. Responde STOP para dejar de recibirlas y START para reanudarlas. Ayuda: help@newsalerts.example")]
    [InlineData("ARRET", "de", "NewsAlerts: Sie erhalten keine SMS mehr. Antworten Sie START, um fortzufahren.")]
    [InlineData("arrêt", null, "NewsAlerts\u00a0: vous ne recevrez plus de SMS. Répondez START pour reprendre.")]
    [InlineData("BAJA", "es", "NewsAlerts: ya no recibirás más SMS. Responde START para reanudarlos.")]
    [InlineData("stop please", "ar", "NewsAlerts: لن تصلك رسائل نصية بعد الآن. أرسل START لاستئنافها.")]
    [InlineData("İPTAL", null, "NewsAlerts: you will get no more texts. Reply START to resume.")]
    [InlineData("停止", "it", "NewsAlerts: non riceverai più SMS. Rispondi START per riprenderli.")]
    [InlineData("start please", "nl", "NewsAlerts: de sms’jes zijn hervat. Antwoord STOP om alle alerts te stoppen.")]
    [InlineData("how do I stop these", "pt", "Responda STOP para parar todos os alertas.")]
    public void The_answer_is_in_the_subscribers_language_else_in_the_language_of_the_keyword(string body, string? subscriberLanguage, string expected) =>
        Assert.Equal(expected, SmsReplyAnswers.For(body, Help, subscriberLanguage));

    [Fact]
    public void The_carrier_still_answers_only_its_own_exact_English_words()
    {
        Assert.Null(SmsReplyAnswers.For("STOP", Help, "fr"));
        Assert.Null(SmsReplyAnswers.For("start", Help, "ar"));
        Assert.NotNull(SmsReplyAnswers.For("STOPP", Help, "de"));
        Assert.NotNull(SmsReplyAnswers.For("ARRET", Help, "fr"));
        Assert.False(SmsKeywords.IsCarrierKeyword("İPTAL"));
    }
}
