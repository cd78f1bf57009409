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
        return [.. AllRows(form).Where(r => !r.Composed.IsEmpty)];
    }

    /// <summary>
    /// The rows of <paramref name="form"/> a person filled: a text field not blank or an <c>in</c> that is none of
    /// <see cref="Scopes"/>, whether or not it asks for something (a row of only <c>(</c> is filled, and wrong).
    /// </summary>
    public static IReadOnlyList<BuilderRow> FilledRows(IReadOnlyDictionary<string, string> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return [.. AllRows(form).Where(r => !r.Composed.IsEmpty || Filled(part => form.GetValueOrDefault(Name(r.Index, part))))];
    }

    /// <summary>The rows to show: the filled ones, then one blank row to add a topic to (while fewer than <see cref="MaxRows"/>).</summary>
    public static IReadOnlyList<BuilderRow> RowsToShow(IReadOnlyDictionary<string, string> form)
    {
        var rows = FilledRows(form);
        var next = rows.Count == 0 ? 0 : rows[^1].Index + 1;
        return next < MaxRows ? [.. rows, new BuilderRow(next, new TopicRecipe(), TopicComposer.Compose(new TopicRecipe()))] : rows;
    }

    /// <summary>The composed topics of the filled rows, in order.</summary>
    public static IReadOnlyList<string> Topics(IReadOnlyDictionary<string, string> form) => [.. Rows(form).Select(r => r.Composed.Text)];

    /// <summary>
    /// <paramref name="errors"/> (the parser's, of a form whose rows the builder refused: <paramref name="builderErrors"/>)
    /// without those about what the rows make, then <paramref name="builderErrors"/>: every wrong field in one answer
    /// (trial r43 #8: a row's error came alone, the address's only on the next submit), a row's error not repeated by the
    /// parser. An error is the rows' when it is at a row, or at <c>topics</c> while the topics box of
    /// <paramref name="form"/> is blank (then the topics are the rows').
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<PageError> WithBuilderErrors(IReadOnlyList<PageError> errors, IReadOnlyList<PageError> builderErrors, IReadOnlyDictionary<string, string> form)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(builderErrors);
        ArgumentNullException.ThrowIfNull(form);
        return builderErrors.Count == 0 ? errors
            : [.. errors.Where(e => !e.Field.StartsWith("topic-", StringComparison.Ordinal) && !(e.Field == "topics" && string.IsNullOrWhiteSpace(form.GetValueOrDefault("topics")))),
                .. builderErrors];
    }

    /// <summary>
    /// The errors of the filled rows (<see cref="FilledRows"/>), one a row, each at the field it is about, by the one
    /// check of a row (<see cref="Check"/>) that <c>GET /api/topics/compose</c> makes too.
    /// </summary>
    public static IReadOnlyList<PageError> Errors(IReadOnlyDictionary<string, string> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<PageError>();
        foreach (var row in FilledRows(form))
        {
            if (Check(part => form.GetValueOrDefault(Name(row.Index, part))) is { } fault)
            {
                errors.Add(new PageError(Name(row.Index, fault.Part), Message(fault)));
            }
        }

        return errors;
    }

    /// <summary>
    /// The one check of a builder row, for the sign-up page's and the preference centre's rows and
    /// <c>GET /api/topics/compose</c> alike (trial s42 #B: the page took <c>in=sideways</c> and dropped a lone <c>(</c>
    /// that the API refused): the first fault of <paramref name="field"/> (each part's value as posted, null when
    /// missing) in this order: a field longer than <see cref="TopicQuery.MaxLength"/>; an <c>in</c> none of
    /// <see cref="Scopes"/>; a character the sign-up refuses in a topic (<see cref="FreeText.Check"/>) at its column; a
    /// word with nothing to search for (<see cref="ComposedTopic.LeftOut"/>: no letter or digit, <c>'(' has no letters
    /// or digits</c>; only invisible characters, <see cref="FreeText.OnlyInvisibleReason"/>) at its column; the
    /// parser's error of the composed topic at the field and column it came from. Null when the row is fine.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public static BuilderFault? Check(Func<string, string?> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (Parts.FirstOrDefault(p => (field(p)?.Length ?? 0) > TopicQuery.MaxLength) is { } tooLong)
        {
            return new BuilderFault(tooLong, $"is longer than {TopicQuery.MaxLength} characters", TopicQuery.MaxLength + 1, Malformed: true);
        }

        if (field("in") is { Length: > 0 } scope && !Scopes.Contains(scope, StringComparer.Ordinal))
        {
            return new BuilderFault("in", $"must be one of {string.Join(", ", Scopes)}, not \"{scope}\"", 0, Malformed: true);
        }

        foreach (var part in Parts.Where(p => p != "in"))
        {
            if (FreeText.Check(field(part) ?? string.Empty) is { Reason: { } refused, Index: var index })
            {
                return new BuilderFault(part, refused, index + 1);
            }
        }

        if (TopicComposer.Compose(Recipe(field)).LeftOut is [var piece, ..])
        {
            var reason = FreeText.IsBlank(piece.Text) ? FreeText.OnlyInvisibleReason : $"'{piece.Text}' has no letters or digits";
            return new BuilderFault(PartName(piece.Part), reason, piece.SourceColumn);
        }

        // Parsed as the sign-up reads it: with the invisible characters FreeText removes removed.
        var composed = TopicComposer.Compose(Recipe(part => field(part) is { } value ? FreeText.Clean(value).Text : null));
        if (!composed.IsEmpty && composed.Parse() is { Success: false } parsed)
        {
            var (part, column) = composed.Locate(parsed.Column);
            return parsed.Reason!.StartsWith(TopicQuery.OnlyExcludesReason, StringComparison.Ordinal)
                ? new BuilderFault(PartName(part), TopicQuery.OnlyExcludesReason, column)
                : new BuilderFault(PartName(part), parsed.Reason, column);
        }

        return null;
    }

    /// <summary>
    /// The words under the field of <paramref name="fault"/> in the page's language: a place not offered, what to do
    /// (<see cref="PageStrings.BuilderInNotOffered"/>: choose one in the list; the summary line adds the field's label,
    /// "Look for the words in", and shows no value a person never typed),
    /// excluded words alone in words naming the fields that would make the topic whole
    /// (<see cref="PageStrings.BuilderOnlyExcluded"/>), others with their column (<see cref="FieldError"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="fault"/> is null.</exception>
    public static string Message(BuilderFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        return fault.Reason == TopicQuery.OnlyExcludesReason
            ? string.Format(CultureInfo.CurrentCulture, PageStrings.BuilderOnlyExcluded, PageStrings.BuilderNoneLabel, PageStrings.BuilderAllLabel, PageStrings.BuilderPhraseLabel, PageStrings.BuilderAnyLabel)
            : fault.Part == "in" ? PageStrings.BuilderInNotOffered : FieldError(fault.Reason, fault.Column);
    }

    /// <summary>
    /// An error of row <paramref name="row"/> at <paramref name="column"/> of its composed topic, at the field the
    /// piece there came from (<see cref="ComposedTopic.Locate"/>), worded by <see cref="Message"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> or <paramref name="reason"/> is null.</exception>
    public static PageError Error(BuilderRow row, int column, string reason)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(reason);
        var (part, at) = row.Composed.Locate(column);
        var only = reason.StartsWith(TopicQuery.OnlyExcludesReason, StringComparison.Ordinal);
        return new PageError(Name(row.Index, PartName(part)), Message(new BuilderFault(PartName(part), only ? TopicQuery.OnlyExcludesReason : reason, at)));
    }

    /// <summary>The field of row <paramref name="row"/> an error about its whole topic goes to: the first it filled (<c>all</c> for a blank row).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public static string FirstFilled(BuilderRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Name(row.Index, row.Composed.Spans is [var first, ..] ? PartName(first.Part) : "all");
    }

    private static IEnumerable<BuilderRow> AllRows(IReadOnlyDictionary<string, string> form) =>
        Enumerable.Range(0, MaxRows)
            .Select(i => (Index: i, Recipe: Recipe(part => form.GetValueOrDefault(Name(i, part)))))
            .Select(r => new BuilderRow(r.Index, r.Recipe, TopicComposer.Compose(r.Recipe)));

    // Whether a row's fields hold anything a person typed or chose that is not the builder's own default.
    private static bool Filled(Func<string, string?> field) =>
        Parts.Any(p => p == "in" ? field(p) is { Length: > 0 } scope && !Scopes.Contains(scope, StringComparer.Ordinal) : !string.IsNullOrWhiteSpace(field(p)));

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
