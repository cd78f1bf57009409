namespace NewsAlerts.Pages.Topics;

using System.Globalization;
using NewsAlerts.Core.Validation;
using NewsAlerts.Matching.Composition;
using NewsAlerts.Matching.Query;
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
    /// <summary>The form field the builder's "Show my topics" button posts (<c>action</c>).</summary>
    public const string ActionField = "action";

    /// <summary>The value of <see cref="ActionField"/> for "Show my topics": the form comes back with each row's topic written out, nothing saved.</summary>
    public const string PreviewAction = "preview";

    /// <summary>
    /// <paramref name="values"/> (a form's posted fields) marked as shown again after "Show my topics", so the builder says
    /// what happened and which button saves (<see cref="Previewed"/>, trial r37 #1).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static IReadOnlyDictionary<string, string> AsPreviewed(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new Dictionary<string, string>(values, StringComparer.Ordinal) { [ActionField] = PreviewAction };
    }

    /// <summary>Whether <paramref name="form"/> is shown again after "Show my topics" (<see cref="AsPreviewed"/>) with no error.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> is null.</exception>
    public static bool Previewed(Fields.FormState form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form.Errors.Count == 0 && form.Value(ActionField) == PreviewAction;
    }

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

    /// <summary>
    /// The errors of the filled rows, one a row, each at the field the person filled that it came from: a character
    /// the sign-up refuses in a topic (<see cref="FreeText.Check"/>) at that field and column, else the parser's error
    /// of the composed topic (<see cref="Error"/>). The API would refuse the same topic, but only as <c>topics[i]</c>.
    /// </summary>
    public static IReadOnlyList<PageError> Errors(IReadOnlyDictionary<string, string> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<PageError>();
        foreach (var row in Rows(form))
        {
            if (RefusedCharacter(row.Index, form) is { } refused)
            {
                errors.Add(refused);
            }
            else if (row.Composed.Parse() is { Success: false } parsed)
            {
                errors.Add(Error(row, parsed.Column, parsed.Reason!));
            }
        }

        return errors;
    }

    /// <summary>
    /// An error of row <paramref name="row"/> at <paramref name="column"/> of its composed topic, at the field the
    /// piece there came from (<see cref="ComposedTopic.Locate"/>). Excluded words alone
    /// (<see cref="TopicQuery.OnlyExcludesReason"/>) are told in words naming the excluded-words field and the fields
    /// that would make the topic whole (<see cref="PageStrings.BuilderOnlyExcluded"/>), not the raw topic's example.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> or <paramref name="reason"/> is null.</exception>
    public static PageError Error(BuilderRow row, int column, string reason)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(reason);
        var (part, at) = row.Composed.Locate(column);
        var message = reason.StartsWith(TopicQuery.OnlyExcludesReason, StringComparison.Ordinal)
            ? string.Format(CultureInfo.CurrentCulture, PageStrings.BuilderOnlyExcluded, PageStrings.BuilderNoneLabel, PageStrings.BuilderAllLabel, PageStrings.BuilderPhraseLabel, PageStrings.BuilderAnyLabel)
            : FieldError(reason, at);
        return new PageError(Name(row.Index, PartName(part)), message);
    }

    /// <summary>The field of row <paramref name="row"/> an error about its whole topic goes to: the first it filled (<c>all</c> for a blank row).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static string FirstFilled(BuilderRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Name(row.Index, row.Composed.Spans is [var first, ..] ? PartName(first.Part) : "all");
    }

    // A character the sign-up refuses in a topic, in the first of row's text fields holding one, at its column.
    private static PageError? RefusedCharacter(int row, IReadOnlyDictionary<string, string> form)
    {
        foreach (var part in Parts.Where(p => p != "in"))
        {
            if (FreeText.Check(form.GetValueOrDefault(Name(row, part)) ?? string.Empty) is { Reason: { } reason, Index: var index })
            {
                return new PageError(Name(row, part), FieldError(reason, index + 1));
            }
        }

        return null;
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
