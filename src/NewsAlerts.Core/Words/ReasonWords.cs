namespace NewsAlerts.Core.Words;

using System.Globalization;
using NewsAlerts.Core.Texts;
using NewsAlerts.Matching.Explanations;

/// <summary>
/// A match's reason ("why you got this") in the reader's words: a stored reason (<see cref="MatchReasonText"/>) worded
/// by the <see cref="ReasonTexts"/> catalog in the language asked for, at the time it is shown (an alert email, a
/// digest, the 30-day history), so it follows the language a person has now. A reason stored before reasons were
/// values (English words) is shown as it was; a follow-up's reason (<see cref="FollowUps.FollowUpPlanner.Reason"/>, "you were
/// sent this story earlier") is worded by the catalog too.
/// </summary>
public static class ReasonWords
{
    /// <summary>
    /// <paramref name="reason"/> in <paramref name="language"/> (a BCP 47 tag; null or not offered: English): each part
    /// ("«trêve» dans le titre : «…»"), joined by the language's separator, further hits counted in its plural rules,
    /// at most <see cref="MatchWords.MaxLength"/> characters (<see cref="CappedText"/>); empty for null or empty.
    /// </summary>
    public static string Of(string? reason, string? language)
    {
        if (string.IsNullOrEmpty(reason))
        {
            return string.Empty;
        }

        if (reason == FollowUps.FollowUpPlanner.Reason)
        {
            return ReasonTexts.Of("SentEarlier", language);
        }

        return MatchReasonText.TryRead(reason, out var read) ? Of(read!, language) : reason;
    }

    /// <summary><paramref name="reason"/> in <paramref name="language"/> (see <see cref="Of(string?, string?)"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public static string Of(MatchReason reason, string? language)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var said = reason.Parts.Select(p => Of(p, language)).ToList();
        if (reason.More > 0)
        {
            said.Add(ReasonTexts.Count("More", reason.More, language));
        }

        return CappedText.Of(string.Join(ReasonTexts.Of("Separator", language), said), MatchWords.MaxLength);
    }

    /// <summary>One part in <paramref name="language"/>: the topic word quoted with the article's words, or the metadata named.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="part"/> is null.</exception>
    public static string Of(ReasonPart part, string? language)
    {
        ArgumentNullException.ThrowIfNull(part);
        return part.Field switch
        {
            ArticleField.Headline => ReasonTexts.Of("InHeadline", language, Term(part, language), Quoted(part.Value, language)),
            ArticleField.Body => ReasonTexts.Of("InStory", language, Term(part, language), Quoted(part.Value, language)),
            ArticleField.Source => ReasonTexts.Of("FromSource", language, part.Value),
            // The part holds the qcode; people read its IPTC label ("medtop:16000000" is "conflict, war and peace").
            ArticleField.Subject => ReasonTexts.Of("AboutSubject", language, SubjectName(part.Value, language)),
            ArticleField.Language => ReasonTexts.Of("WrittenIn", language, LanguageName(part.Value, language)),
            _ => ReasonTexts.Of("Urgency", language, part.Value),
        };
    }

    /// <summary>
    /// The IPTC media topic <paramref name="qcode"/> as <paramref name="language"/> names it: the 17 top-level topics
    /// (<c>medtop:01000000</c> to <c>medtop:17000000</c>) from the catalog's <c>Subject_medtop_…</c> keys, translated by
    /// hand; every deeper topic by its IPTC en-GB label (the only language of the taxonomy here, CC BY 4.0: 1,084 labels
    /// are not ours to invent), which pages mark as English (<see cref="EnglishSubjects"/>); an unknown code as itself.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="qcode"/> is null.</exception>
    public static string SubjectName(string qcode, string? language)
    {
        ArgumentNullException.ThrowIfNull(qcode);
        return TranslatedSubject(qcode, language) ?? MatchWords.SubjectLabel(qcode);
    }

    /// <summary>
    /// The subject labels of <paramref name="reason"/> (a stored reason, as <see cref="Of(string?, string?)"/> takes)
    /// that read in English in <paramref name="language"/> (<see cref="SubjectName"/>), so a page can mark them
    /// <c>lang="en"</c> for screen readers; empty in English, for a reason without such a subject, or for old words.
    /// </summary>
    public static IReadOnlyList<string> EnglishSubjects(string? reason, string? language)
    {
        if (TextLanguages.Of(language) == TextLanguages.Default || string.IsNullOrEmpty(reason) || !MatchReasonText.TryRead(reason, out var read))
        {
            return [];
        }

        return [.. read!.Parts
            .Where(p => p.Field == ArticleField.Subject && TranslatedSubject(p.Value, language) is null && MatchWords.SubjectLabel(p.Value) != p.Value)
            .Select(p => MatchWords.SubjectLabel(p.Value))
            .Distinct(StringComparer.Ordinal)];
    }

    // Only the language's own catalog counts: English words are the taxonomy's own labels, not in the neutral catalog.
    private static string? TranslatedSubject(string qcode, string? language) =>
        TextLanguages.Of(language) == TextLanguages.Default
            ? null
            : ReasonTexts.Catalog.GetResourceSet(TextLanguages.CultureOf(language), createIfNotExists: true, tryParents: false)?.GetString("Subject_" + qcode.Replace(':', '_'));

    private static string Term(ReasonPart part, string? language) =>
        part.Via is null
            ? Quoted(part.Term ?? string.Empty, language)
            : ReasonTexts.Of("TermVia", language, Quoted(part.Term ?? string.Empty, language), Quoted(part.Via, language));

    private static string Quoted(string text, string? language) => ReasonTexts.Of("Quoted", language, text);

    // An offered language by the catalog ("fr" reads "French", "français", "الفرنسية"); another tag the machine knows
    // by its own name in English for English readers and by its native name for others; else the tag as given.
    private static string LanguageName(string code, string? language)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            if (culture.Name.Length == 0 || culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal))
            {
                return code;
            }

            return ReasonTexts.LanguageName(culture.TwoLetterISOLanguageName, language) is { } named && TextLanguages.Offered.Contains(culture.TwoLetterISOLanguageName)
                ? named
                : TextLanguages.Of(language) == TextLanguages.Default ? culture.EnglishName : culture.NativeName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
