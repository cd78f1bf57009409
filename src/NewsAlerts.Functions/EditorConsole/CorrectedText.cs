namespace NewsAlerts.Functions.EditorConsole;

/// <summary>The headline and body a correction publishes, as checked (<see cref="CorrectionFields.Check"/>).</summary>
/// <param name="Headline">The corrected headline: not blank, at most <see cref="Core.Articles.ArticleParser.MaxHeadlineLength"/> characters.</param>
/// <param name="Body">The corrected body as plain text (line breaks kept); may be empty, as a published article's may.</param>
public sealed record CorrectedText(string Headline, string Body);
