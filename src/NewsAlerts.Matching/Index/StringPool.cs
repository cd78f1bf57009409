namespace NewsAlerts.Matching.Index;

/// <summary>
/// Shares equal strings (query words, expansion names, filter values) between compiled topics: a million
/// subscriptions repeat the same few thousand words, and each copy would cost memory per topic.
/// Not thread-safe; used under the index's write lock, or with <see cref="Concurrent"/> when compiling in parallel.
/// </summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);

    public bool Concurrent { get; init; }

    public string Intern(string value)
    {
        if (Concurrent)
        {
            lock (strings)
            {
                return InternCore(value);
            }
        }

        return InternCore(value);
    }

    public string? InternNullable(string? value) => value is null ? null : Intern(value);

    private string InternCore(string value)
    {
        if (strings.TryGetValue(value, out var shared))
        {
            return shared;
        }

        strings[value] = value;
        return value;
    }
}
