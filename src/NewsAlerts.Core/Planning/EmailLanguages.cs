namespace NewsAlerts.Core.Planning;

using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;

/// <summary>
/// Counts the emails of a plan by the language of their readers, so an editor sees each language's email before it
/// goes: a French reader's email says "Urgent : " and has French labels and dates (<c>EmailAlertRequest.Language</c>).
/// </summary>
public static class EmailLanguages
{
    /// <summary>
    /// The emails to <paramref name="emailed"/> and the digest entries of <paramref name="digested"/> (one item per email
    /// or entry, so a subscriber twice counts twice) by language, read as <see cref="TextLanguages.Of"/> reads each
    /// subscriber's tag (null: English); ordered by <see cref="Ordered"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<EmailLanguageCount> Count(IEnumerable<Subscriber?> emailed, IEnumerable<Subscriber?> digested)
    {
        ArgumentNullException.ThrowIfNull(emailed);
        ArgumentNullException.ThrowIfNull(digested);
        return Ordered(emailed.Select(s => (Language: TextLanguages.Of(s?.Language), Email: true))
            .Concat(digested.Select(s => (Language: TextLanguages.Of(s?.Language), Email: false)))
            .GroupBy(e => e.Language, StringComparer.Ordinal)
            .Select(g => new EmailLanguageCount(g.Key, g.Count(e => e.Email), g.Count(e => !e.Email))));
    }

    /// <summary>Two counts by language added together (<see cref="Ordered"/>).</summary>
    /// <exception cref="ArgumentNullException">A count is null.</exception>
    public static IReadOnlyList<EmailLanguageCount> Merge(IReadOnlyList<EmailLanguageCount> first, IReadOnlyList<EmailLanguageCount> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Ordered(first.Concat(second)
            .GroupBy(c => c.Language, StringComparer.Ordinal)
            .Select(g => new EmailLanguageCount(g.Key, g.Sum(c => c.Emails), g.Sum(c => c.DigestEntries))));
    }

    /// <summary>
    /// English (<see cref="TextLanguages.Default"/>) first, then most emails, then most digest entries, then by language
    /// code: the order of the SMS languages (<see cref="SmsCountries.ByLanguage"/>), the same for the same counts.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    public static IReadOnlyList<EmailLanguageCount> Ordered(IEnumerable<EmailLanguageCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return [.. counts
            .OrderByDescending(c => c.Language == TextLanguages.Default)
            .ThenByDescending(c => c.Emails)
            .ThenByDescending(c => c.DigestEntries)
            .ThenBy(c => c.Language, StringComparer.Ordinal)];
    }
}
