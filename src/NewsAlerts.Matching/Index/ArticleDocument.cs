namespace NewsAlerts.Matching.Index;

/// <summary>An article as the matcher sees it. Subjects are IPTC media topic codes (<c>medtop:20000056</c>) or labels.</summary>
/// <param name="Id">The article id.</param>
/// <param name="Headline">The headline.</param>
/// <param name="Body">The body text.</param>
/// <param name="Source">The agency or publisher, if known.</param>
/// <param name="Language">ISO 639-1 language code, if known.</param>
/// <param name="Subjects">IPTC media topic codes or labels.</param>
/// <param name="Urgency">1 (most urgent) to 9, if known.</param>
public sealed record ArticleDocument(
    string Id,
    string Headline,
    string Body,
    string? Source = null,
    string? Language = null,
    IReadOnlyList<string>? Subjects = null,
    int? Urgency = null);
