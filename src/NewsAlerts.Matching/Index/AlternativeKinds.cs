namespace NewsAlerts.Matching.Index;

/// <summary>Creates a <see cref="WordAlternative"/> of a kind, and tells the kind of one (for snapshots).</summary>
internal static class AlternativeKinds
{
    public static WordAlternative Create(AlternativeKind kind, int[] terms, double[] weights, string? via) => kind switch
    {
        AlternativeKind.Name => new NameAlternative(terms, weights, via),
        AlternativeKind.Exact => new ExactAlternative(terms, weights, via),
        _ => new WordAlternative(terms, weights, via),
    };

    public static AlternativeKind Of(WordAlternative alternative) =>
        alternative.Exact ? AlternativeKind.Exact : alternative.InOneClause ? AlternativeKind.Name : AlternativeKind.Words;

    /// <exception cref="InvalidDataException">The byte is not a known kind.</exception>
    public static AlternativeKind Read(byte value) => value <= (byte)AlternativeKind.Exact
        ? (AlternativeKind)value
        : throw new InvalidDataException("unknown word alternative kind in snapshot");
}
