namespace NewsAlerts.Core.Articles;

/// <summary>
/// Some articles of a batch were not ingested (<see cref="ArticleIngestion.IngestManyAsync"/>): each failed alone, and the
/// others were carried out and stored. The caller retries only <see cref="Failures"/> (a feed leaves them out of its
/// history, so its next poll ingests them again).
/// </summary>
public sealed class ArticlesNotIngestedException : AggregateException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failures">The articles not ingested, and why.</param>
    /// <param name="results">Every article's result in the batch's order; null where it failed.</param>
    /// <param name="causes">The exceptions that stopped them.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ArticlesNotIngestedException(IReadOnlyList<ArticleFailure> failures, IReadOnlyList<IngestResult?> results, IEnumerable<Exception> causes)
        : base($"{failures?.Count} article(s) not ingested: {string.Join(", ", failures?.Select(f => f.ArticleId) ?? [])}", causes ?? [])
    {
        ArgumentNullException.ThrowIfNull(failures);
        ArgumentNullException.ThrowIfNull(results);
        Failures = failures;
        Results = results;
    }

    /// <summary>The articles not ingested, and why, in the batch's order.</summary>
    public IReadOnlyList<ArticleFailure> Failures { get; }

    /// <summary>Every article's result in the batch's order; null where it failed.</summary>
    public IReadOnlyList<IngestResult?> Results { get; }
}
