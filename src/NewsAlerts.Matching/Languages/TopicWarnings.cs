using Lucene.Net.Analysis.Util;
using NewsAlerts.Matching.Analysis;
using NewsAlerts.Matching.Expansion;
using NewsAlerts.Matching.Query;

namespace NewsAlerts.Matching.Languages;

/// <summary>
/// What a subscriber should know about a topic in its language before relying on it: that its script made it another
/// language, that its language has no stemmer, that a word cannot match as written (a lone Japanese or Korean
/// character inside running text, a script no article of the language uses), that it asks only for stop words, or
/// that it excludes a word it asks for (so it can never match), or that a <c>subject:</c> names no IPTC media topic.
/// A pure function of the topic text and language; the topic is accepted either way.
/// </summary>
public static class TopicWarnings
{
    private static readonly Dictionary<string, Func<CharArraySet>> StopSets = new(StringComparer.Ordinal)
    {
        ["en"] = () => Lucene.Net.Analysis.En.EnglishAnalyzer.DefaultStopSet,
        ["de"] = () => Lucene.Net.Analysis.De.GermanAnalyzer.DefaultStopSet,
        ["fr"] = () => Lucene.Net.Analysis.Fr.FrenchAnalyzer.DefaultStopSet,
        ["es"] = () => Lucene.Net.Analysis.Es.SpanishAnalyzer.DefaultStopSet,
        ["it"] = () => Lucene.Net.Analysis.It.ItalianAnalyzer.DefaultStopSet,
        ["pt"] = () => Lucene.Net.Analysis.Pt.PortugueseAnalyzer.DefaultStopSet,
        ["nl"] = () => Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet,
    };

    /// <summary>
    /// The reasons to warn about <paramref name="topic"/> written in <paramref name="language"/> (BCP 47; null:
    /// <c>en</c>), each a sentence naming the word (the JSON API's wording of <see cref="Concerns"/>); empty when there
    /// is nothing to say or the topic does not parse.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="topic"/> is null.</exception>
    public static IReadOnlyList<string> For(string topic, string? language)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var notice = TopicLanguages.Resolve(topic, language).Notice;
        return [.. Concerns(topic, language).Select(c => Sentence(c, notice))];
    }

    /// <summary>
    /// What to tell a subscriber about <paramref name="topic"/> written in <paramref name="language"/> (BCP 47; null:
    /// <c>en</c>), as data in the order <see cref="For"/> words it; empty when there is nothing to say or the topic does not parse.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="topic"/> is null.</exception>
    public static IReadOnlyList<TopicConcern> Concerns(string topic, string? language)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var parsed = TopicQuery.Parse(topic);
        if (!parsed.Success)
        {
            return [];
        }

        var concerns = new List<TopicConcern>();
        var resolved = TopicLanguages.Resolve(topic, language);
        var lang = resolved.Language;
        if (resolved.Notice is not null)
        {
            concerns.Add(new TopicConcern(TopicConcernKind.OtherLanguage, lang, LanguageTag.Primary(language) ?? LanguageTag.Default, []));
        }

        var profile = LanguageProfiles.For(lang);
        if (!profile.Stems && profile.Segmentation == Segmentation.Words)
        {
            concerns.Add(new TopicConcern(TopicConcernKind.NoStemmer, lang, null, []));
        }

        if (Scripts.HasUnknownScript(topic, lang))
        {
            concerns.Add(new TopicConcern(TopicConcernKind.UnknownScript, lang, null, []));
        }

        var words = new List<string>();
        var hasFilter = false;
        Collect(parsed.Root!, words, ref hasFilter);
        if (profile.Segmentation == Segmentation.CjkBigrams)
        {
            concerns.AddRange(words.Where(IsLoneCjkCharacter).Select(w => new TopicConcern(TopicConcernKind.LoneCharacter, lang, null, [w])));
        }

        if (!hasFilter && words.Count > 0 && StopSets.TryGetValue(lang, out var stopSet)
            && words.All(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(part => stopSet().Contains(part))))
        {
            concerns.Add(new TopicConcern(TopicConcernKind.OnlyCommonWords, lang, null, [.. words.Distinct(StringComparer.Ordinal)]));
        }

        if (Contradicted(parsed.Root!) is { Count: > 0 } both)
        {
            concerns.Add(new TopicConcern(TopicConcernKind.Contradiction, lang, null, both));
        }

        foreach (var subject in UnknownSubjects(parsed.Root!))
        {
            concerns.Add(new TopicConcern(TopicConcernKind.UnknownSubject, lang, null, [subject], SubjectNames.Closest(subject)));
        }

        return concerns;
    }

    // The API's sentence for a concern (the OtherLanguage one is TopicLanguages' notice, word for word).
    private static string Sentence(TopicConcern concern, string? notice) => concern.Kind switch
    {
        TopicConcernKind.OtherLanguage => notice ?? $"matched as {concern.Language}, not {concern.Stated}",
        TopicConcernKind.NoStemmer => $"there is no stemmer for '{concern.Language}': words match only as written (case and accents aside)",
        TopicConcernKind.UnknownScript => $"it is written in a script that {concern.Language} articles do not use; give the topic's language",
        TopicConcernKind.LoneCharacter => $"'{concern.Words[0]}' is one character: {concern.Language} text is read in pairs of characters, so it matches only where it stands alone; write the whole word",
        TopicConcernKind.OnlyCommonWords => $"it asks only for common words ({string.Join(", ", concern.Words)}), so it would match almost every {concern.Language} article",
        TopicConcernKind.UnknownSubject => $"no IPTC media topic has the name or code \"{concern.Words[0]}\", so subject:\"{concern.Words[0]}\" matches only articles tagged with exactly that subject"
            + (concern.Suggestions is { Count: > 0 } close ? $"; did you mean {string.Join(" or ", close.Select(c => $"\"{c}\""))}?" : string.Empty),
        _ => $"it asks for {string.Join(", ", concern.Words)} and excludes the same, so it can never match",
    };

    // Every subject: value anywhere in the topic (asked for or excluded) that no media topic has as label or code, once each.
    private static IEnumerable<string> UnknownSubjects(QueryNode node) => node switch
    {
        FilterQuery { Kind: FilterKind.Subject } filter when !SubjectNames.IsKnown(filter.Value) => [filter.Value],
        AndQuery and => and.Children.SelectMany(UnknownSubjects).Distinct(StringComparer.Ordinal),
        OrQuery or => or.Children.SelectMany(UnknownSubjects).Distinct(StringComparer.Ordinal),
        NotQuery not => UnknownSubjects(not.Child),
        _ => [],
    };

    // Words an AND both asks for and excludes (Syria -Syria, "a b" NOT "a b"): such a topic never matches. An exclusion
    // limited to the headline or the body leaves the other field, so only an exclusion anywhere, or in the same field, counts.
    private static IReadOnlyList<string> Contradicted(QueryNode root)
    {
        if (root is not AndQuery and)
        {
            return [];
        }

        var asked = and.Children.Select(Word).OfType<(string Text, FieldScope Scope)>().ToList();
        var excluded = and.Children.OfType<NotQuery>().Select(n => Word(n.Child)).OfType<(string Text, FieldScope Scope)>().ToList();
        return [.. asked
            .Where(a => excluded.Any(e => string.Equals(a.Text, e.Text, StringComparison.OrdinalIgnoreCase) && (e.Scope == FieldScope.Any || e.Scope == a.Scope)))
            .Select(a => a.Text)
            .Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static (string Text, FieldScope Scope)? Word(QueryNode node) => node switch
    {
        TermQuery term => (term.Text, term.Scope),
        PhraseQuery phrase => (phrase.Text, phrase.Scope),
        _ => null,
    };

    private static bool IsLoneCjkCharacter(string word) =>
        word.Length == 1 && Scripts.Of(word[0]) is Script.Han or Script.Kana or Script.Hangul;

    private static void Collect(QueryNode node, List<string> words, ref bool hasFilter)
    {
        switch (node)
        {
            case TermQuery term:
                words.Add(term.Text);
                break;
            case PhraseQuery phrase:
                words.Add(phrase.Text);
                break;
            case PrefixQuery or FilterQuery:
                hasFilter = true;
                break;
            case AndQuery and:
                foreach (var child in and.Children)
                {
                    Collect(child, words, ref hasFilter);
                }

                break;
            case OrQuery or:
                foreach (var child in or.Children)
                {
                    Collect(child, words, ref hasFilter);
                }

                break;
            case NearQuery near:
                Collect(near.Left, words, ref hasFilter);
                Collect(near.Right, words, ref hasFilter);
                break;
            case NotQuery:
                break;
        }
    }
}
