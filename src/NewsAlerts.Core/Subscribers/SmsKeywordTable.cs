namespace NewsAlerts.Core.Subscribers;

/// <summary>
/// The rows of the SMS keyword table, by language. Every opt-out word stops every text whatever the subscriber's
/// language, as English STOP does; accents and case do not matter (<see cref="SmsKeywords.Fold"/>: ARRET = ARRÊT = arrêt,
/// İPTAL = iptal = IPTAL).
/// Sources:
/// <list type="bullet">
/// <item>English: Twilio's default opt-out and opt-in keywords (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE,
/// OPTOUT; START, UNSTOP) and the CTIA's HELP/INFO (twilio.com/docs/messaging/tutorials/advanced-opt-out).</item>
/// <item>ARRET, TD: AWS End User Messaging's required opt-out keywords (docs.aws.amazon.com/sms-voice/latest/userguide/keywords-required.html);
/// AIDE with ARRET: Canada's French compliance keywords (AWS, nx-rcs-launch-ca-french).</item>
/// <item>AIDE, HULP, HILFE, AYUDA, AJUDA, AIUTO, ПОМОЩЬ, POMOCY; ARRET, HALT, DETENER, PARAR, FERMA, ОСТАНОВИТЬ,
/// ZATRZYMAJ; NONARRET: Bird's compliance keywords by language (docs.bird.com, "Opt-in and opt-out compliance").</item>
/// <item>BAJA, DETENER, PARAR, CANCELAR: Aivo's Spanish opt-out keywords (helpaivoes.aivohelp.com, "Gestión de opt-out").</item>
/// <item>No carrier list found; words the issue names or the plain word for "stop", "cancel", "unsubscribe" and
/// "help": STOPP, ABMELDEN (de), STOPPEN, AFMELDEN (nl), SAIR (pt), İPTAL, DUR, YARDIM (tr), 停止, 退订, 取消, 帮助 (zh),
/// СТОП (ru), إيقاف, توقف, إلغاء, مساعدة (ar).</item>
/// </list>
/// </summary>
public static class SmsKeywordTable
{
    /// <summary>The rows, English first (Twilio's order), then by language.</summary>
    public static IReadOnlyList<SmsKeywordEntry> Rows { get; } =
    [
        .. Of("en", SmsKeyword.Stop, "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT", "OPT OUT"),
        .. Of("en", SmsKeyword.Start, "START", "UNSTOP"),
        .. Of("en", SmsKeyword.Help, "HELP", "INFO"),
        .. Of("fr", SmsKeyword.Stop, "ARRÊT", "ARRET"),
        .. Of("fr", SmsKeyword.Start, "NONARRET"),
        .. Of("fr", SmsKeyword.Help, "AIDE"),
        .. Of("de", SmsKeyword.Stop, "STOPP", "HALT", "ABMELDEN"),
        .. Of("de", SmsKeyword.Help, "HILFE"),
        .. Of("es", SmsKeyword.Stop, "BAJA", "PARAR", "DETENER", "CANCELAR"),
        .. Of("es", SmsKeyword.Help, "AYUDA"),
        .. Of("it", SmsKeyword.Stop, "FERMA"),
        .. Of("it", SmsKeyword.Help, "AIUTO"),
        .. Of("pt", SmsKeyword.Stop, "SAIR"),
        .. Of("pt", SmsKeyword.Help, "AJUDA"),
        .. Of("nl", SmsKeyword.Stop, "STOPPEN", "AFMELDEN"),
        .. Of("nl", SmsKeyword.Help, "HULP"),
        .. Of("ar", SmsKeyword.Stop, "إيقاف", "توقف", "إلغاء"),
        .. Of("ar", SmsKeyword.Help, "مساعدة"),
        .. Of("tr", SmsKeyword.Stop, "İPTAL", "DUR"),
        .. Of("tr", SmsKeyword.Help, "YARDIM"),
        .. Of("zh", SmsKeyword.Stop, "停止", "退订", "取消", "TD"),
        .. Of("zh", SmsKeyword.Help, "帮助"),
        .. Of("ru", SmsKeyword.Stop, "СТОП", "ОСТАНОВИТЬ"),
        .. Of("ru", SmsKeyword.Help, "ПОМОЩЬ"),
        .. Of("pl", SmsKeyword.Stop, "ZATRZYMAJ"),
        .. Of("pl", SmsKeyword.Help, "POMOCY"),
    ];

    private static IEnumerable<SmsKeywordEntry> Of(string language, SmsKeyword keyword, params string[] phrases) =>
        phrases.Select(p => new SmsKeywordEntry(p, keyword, language));
}
