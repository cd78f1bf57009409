namespace NewsAlerts.Pages.Topics;

using System.Globalization;
using NewsAlerts.Matching.Languages;

/// <summary>
/// The topic warnings the API returns (<see cref="TopicWarnings"/>: a topic matching nearly every article, one that can
/// never match, one matched in another language...) in words for a person: whole sentences from <see cref="PageStrings"/>,
/// languages by name in the page's language ("English", "anglais", never <c>en</c>), words in the page language's
/// quotation marks (<see cref="Quoted"/>), each first-strong isolated (<see cref="Core.Words.TypedText"/>) as the person typed it.
/// </summary>
public static class TopicNotes
{
    /// <summary>
    /// The notes of <paramref name="topics"/>, each in its own language (BCP 47) or else <paramref name="language"/>
    /// (null: English), in topic order; empty when there is nothing to say. Topics that do not parse have none (their
    /// error says what is wrong).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="topics"/> is null.</exception>
    public static IReadOnlyList<TopicNote> For(IEnumerable<(string Text, string? Language)> topics, string? language)
    {
        ArgumentNullException.ThrowIfNull(topics);
        return [.. topics.SelectMany(t => TopicWarnings.Concerns(t.Text, t.Language ?? language).Select(c => new TopicNote(t.Text.Trim(), Sentence(c))))];
    }

    /// <summary>The notes of <paramref name="topics"/> written in <paramref name="language"/> (null: English).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="topics"/> is null.</exception>
    public static IReadOnlyList<TopicNote> For(IEnumerable<string> topics, string? language)
    {
        ArgumentNullException.ThrowIfNull(topics);
        return For(topics.Select(t => (t, (string?)null)), language);
    }

    /// <summary>The sentence a page shows for <paramref name="concern"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="concern"/> is null.</exception>
    public static string Sentence(TopicConcern concern)
    {
        ArgumentNullException.ThrowIfNull(concern);
        var language = LanguageName(concern.Language);
        return concern.Kind switch
        {
            TopicConcernKind.OtherLanguage => Format(PageStrings.TopicNoteOtherLanguage, language, LanguageName(concern.Stated)),
            TopicConcernKind.NoStemmer => Format(PageStrings.TopicNoteNoStemmer, language, string.Empty),
            TopicConcernKind.UnknownScript => Format(PageStrings.TopicNoteUnknownScript, language, string.Empty),
            TopicConcernKind.LoneCharacter => Format(PageStrings.TopicNoteLoneCharacter, Quoted(concern.Words), language),
            TopicConcernKind.OnlyCommonWords => Format(PageStrings.TopicNoteOnlyCommonWords, Quoted(concern.Words), language),
            TopicConcernKind.UnknownSubject => Format(PageStrings.TopicNoteUnknownSubject, Quoted(concern.Words), string.Empty)
                + (concern.Suggestions is { Count: > 0 } close ? " " + Format(PageStrings.TopicNoteSubjectSuggestions, Quoted(close), string.Empty) : string.Empty),
            _ => Format(PageStrings.TopicNoteContradiction, Quoted(concern.Words), language),
        };
    }

    /// <summary>
    /// The name of a language code in the page's language (<see cref="CultureInfo.CurrentUICulture"/>; ICU's CLDR names:
    /// <c>zh</c> is "Chinese" on an English page, "chinois" on a French one, "الصينية" on an Arabic one); the code itself
    /// only when .NET knows no name.
    /// </summary>
    public static string LanguageName(string? code) => Languages.LanguageNames.InPage(code);

    /// <summary>
    /// <paramref name="words"/> each in the page language's quotation marks (<see cref="PageStrings.QuoteOpen"/> and
    /// <see cref="PageStrings.QuoteClose"/>, CLDR's delimiters: “Syria” in English, «\u202FSyrie\u202F» in French, „Syrien“
    /// in German, ”سوريا“ in Arabic), the word first-strong isolated inside them, joined by <see cref="PageStrings.ListComma"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    public static string Quoted(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var (open, close) = (PageStrings.QuoteOpen, PageStrings.QuoteClose);
        return string.Join(PageStrings.ListComma, words.Select(w => open + Core.Words.TypedText.Isolate(w) + close));
    }

    private static string Format(string format, string first, string second) => string.Format(CultureInfo.InvariantCulture, format, first, second);
}
