using NewsAlerts.Matching.Analysis;
using NewsAlerts.Matching.Expansion;
using NewsAlerts.Matching.Languages;

namespace NewsAlerts.Matching.Index;

/// <summary>
/// An article analysed once for matching: each field's words with their term ids, a term → occurrences map,
/// and the distinct keys the presearcher looks up. Reused per thread, so matching allocates little.
/// </summary>
internal sealed class ArticleView
{
    private readonly Dictionary<int, int> firstOccurrence = [];
    private readonly HashSet<int> keySet = [];
    private readonly string[]?[] sortedWords = new string[2][];
    private Occurrence[] occurrences = new Occurrence[1024];
    private int occurrenceCount;

    public ArticleView()
    {
        Fields = [new FieldView(), new FieldView()];
    }

    public ArticleDocument Document { get; private set; } = new(string.Empty, string.Empty, string.Empty);

    public FieldView[] Fields { get; }

    /// <summary>Distinct term, prefix and metadata key ids present in the article.</summary>
    public List<int> Keys { get; } = [];

    public string? Source { get; private set; }

    public string? Language { get; private set; }

    /// <summary>The language the article was analysed in (primary subtag; <c>en</c> when it states none and its script says nothing else).</summary>
    public string AnalysisLanguage { get; private set; } = LanguageTag.Default;

    public HashSet<string> Subjects { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether languages are ignored, as before per-language analysis (the benchmark's baseline).</summary>
    public bool EnglishOnly { get; private set; }

    public void Load(ArticleDocument document, TermDictionary terms, AnalysisOptions options, SubjectTaxonomy taxonomy, bool englishOnly = false)
    {
        EnglishOnly = englishOnly;
        AnalysisLanguage = englishOnly ? LanguageTag.Default : TopicLanguages.OfArticle(document);
        var analyzer = TextAnalyzer.ForCurrentThread(options, AnalysisLanguage);
        Document = document;
        firstOccurrence.Clear();
        keySet.Clear();
        Keys.Clear();
        Subjects.Clear();
        sortedWords[0] = sortedWords[1] = null;
        occurrenceCount = 0;
        LoadField(0, document.Headline ?? string.Empty, terms, analyzer);
        LoadField(1, document.Body ?? string.Empty, terms, analyzer);

        Source = document.Source is null ? null : MetadataValues.Source(document.Source);
        Language = document.Language is null ? null : MetadataValues.Language(document.Language);
        AddKey(Source is null ? -1 : terms.Find(TermDictionary.MetadataKey(TermDictionary.SourceKey, Source)));
        AddKey(Language is null ? -1 : terms.Find(TermDictionary.MetadataKey(TermDictionary.LanguageKey, Language)));
        foreach (var subject in document.Subjects ?? [])
        {
            taxonomy.AddWithAncestors(subject, Subjects);
        }

        foreach (var subject in Subjects)
        {
            AddKey(terms.Find(TermDictionary.MetadataKey(TermDictionary.SubjectKey, subject)));
        }
    }

    /// <summary>Index of the first occurrence of a term, or -1; follow <see cref="Occurrence.Next"/>.</summary>
    public int First(int termId) => firstOccurrence.TryGetValue(termId, out var index) ? index : -1;

    public bool Contains(int termId) => firstOccurrence.ContainsKey(termId);

    /// <summary>Whether any term, prefix or metadata key is present.</summary>
    public bool HasKey(int keyId) => keySet.Contains(keyId);

    public ref readonly Occurrence At(int index) => ref occurrences[index];

    /// <summary>Whether some word of the field starts with the folded prefix: a binary search in the field's sorted words.</summary>
    public bool HasWordStartingWith(int field, string prefix)
    {
        var sorted = sortedWords[field] ??= [.. Fields[field].Words.Select(w => w.Folded).Distinct().Order(StringComparer.Ordinal)];
        var index = Array.BinarySearch(sorted, prefix, StringComparer.Ordinal);
        return index >= 0 || (~index < sorted.Length && sorted[~index].StartsWith(prefix, StringComparison.Ordinal));
    }

    private void LoadField(int field, string text, TermDictionary terms, TextAnalyzer analyzer)
    {
        var view = Fields[field];
        view.Reset(text);
        analyzer.Analyze(text, view.Words);
        var words = view.Words;
        var exactTerms = terms.HasExactTerms;
        // A word in capitals is an acronym only in a field that is not all capitals ("NATO meets", not "NATO MEETS").
        var acronyms = text.AsSpan().IndexOfAnyInRange('a', 'z') >= 0;
        Span<char> prefix = stackalloc char[TermDictionary.PrefixLength + 1];
        prefix[0] = TermDictionary.PrefixKey;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var id = terms.Find(word.Stem);
            view.TermIds.Add(id);
            AddOccurrence(id, field, i, joined: false);
            var exact = exactTerms ? terms.Find(word.Exact) : -1;
            view.ExactTermIds.Add(exact);
            AddOccurrence(exact, field, i, joined: false);
            if (acronyms && AcronymDictionary.IsAcronym(text.AsSpan(word.Start, word.Length)))
            {
                AddOccurrence(terms.Find(AcronymDictionary.TermOf(word.Folded)), field, i, joined: false);
            }

            if (word.Folded.Length >= TermDictionary.PrefixLength)
            {
                word.Folded.AsSpan(0, TermDictionary.PrefixLength).CopyTo(prefix[1..]);
                AddKey(terms.Find(prefix));
            }

            if (analyzer.Options.JoinCompounds && word.JoinsPrevious)
            {
                // "cease fire" and "cease-fire" also count as "ceasefire", at the first word's position; only inside
                // a clause, so "told to cease. Fire broke out" does not.
                var joined = analyzer.StemJoined(words[i - 1].Folded, word.Folded);
                AddOccurrence(terms.Find(joined.Stem), field, i - 1, joined: true);
                AddOccurrence(exactTerms ? terms.Find(joined.Exact) : -1, field, i - 1, joined: true);
            }
        }
    }

    private void AddOccurrence(int termId, int field, int position, bool joined)
    {
        if (termId < 0)
        {
            return;
        }

        if (occurrenceCount == occurrences.Length)
        {
            Array.Resize(ref occurrences, occurrences.Length * 2);
        }

        var next = firstOccurrence.TryGetValue(termId, out var head) ? head : -1;
        occurrences[occurrenceCount] = new Occurrence(next, field, position, joined);
        firstOccurrence[termId] = occurrenceCount++;
        AddKey(termId);
    }

    private void AddKey(int id)
    {
        if (id >= 0 && keySet.Add(id))
        {
            Keys.Add(id);
        }
    }
}
