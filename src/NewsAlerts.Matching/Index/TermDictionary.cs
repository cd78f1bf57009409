using System.Collections.Concurrent;

namespace NewsAlerts.Matching.Index;

/// <summary>
/// Interns terms to dense int ids. Append-only, so ids stay valid in every snapshot; lookups are lock-free.
/// Metadata and prefix keys share the space with a control-character prefix so they never collide with words.
/// </summary>
internal sealed class TermDictionary
{
    public const char PrefixKey = '\u0001';
    public const char SourceKey = '\u0002';
    public const char LanguageKey = '\u0003';
    public const char SubjectKey = '\u0004';
    public const int PrefixLength = 3;

    private readonly ConcurrentDictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> spanIds;
    private readonly List<string> terms = [];
    private readonly Lock gate = new();

    public TermDictionary()
    {
        spanIds = ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => ids.Count;

    /// <summary>Whether any exact-mode term (<see cref="Analysis.WordForms.ExactMarker"/>) was added: until then articles skip them.</summary>
    public bool HasExactTerms { get; private set; }

    public int GetOrAdd(string term)
    {
        if (ids.TryGetValue(term, out var id))
        {
            return id;
        }

        lock (gate)
        {
            if (ids.TryGetValue(term, out id))
            {
                return id;
            }

            id = terms.Count;
            terms.Add(term);
            ids[term] = id;
            if (term.Length > 0 && term[0] == Analysis.WordForms.ExactMarker)
            {
                HasExactTerms = true;
            }

            return id;
        }
    }

    /// <summary>The id of a term, or -1 when no query uses it.</summary>
    public int Find(string term) => ids.TryGetValue(term, out var id) ? id : -1;

    /// <summary>The id of a term given as characters, without allocating; -1 when no query uses it.</summary>
    public int Find(ReadOnlySpan<char> term) => spanIds.TryGetValue(term, out var id) ? id : -1;

    public string this[int id]
    {
        get
        {
            lock (gate)
            {
                return terms[id];
            }
        }
    }

    public IReadOnlyList<string> Snapshot()
    {
        lock (gate)
        {
            return [.. terms];
        }
    }

    public static string MetadataKey(char kind, string value) => kind + value;
}
