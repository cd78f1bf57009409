namespace NewsAlerts.Pages.Topics;

using System.Globalization;
using NewsAlerts.Matching.Composition;
using NewsAlerts.Pages.Layout;

/// <summary>
/// The topic builder's form fields, one row per topic: <c>topic-{n}-all</c> (all of these words), <c>topic-{n}-phrase</c>
/// (this exact phrase), <c>topic-{n}-any</c> (any of these), <c>topic-{n}-none</c> (none of these), <c>topic-{n}-in</c>
/// (<c>anywhere|headline|body</c>) and <c>topic-{n}-subject</c> (an IPTC subject), n from 0 to <see cref="MaxRows"/> - 1
/// (gaps allowed, so a script may remove rows). Each filled row is written by <see cref="TopicComposer"/> and joins the
/// topics of the raw <c>topics</c> field; the parser's errors come back at the row's field they came from.
/// </summary>
public static class TopicBuilderFields
{
    /// <summary>The most builder rows a form may post.</summary>
    public const int MaxRows = 10;

    /// <summary>The parts of a row, in the order shown, as they appear in field names.</summary>
    public static IReadOnlyList<string> Parts { get; } = ["all", "phrase", "any", "none", "in", "subject"];

    /// <summary>The values of the <c>in</c> part: where a row's words must be.</summary>
    public static IReadOnlyList<string> Scopes { get; } = ["anywhere", "headline", "body"];

    /// <summary>The name of <paramref name="part"/> of row <paramref name="row"/>, <c>topic-{row}-{part}</c>.</summary>
    public static string Name(int row, string part) => string.Create(CultureInfo.InvariantCulture, $"topic-{row}-{part}");

    /// <summary>The recipe of the fields <c>all</c>, <c>phrase</c>, <c>any</c>, <c>none</c>, <c>in</c>, <c>subject</c> (missing ones empty).</summary>
    public static TopicRecipe Recipe(Func<string, string?> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var scope = field("in") switch
        {
            "headline" => TopicScope.Headline,
            "body" => TopicScope.Body,
            _ => TopicScope.Anywhere,
        };
        return new TopicRecipe(field("all"), field("phrase"), field("any"), field("none"), scope, field("subject"));
    }

    /// <summary>The rows of <paramref name="form"/> that ask for something, in order.</summary>
    public static IReadOnlyList<BuilderRow> Rows(IReadOnlyDictionary<string, string> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return [.. Enumerable.Range(0, MaxRows)
            .Select(i => (Index: i, Recipe: Recipe(part => form.GetValueOrDefault(Name(i, part)))))
            .Select(r => new BuilderRow(r.Index, r.Recipe, TopicComposer.Compose(r.Recipe)))
            .Where(r => !r.Composed.IsEmpty)];
    }

    /// <summary>The rows to show: the filled ones, then one blank row to add a topic to (while fewer than <see cref="MaxRows"/>).</summary>
    public static IReadOnlyList<BuilderRow> RowsToShow(IReadOnlyDictionary<string, string> form)
    {
        var rows = Rows(form);
        var next = rows.Count == 0 ? 0 : rows[^1].Index + 1;
        return next < MaxRows ? [.. rows, new BuilderRow(next, new TopicRecipe(), TopicComposer.Compose(new TopicRecipe()))] : rows;
    }

    /// <summary>The composed topics of the filled rows, in order.</summary>
    public static IReadOnlyList<string> Topics(IReadOnlyDictionary<string, string> form) => [.. Rows(form).Select(r => r.Composed.Text)];

    /// <summary>The parser's errors of the filled rows, each at the row's field it came from, with that field's column.</summary>
    public static IReadOnlyList<PageError> Errors(IReadOnlyDictionary<string, string> form) =>
        [.. Rows(form).Select(r => (Row: r, Parsed: r.Composed.Parse())).Where(r => !r.Parsed.Success).Select(r => Error(r.Row, r.Parsed.Column, r.Parsed.Reason!))];

    /// <summary>An error of row <paramref name="row"/> at <paramref name="column"/> of its composed topic.</summary>
    public static PageError Error(BuilderRow row, int column, string reason)
    {
        ArgumentNullException.ThrowIfNull(row);
        var (part, at) = row.Composed.Locate(column);
        return new PageError(Name(row.Index, PartName(part)), FieldError(reason, at));
    }

    /// <summary>The words under a builder field for <paramref name="reason"/> at 1-based <paramref name="column"/> of that field.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public static string FieldError(string reason, int column) =>
        string.Format(CultureInfo.CurrentCulture, PageStrings.BuilderError, Capitalised(TopicReasons.Plain(reason)), column);

    /// <summary>The field name part of <paramref name="part"/>.</summary>
    public static string PartName(RecipePart part) => part switch
    {
        RecipePart.AllWords => "all",
        RecipePart.Phrase => "phrase",
        RecipePart.AnyWords => "any",
        RecipePart.NoneWords => "none",
        _ => "subject",
    };

    private static string Capitalised(string reason) => reason.Length == 0 ? reason : char.ToUpperInvariant(reason[0]) + reason[1..];
}
