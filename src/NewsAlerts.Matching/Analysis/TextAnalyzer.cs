using System.Text;
using NewsAlerts.Matching.Languages;

namespace NewsAlerts.Matching.Analysis;

/// <summary>
/// Turns text into stemmed words: word breaking, Unicode and case folding, possessive stripping, Snowball English.
/// Other languages (<see cref="LanguageProfile"/>) get their own stemmer, elision and, for languages written without
/// spaces, Lucene's segmenter; compounds and expansion are English only.
/// Not thread-safe (it caches stems); use one per thread, see <see cref="ForCurrentThread(AnalysisOptions)"/>.
/// </summary>
internal sealed class TextAnalyzer
{
    [ThreadStatic]
    private static TextAnalyzer? news;

    [ThreadStatic]
    private static TextAnalyzer? plain;

    [ThreadStatic]
    private static Dictionary<string, TextAnalyzer>? others;

    private readonly Stemmer stemmer;
    private readonly StringBuilder foldBuffer = new();
    private readonly bool english;
    private readonly LuceneSegmenter? segmenter;
    private readonly List<(int Start, int End, string Term)> spans = [];
    private char[] buffer = new char[64];

    public TextAnalyzer(AnalysisOptions options)
        : this(options, LanguageProfiles.English)
    {
    }

    public TextAnalyzer(AnalysisOptions options, LanguageProfile language)
    {
        Language = language;
        english = language.IsEnglish;
        stemmer = new Stemmer(language);
        Options = english ? options : AnalysisOptions.Plain;
        segmenter = language.Segmentation == Segmentation.Words ? null : new LuceneSegmenter(language.Segmentation);
    }

    /// <summary>The options in force: outside English, neither compounds nor expansion.</summary>
    public AnalysisOptions Options { get; }

    /// <summary>The language analysed.</summary>
    public LanguageProfile Language { get; }

    public static TextAnalyzer ForCurrentThread(AnalysisOptions options) => options.JoinCompounds
        ? news ??= new TextAnalyzer(AnalysisOptions.Default)
        : plain ??= new TextAnalyzer(AnalysisOptions.Plain);

    /// <summary>This thread's analyzer of a primary language subtag (null or <c>en</c>: English, as before languages).</summary>
    public static TextAnalyzer ForCurrentThread(AnalysisOptions options, string? language)
    {
        if (language is null || language == LanguageTag.Default)
        {
            return ForCurrentThread(options);
        }

        others ??= new Dictionary<string, TextAnalyzer>(StringComparer.Ordinal);
        if (!others.TryGetValue(language, out var analyzer))
        {
            analyzer = new TextAnalyzer(options, LanguageProfiles.For(language));
            others[language] = analyzer;
        }

        return analyzer;
    }

    /// <summary>Appends the words of <paramref name="text"/> to <paramref name="words"/>, positions counting from 0.</summary>
    public void Analyze(string text, List<AnalyzedWord> words)
    {
        if (segmenter is not null)
        {
            AnalyzeSegmented(text, words);
            return;
        }

        var span = text.AsSpan();
        var position = 0;
        var from = 0;
        var previousEnd = -1;
        while (WordBreaker.Next(span, from, out var start, out var end))
        {
            from = end;
            var forms = FoldAndStem(span[start..end]);
            if (forms is null)
            {
                // Punctuation only ("'"): it stays in the gap, where it separates clauses.
                continue;
            }

            var joins = previousEnd >= 0 && ClauseGap.Joins(span[previousEnd..start]);
            words.Add(new AnalyzedWord(forms, start, end - start, position++, joins));
            previousEnd = end;
        }
    }

    /// <summary>The forms of two words written as one ("cease" + "fire" gives those of "ceasefire").</summary>
    public WordForms StemJoined(string firstFolded, string secondFolded)
    {
        var length = firstFolded.Length + secondFolded.Length;
        if (buffer.Length < length)
        {
            buffer = new char[length * 2];
        }

        firstFolded.CopyTo(buffer);
        secondFolded.CopyTo(0, buffer, firstFolded.Length, secondFolded.Length);
        return stemmer.Stem(buffer.AsSpan(0, length));
    }

    /// <summary>Folds and stems a single word of a query; null if nothing is left (punctuation only).</summary>
    public WordForms? FoldAndStem(ReadOnlySpan<char> word)
    {
        var length = Fold(word);
        if (!english)
        {
            return FoldAndStemOther(length);
        }

        if (length >= 2 && buffer[length - 2] == '\'' && buffer[length - 1] == 's')
        {
            length -= 2;
        }

        while (length > 0 && buffer[length - 1] == '\'')
        {
            length--;
        }

        if (Options.JoinCompounds)
        {
            // News analysis reads "U.S." as "us" and "we're" as "were": punctuation inside words is not meaning.
            var kept = 0;
            for (var i = 0; i < length; i++)
            {
                var c = buffer[i];
                if ((c == '.' || c == '\'') && i > 0 && char.IsLetter(buffer[i - 1]))
                {
                    continue;
                }

                buffer[kept++] = c;
            }

            length = kept;
        }

        return length == 0 ? null : stemmer.Stem(buffer.AsSpan(0, length));
    }

    private int Fold(ReadOnlySpan<char> word)
    {
        var ascii = true;
        foreach (var c in word)
        {
            if (c > 0x7f)
            {
                ascii = false;
                break;
            }
        }

        ReadOnlySpan<char> source = word;
        if (!ascii)
        {
            foldBuffer.Clear();
            TextFolding.AppendFolded(word, foldBuffer);
            source = foldBuffer.ToString();
        }

        if (buffer.Length < source.Length)
        {
            buffer = new char[source.Length * 2];
        }

        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            buffer[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return source.Length;
    }

    // Outside English: no possessives; elided articles dropped ("l'armee" is "armee"), as Lucene's ElisionFilter.
    private WordForms? FoldAndStemOther(int length)
    {
        var start = 0;
        if (Language.Elisions is { } elisions)
        {
            var apostrophe = buffer.AsSpan(0, length).IndexOf('\'');
            if (apostrophe > 0 && elisions.Contains(new string(buffer, 0, apostrophe)))
            {
                start = apostrophe + 1;
            }
        }

        return length - start == 0 ? null : stemmer.Stem(buffer.AsSpan(start, length - start));
    }

    // Languages written without spaces: Lucene finds the words; each is folded keeping its marks and never stemmed.
    private void AnalyzeSegmented(string text, List<AnalyzedWord> words)
    {
        spans.Clear();
        segmenter!.Segment(text, spans);
        var position = 0;
        foreach (var (start, end, term) in spans)
        {
            if (!HasLetterOrDigit(term))
            {
                continue;
            }

            var forms = stemmer.Stem(TextFolding.FoldKeepingMarks(term));
            words.Add(new AnalyzedWord(forms, start, end - start, position++, JoinsPrevious: false));
        }
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
