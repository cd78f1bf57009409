using NewsAlerts.Matching.Analysis;

namespace NewsAlerts.Matching.Index;

/// <summary>One analysed field of an article: its text, words and the term ids (ordinary and exact) at each word position.</summary>
internal sealed class FieldView
{
    public string Text { get; private set; } = string.Empty;

    public List<AnalyzedWord> Words { get; } = [];

    /// <summary>Term id of the word at each position, -1 when no query uses that word.</summary>
    public List<int> TermIds { get; } = [];

    /// <summary>Exact-mode term id of the word at each position (<see cref="Analysis.WordForms.Exact"/>), -1 when no query uses it.</summary>
    public List<int> ExactTermIds { get; } = [];

    public void Reset(string text)
    {
        Text = text;
        Words.Clear();
        TermIds.Clear();
        ExactTermIds.Clear();
    }

    /// <summary>The article's own text for words <paramref name="first"/>..<paramref name="last"/>.</summary>
    public string Surface(int first, int last)
    {
        var start = Words[first].Start;
        var end = Words[last].Start + Words[last].Length;
        return Text[start..end];
    }
}
