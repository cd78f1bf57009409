using Lucene.Net.Tartarus.Snowball;

namespace NewsAlerts.Matching.Languages;

/// <summary>What one language's analysis does: how words are found, folded and stemmed.</summary>
internal sealed class LanguageProfile
{
    /// <summary>ISO 639 primary language subtag, lower case (<c>en</c>, <c>zh</c>).</summary>
    public required string Code { get; init; }

    /// <summary>How words are found.</summary>
    public Segmentation Segmentation { get; init; } = Segmentation.Words;

    /// <summary>A new Snowball stemmer of the language, or null.</summary>
    public Func<SnowballProgram>? Snowball { get; init; }

    /// <summary>A new in-place stemmer (Lucene's char[] stemmers: Indonesian, Arabic) returning the new length, or null.</summary>
    public Func<Func<char[], int, int>>? CharStemmer { get; init; }

    /// <summary>Articles written before an apostrophe and dropped (<c>l'armée</c> is <c>armée</c>), as Lucene's ElisionFilter.</summary>
    public IReadOnlySet<string>? Elisions { get; init; }

    /// <summary>Whether this is English, whose analysis (possessives, compounds, expansion) is the original one.</summary>
    public bool IsEnglish => Code == "en";

    /// <summary>Whether the analysis has a stemmer (otherwise words are only folded).</summary>
    public bool Stems => Snowball is not null || CharStemmer is not null;

    /// <summary>What a subscriber gets, for the README and answers: "Snowball German stemmer", "folding only".</summary>
    public required string Description { get; init; }
}
