namespace NewsAlerts.Core.Articles;

using NewsAlerts.Matching.Index;

/// <summary>A published article as NewsAlerts keeps it (plain text; HTML already reduced).</summary>
/// <param name="Id">The article's id or ninjs uri, unique per story across versions.</param>
/// <param name="Version">The version, a positive integer; a new version of a story replaces the old one.</param>
/// <param name="Headline">The headline.</param>
/// <param name="Body">The body as plain text.</param>
/// <param name="Byline">Who wrote it.</param>
/// <param name="Source">The publisher or agency.</param>
/// <param name="Language">ISO 639-1 code, e.g. <c>en</c>.</param>
/// <param name="Subjects">IPTC media topic codes or labels.</param>
/// <param name="Urgency">IPTC urgency, 1 (flash) to 9; 1 and 2 are breaking news.</param>
/// <param name="Url">Where readers find it.</param>
/// <param name="PublishedAt">When this version was published.</param>
/// <param name="Description">A short summary, when the editor gave one.</param>
/// <param name="Notice">Set on a version that withdraws the story or corrects it in a major way; null otherwise.</param>
public sealed record Article(
    string Id,
    int Version,
    string Headline,
    string Body,
    string? Byline,
    string? Source,
    string? Language,
    IReadOnlyList<string> Subjects,
    int Urgency,
    Uri? Url,
    DateTimeOffset PublishedAt,
    string? Description = null,
    ArticleNotice? Notice = null)
{
    /// <summary>
    /// Every major correction of the story up to this version, oldest first (<see cref="StoryCorrections.Carry"/>: set when
    /// the version is stored, never read from input); empty for a story never corrected.
    /// </summary>
    public IReadOnlyList<CorrectionNote> Corrections { get; init; } = [];

    /// <summary>The story is withdrawn (ninjs <c>pubstatus: "canceled"</c>).</summary>
    public bool IsWithdrawn => Notice?.Kind == NoticeKind.Withdrawn;

    /// <summary>Breaking news: urgency 1 or 2.</summary>
    public bool IsBreaking => Urgency <= 2;

    /// <summary>The article as the matcher reads it: the one conversion used by the API, the CLI and the demo.</summary>
    public ArticleDocument ToDocument() => new(Id, Headline, Body, Source, Language, Subjects, Urgency);

    /// <summary>A summary for alerts: the description, or the body's first sentences cut at a word boundary.</summary>
    public string Summary(int maxLength = 280)
    {
        var text = string.IsNullOrWhiteSpace(Description) ? Body : Description;
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        return string.Concat(text.AsSpan(0, cut > maxLength / 2 ? cut : maxLength - 1), "…");
    }
}
