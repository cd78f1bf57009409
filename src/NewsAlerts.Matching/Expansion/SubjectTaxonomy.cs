using NewsAlerts.Matching.Analysis;

namespace NewsAlerts.Matching.Expansion;

/// <summary>
/// IPTC Media Topics: resolves labels and codes to qcodes, with broader topics, so <c>subject:"armed conflict"</c>
/// matches an article tagged with its narrower topic "civil war". Loaded from the embedded subjects.tsv.
/// </summary>
internal sealed class SubjectTaxonomy
{
    private readonly Dictionary<string, string> codeByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> broader = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> labels = new(StringComparer.Ordinal);

    public static SubjectTaxonomy Empty { get; } = new();

    public static SubjectTaxonomy Parse(string tsv)
    {
        var taxonomy = new SubjectTaxonomy();
        foreach (var line in tsv.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.TrimEnd('\r').Split('\t');
            var code = parts[0];
            taxonomy.labels[code] = parts[1];
            taxonomy.codeByKey[code] = code;
            taxonomy.codeByKey[code["medtop:".Length..]] = code;
            taxonomy.codeByKey.TryAdd(Normalize(parts[1]), code);
            if (parts.Length > 2 && parts[2].Length > 0)
            {
                taxonomy.broader[code] = parts[2];
            }
        }

        return taxonomy;
    }

    public static string Normalize(string value) => string.Join(' ', TextFolding.Fold(value).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The qcode for a code or label, or the normalised value itself when unknown.</summary>
    public string Resolve(string value)
    {
        var key = Normalize(value);
        return codeByKey.TryGetValue(key, out var code) ? code : key;
    }

    public string Label(string code) => labels.TryGetValue(code, out var label) ? label : code;

    /// <summary>Whether <paramref name="value"/> is a code (<c>medtop:20000056</c>, <c>20000056</c>) or label of a media topic.</summary>
    public bool Knows(string value) => codeByKey.ContainsKey(Normalize(value));

    /// <summary>The labels of <see cref="labels"/> (as IPTC writes them), for suggestions.</summary>
    public IEnumerable<string> Labels => labels.Values;

    public void AddWithAncestors(string value, HashSet<string> into)
    {
        var code = Resolve(value);
        for (var depth = 0; depth < 10 && into.Add(code) && broader.TryGetValue(code, out var parent); depth++)
        {
            code = parent;
        }
    }
}
