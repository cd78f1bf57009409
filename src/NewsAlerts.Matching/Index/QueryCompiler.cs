using NewsAlerts.Matching.Analysis;
using NewsAlerts.Matching.Expansion;
using NewsAlerts.Matching.Languages;
using NewsAlerts.Matching.Query;

namespace NewsAlerts.Matching.Index;

/// <summary>Compiles parsed topics to clause trees over interned term ids, applying analysis and expansion.</summary>
internal sealed class QueryCompiler(TermDictionary terms, AnalysisOptions options, ExpansionDictionary expansions, SubjectTaxonomy subjects)
{
    public static string KeyOf(string normalizedText, bool exact) => exact ? normalizedText + "\u0000exact" : normalizedText;

    /// <summary>The deduplication key; English-only topics keep the key they had before languages.</summary>
    public static string KeyOf(string normalizedText, bool exact, string[] languages) =>
        languages.Length == 1 && languages[0] == LanguageTag.Default
            ? KeyOf(normalizedText, exact)
            : KeyOf(normalizedText, exact) + "\u0000lang:" + string.Join(',', languages);

    private string language = LanguageTag.Default;

    private string topicLanguage = LanguageTag.Default;

    public TermStatistics? Statistics { get; set; }

    public StringPool Strings { get; } = new() { Concurrent = true };

    public CompiledTopic Compile(TopicParseResult parsed, bool exact) => Compile(parsed, exact, CompiledTopic.DefaultLanguages);

    /// <summary>Compiles a topic once per language it matches, each in that language's analysis.</summary>
    public CompiledTopic Compile(TopicParseResult parsed, bool exact, string[] languages)
    {
        topicLanguage = languages[0];
        var roots = languages.Select(language => Compile(parsed.Root!, exact, language)).ToArray();
        var topic = new CompiledTopic(KeyOf(parsed.NormalizedText!, exact, languages), parsed.NormalizedText!, exact, roots[0], null)
        {
            Languages = languages,
            OtherRoots = roots.Length == 1 ? null : roots[1..],
        };
        return topic with { Keys = topic.Presearch(Statistics) };
    }

    private Clause Compile(QueryNode node, bool exact, string language)
    {
        this.language = language;
        return Compile(node, exact);
    }

    private Clause Compile(QueryNode node, bool exact) => node switch
    {
        TermQuery term => Words(term.Text, term.Scope, exact || term.Exact, term.ToString(), term.Capitals),
        PhraseQuery phrase => Words(phrase.Text, phrase.Scope, exact || phrase.Exact, phrase.ToString()),
        PrefixQuery prefix => new PrefixClause
        {
            Prefix = prefix.Prefix,
            Fields = Mask(prefix.Scope),
            QueryText = Strings.Intern(prefix.ToString()),
            Key = terms.GetOrAdd(TermDictionary.PrefixKey + prefix.Prefix[..TermDictionary.PrefixLength]),
        },
        AndQuery and => new AndClause([.. and.Children.Select(c => Compile(c, exact))]),
        OrQuery or => new OrClause([.. or.Children.Select(c => Compile(c, exact))]),
        NotQuery not => new NotClause(Compile(not.Child, exact)),
        NearQuery near => new NearClause((PositionalClause)Compile(near.Left, exact), (PositionalClause)Compile(near.Right, exact), near.Distance),
        FilterQuery filter => Filter(filter),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "unknown query node"),
    };

    private static int Mask(FieldScope scope) => scope switch
    {
        FieldScope.Headline => 1,
        FieldScope.Body => 2,
        _ => 3,
    };

    private FilterClause Filter(FilterQuery filter)
    {
        var (value, kind) = filter.Kind switch
        {
            FilterKind.Source => (MetadataValues.Source(filter.Value), TermDictionary.SourceKey),
            FilterKind.Language => (MetadataValues.Language(filter.Value), TermDictionary.LanguageKey),
            FilterKind.Subject => (subjects.Resolve(filter.Value), TermDictionary.SubjectKey),
            _ => (string.Empty, '\0'),
        };
        return new FilterClause
        {
            Kind = filter.Kind,
            Value = Strings.Intern(value),
            Key = kind == '\0' ? -1 : terms.GetOrAdd(TermDictionary.MetadataKey(kind, value)),
            Comparison = filter.Comparison,
            Number = filter.Number,
            QueryText = Strings.Intern(filter.ToString()),
        };
    }

    private WordsClause Words(string text, FieldScope scope, bool exact, string queryText, bool capitals = false)
    {
        var analyzer = TextAnalyzer.ForCurrentThread(options, language);
        // Compounds and expansion are English; other languages are analysed plain.
        var wordOptions = analyzer.Language.IsEnglish ? options : analyzer.Options;
        var words = new List<AnalyzedWord>();
        analyzer.Analyze(text, words);
        var alternatives = new List<WordAlternative>();
        if (words.Count > 0)
        {
            // Exact words keep their form but for a plural or possessive ("=talks" finds "talk", not "talking").
            var stems = words.Select(w => w.Stem).ToList();
            Add(alternatives, exact ? [.. words.Select(w => w.Exact)] : stems, via: null, exact ? AlternativeKind.Exact : AlternativeKind.Words);
            string? joined = null;
            if (wordOptions.JoinCompounds && words.Count == 2 && words[1].JoinsPrevious)
            {
                var forms = analyzer.StemJoined(words[0].Folded, words[1].Folded);
                joined = forms.Stem;
                Add(alternatives, [exact ? forms.Exact : forms.Stem], via: null, exact ? AlternativeKind.Exact : AlternativeKind.Words);
            }

            // A topic phrase with a clause break inside ("cease, fire") is not a name or concept.
            if (wordOptions.Expand && !exact && words.Skip(1).All(w => w.JoinsPrevious))
            {
                var variants = expansions.Variants(string.Join(' ', stems));
                if (joined is not null)
                {
                    variants = variants.Concat(expansions.Variants(joined));
                }

                AddAcronyms(alternatives, text, string.Join(' ', stems), capitals);
                foreach (var variant in variants.ToList())
                {
                    Add(alternatives, variant.Stems, variant.Display, variant.InOneClause ? AlternativeKind.Name : AlternativeKind.Words);
                    if (wordOptions.JoinCompounds && variant.Stems.Count == 2 && variant.InOneClause)
                    {
                        Add(alternatives, [analyzer.StemJoined(variant.Folded[0], variant.Folded[1]).Stem], variant.Display);
                    }
                }
            }

            if (!exact && words.Skip(1).All(w => w.JoinsPrevious))
            {
                AddNamesAcross(alternatives, text, topicLanguage);

                // A topic of another language written with the English name (a French subscriber's "Syria", trial r31)
                // also finds the name of the language compiled for ("Syrie"), as an English topic does.
                if (topicLanguage != LanguageTag.Default)
                {
                    AddNamesAcross(alternatives, text, LanguageTag.Default);
                }
            }
        }

        return new WordsClause { Alternatives = [.. alternatives], Fields = Mask(scope), QueryText = Strings.Intern(queryText) };
    }

    /// <summary>
    /// An acronym written in capitals finds the names it stands for (NATO: North Atlantic Treaty Organization); such a
    /// name finds its acronym only where an article writes it in capitals (WHO, never "who").
    /// </summary>
    private void AddAcronyms(List<WordAlternative> alternatives, string text, string stemKey, bool capitals)
    {
        if (capitals)
        {
            foreach (var name in expansions.Acronyms.NamesOf(text.ToUpperInvariant()))
            {
                Add(alternatives, name.Stems, name.Display, name.InOneClause ? AlternativeKind.Name : AlternativeKind.Words);
            }
        }

        foreach (var acronym in expansions.Acronyms.AcronymsOf(stemKey))
        {
            Add(alternatives, [AcronymDictionary.TermOf(acronym.ToLowerInvariant())], acronym);
        }
    }

    /// <summary>
    /// A country named in <paramref name="fromLanguage"/> (the topic's, or English) also matches its names in the
    /// language compiled for (Syria: Syrie, Syrien); nothing when the two are the same language.
    /// </summary>
    private void AddNamesAcross(List<WordAlternative> alternatives, string text, string fromLanguage)
    {
        if (fromLanguage == language)
        {
            return;
        }

        var own = new List<AnalyzedWord>();
        TextAnalyzer.ForCurrentThread(options, fromLanguage).Analyze(text, own);
        if (own.Count == 0)
        {
            return;
        }

        foreach (var variant in expansions.Countries.Variants(fromLanguage, string.Join(' ', own.Select(w => w.Stem)), language))
        {
            Add(alternatives, variant.Stems, variant.Display, variant.InOneClause ? AlternativeKind.Name : AlternativeKind.Words);
        }
    }

    private void Add(List<WordAlternative> alternatives, IReadOnlyList<string> stems, string? via, AlternativeKind kind = AlternativeKind.Words)
    {
        var ids = stems.Select(terms.GetOrAdd).ToArray();
        if (alternatives.Any(a => a.Terms.AsSpan().SequenceEqual(ids)))
        {
            return;
        }

        double[] weights = [.. stems.Select(s => TermRarity.Estimate(s.TrimStart(WordForms.ExactMarker).TrimStart(WordForms.AcronymMarker)))];
        alternatives.Add(AlternativeKinds.Create(kind == AlternativeKind.Name && ids.Length == 1 ? AlternativeKind.Words : kind, ids, weights, Strings.InternNullable(via)));
    }
}
