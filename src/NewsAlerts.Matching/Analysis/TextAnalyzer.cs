using System.Text;

namespace NewsAlerts.Matching.Analysis;

/// <summary>
/// Turns text into stemmed words: word breaking, Unicode and case folding, possessive stripping, Snowball English.
/// Not thread-safe (it caches stems); use one per thread, see <see cref="ForCurrentThread"/>.
/// </summary>
internal sealed class TextAnalyzer
{
    [ThreadStatic]
    private static TextAnalyzer? news;

    [ThreadStatic]
    private static TextAnalyzer? plain;

    private readonly Stemmer stemmer = new();
    private readonly StringBuilder foldBuffer = new();
    private char[] buffer = new char[64];

    public TextAnalyzer(AnalysisOptions options)
    {
        Options = options;
    }

    public AnalysisOptions Options { get; }

    public static TextAnalyzer ForCurrentThread(AnalysisOptions options) => options.JoinCompounds
        ? news ??= new TextAnalyzer(AnalysisOptions.Default)
        : plain ??= new TextAnalyzer(AnalysisOptions.Plain);

    /// <summary>Appends the words of <paramref name="text"/> to <paramref name="words"/>, positions counting from 0.</summary>
    public void Analyze(string text, List<AnalyzedWord> words)
    {
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
}
