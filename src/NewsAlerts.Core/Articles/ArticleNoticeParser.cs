namespace NewsAlerts.Core.Articles;

using System.Text.Json;
using NewsAlerts.Core.Validation;

/// <summary>
/// Reads a withdrawal or a correction from an editor's article JSON. Withdrawal is ninjs's own: <c>pubstatus</c>
/// (<c>usable</c>, the default, or <c>canceled</c>) with the note to readers in <c>ednote</c>. ninjs has no field for
/// corrections (NewsML-G2 signals them with <c>sig:correction</c>), so NewsAlerts reads its own documented field
/// <c>correction: {"kind": "major" | "minor", "note": "..."}</c>: a major one sends follow-ups and needs a note, a
/// minor one is an ordinary new version.
/// </summary>
public static class ArticleNoticeParser
{
    /// <summary>The longest note to readers, in characters.</summary>
    public const int MaxNoteLength = 500;

    /// <summary>The article members read here.</summary>
    public static readonly IReadOnlyList<string> Fields = ["pubstatus", "ednote", "correction"];

    /// <summary>The members of <c>correction</c>; any other is refused (<see cref="KnownMembers"/>).</summary>
    public static readonly IReadOnlyList<string> CorrectionFields = ["kind", "note"];

    /// <summary>The notice of the article, or null; each wrong field is added to <paramref name="errors"/> by name.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    public static ArticleNotice? Parse(JsonElement json, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var reader = new JsonFields(json, errors);
        var status = reader.Text(["pubstatus"], required: false, maxLength: 40);
        var edNote = reader.Text(["ednote"], required: false, maxLength: MaxNoteLength);
        var withdrawn = false;
        if (status is not null)
        {
            withdrawn = status.Equals("canceled", StringComparison.OrdinalIgnoreCase);
            if (!withdrawn && !status.Equals("usable", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new FieldError("pubstatus", "must be 'usable' or 'canceled' (withdrawn)"));
            }
        }

        var correction = Correction(json, errors);
        if (withdrawn && correction is not null)
        {
            errors.Add(new FieldError("correction", "cannot be given with pubstatus 'canceled': a withdrawn story is not corrected"));
            return null;
        }

        return withdrawn ? new ArticleNotice(NoticeKind.Withdrawn, edNote) : correction;
    }

    private static ArticleNotice? Correction(JsonElement json, List<FieldError> errors)
    {
        if (!json.TryGetProperty("correction", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("correction", "must be an object such as {\"kind\": \"major\", \"note\": \"...\"}"));
            return null;
        }

        var inner = new List<FieldError>();
        KnownMembers.Refuse(value, "$", "a correction field", CorrectionFields, inner);
        var reader = new JsonFields(value, inner);
        var kind = reader.Text(["kind"], required: true, maxLength: 20);
        var note = reader.Text(["note"], required: false, maxLength: MaxNoteLength);
        var major = kind is not null && kind.Equals("major", StringComparison.OrdinalIgnoreCase);
        if (kind is not null && !major && !kind.Equals("minor", StringComparison.OrdinalIgnoreCase))
        {
            inner.Add(new FieldError("kind", "must be 'major' or 'minor'"));
        }
        else if (major && note is null && !inner.Exists(e => e.Field is "kind" or "note"))
        {
            inner.Add(new FieldError("note", "is required for a major correction: it is what earlier recipients are told"));
        }

        errors.AddRange(inner.Select(e => e with { Field = "correction." + e.Field }));
        return inner.Count == 0 && major ? new ArticleNotice(NoticeKind.Corrected, note) : null;
    }
}
