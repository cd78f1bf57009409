using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Languages;

/// <summary>Which language a topic is analysed in and which article languages it matches.</summary>
public static class TopicLanguages
{
    private static readonly Dictionary<string, string> ScriptNames = new(StringComparer.Ordinal)
    {
        ["ja"] = "Japanese kana and kanji",
        ["ko"] = "Hangul",
        ["zh"] = "Han characters",
        ["th"] = "Thai script",
        ["ar"] = "Arabic script",
        ["ru"] = "Cyrillic",
    };

    /// <summary>
    /// The language of a topic written in <paramref name="language"/> (a BCP 47 tag; null or malformed: <c>en</c>):
    /// the language's primary subtag, unless the topic is written in a script the language cannot have, when it is
    /// the language that script implies, with a notice saying so.
    /// </summary>
    public static TopicLanguage Resolve(string topic, string? language)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var stated = LanguageTag.Primary(language) ?? LanguageTag.Default;
        var implied = Scripts.ImpliedLanguage(topic, stated);
        return implied is null
            ? new TopicLanguage(LanguageProfiles.For(stated).Code, null)
            : new TopicLanguage(implied, $"written in {ScriptNames[implied]}, so matched as {implied}, not {stated}");
    }

    /// <summary>The article languages a subscription matches: its topic's language first, then its other languages.</summary>
    internal static string[] Of(TopicSubscription subscription) => Languages(subscription.Topic ?? string.Empty, subscription.Language, subscription.AlsoIn);

    /// <summary>
    /// The article languages (ISO 639-1 codes, as matching names them) a topic matches: the topic's own language
    /// (<see cref="Resolve"/>: <paramref name="language"/>, or the language its script implies) first, then each of
    /// <paramref name="alsoIn"/> (BCP 47 tags; malformed ones are skipped) once, in order. Nothing else: English stories
    /// reach a non-English topic only when <paramref name="alsoIn"/> names English (false friends, review of s31).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="topic"/> is null.</exception>
    public static IReadOnlyList<string> Matched(string topic, string? language, IReadOnlyList<string>? alsoIn)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return [.. Languages(topic, language, alsoIn)];
    }

    // The index shares DefaultLanguages' one array among all English topics; Matched hands out a copy.
    private static string[] Languages(string topic, string? language, IReadOnlyList<string>? alsoIn)
    {
        var own = Resolve(topic, language).Language;
        if (alsoIn is not { Count: > 0 } others)
        {
            return own == LanguageTag.Default ? CompiledTopic.DefaultLanguages : [own];
        }

        var languages = new List<string> { own };
        foreach (var other in others)
        {
            if (LanguageTag.Primary(other) is { } primary && !languages.Contains(LanguageProfiles.For(primary).Code))
            {
                languages.Add(LanguageProfiles.For(primary).Code);
            }
        }

        return languages.Count == 1 && own == LanguageTag.Default ? CompiledTopic.DefaultLanguages : [.. languages];
    }

    /// <summary>How much of the body, after the headline, says which script an article without a language is written in (characters).</summary>
    private const int ScriptSampleLength = 500;

    /// <summary>
    /// The language an article is analysed in: its stated language as <see cref="LanguageTag.Recognize"/> reads it
    /// (<c>english</c>, <c>EN-gb</c> are <c>en</c>). When it states none, or none recognised, it is English unless most
    /// letters of its headline and the body's start are in another script (a Chinese headline is Chinese, see
    /// <see cref="Scripts.MajorityLanguage"/>); an emoji or
    /// one quoted name in Han or Cyrillic leaves an English headline English.
    /// </summary>
    internal static string OfArticle(ArticleDocument article)
    {
        if (LanguageTag.Recognize(article.Language) is { } stated)
        {
            return LanguageProfiles.For(stated).Code;
        }

        var body = article.Body ?? string.Empty;
        var sample = string.Concat(article.Headline ?? string.Empty, "\n", body.AsSpan(0, Math.Min(body.Length, ScriptSampleLength)));
        return Scripts.MajorityLanguage(sample) ?? LanguageTag.Default;
    }
}
