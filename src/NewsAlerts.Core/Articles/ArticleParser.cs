namespace NewsAlerts.Core.Articles;

using System.Text.Json;
using NewsAlerts.Core.Languages;
using NewsAlerts.Core.Validation;
using NewsAlerts.Matching.Languages;

/// <summary>
/// Reads an editor's article (IPTC ninjs-style JSON: <c>uri</c> or <c>id</c>, <c>version</c>, <c>headline</c>,
/// <c>body_text</c> or <c>body_html</c>, <c>byline</c>, <c>copyrightholder</c> or <c>source</c>, <c>language</c>,
/// <c>subject</c>, <c>urgency</c>, <c>url</c>, <c>versioncreated</c>; withdrawals and corrections as
/// <see cref="ArticleNoticeParser"/> reads them) and reports every invalid field.
/// </summary>
public static class ArticleParser
{
    /// <summary>Longest accepted body, in characters of plain text.</summary>
    public const int MaxBodyLength = 200_000;

    /// <summary>The longest headline accepted, in UTF-16 characters (ids: <see cref="ArticleIds.MaxBytes"/> bytes of UTF-8).</summary>
    public const int MaxHeadlineLength = 400;

    /// <summary>How far ahead of the clock a publication time may be (time zones, clock skew); later is a mistake.</summary>
    public static readonly TimeSpan MaxFutureSkew = TimeSpan.FromDays(1);

    private static readonly string[] TimeFields = ["versioncreated", "firstcreated", "published"];

    // NewsAlerts' short names beside the ninjs ones they stand for: given together, one would be silently dropped (trial r35 #2).
    private static readonly (string Short, string[] Ninjs)[] Aliases =
        [("body", ["body_text", "body_html"]), ("description", ["description_text"]), ("subjects", ["subject"])];

    /// <summary>
    /// The members read here and by <see cref="ArticleNoticeParser"/>. A member neither here nor in
    /// <see cref="NinjsFields"/> is refused (<see cref="KnownMembers"/>), so a typo such as <c>urgnecy</c> is a 400
    /// rather than a flash published at the default urgency (trial r35 #2).
    /// </summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        "uri", "id", "version", "headline", "body_text", "body_html", "body", "description_text", "description", "byline",
        "source", "copyrightholder", "language", "subject", "subjects", "urgency", "url", "versioncreated", "firstcreated",
        "published", .. ArticleNoticeParser.Fields,
    ];

    /// <summary>
    /// The other top-level properties of IPTC ninjs (schemas 1.x, 2.x and 3.x, iptc.org/std/ninjs), accepted and not read,
    /// so a publisher's full ninjs document (the shared sample has <c>type</c> and <c>place</c>) is still taken.
    /// </summary>
    public static readonly IReadOnlyList<string> NinjsFields =
    [
        "$standard", "standard", "type", "mimetype", "representationtype", "profile", "contentcreated", "embargoed", "expires",
        "copyrightnotice", "usageterms", "rightsinfo", "by", "located", "description_html", "person", "organisation",
        "place", "event", "object", "infosource", "title", "genre", "trustindicator", "renditions", "associations",
        "altids", "slugline", "charcount", "wordcount", "keywords", "headlines", "descriptions", "bodies", "service",
        // ninjs 2.x and 3.x name these in the plural (iptc/newsinjson, ninjs-schema_2.0.json; review of s35).
        "people", "organisations", "places", "events", "objects", "infosources", "genres", "trustindicators",
        "body_xhtml", "description_xhtml",
    ];

    /// <summary>The field an article's JSON syntax errors show as their example (<see cref="JsonSyntax"/>).</summary>
    public const string ExampleField = "headline";

    /// <summary>Parses and validates an article given as JSON text (one line of a JSON Lines file), as the API reads a body.</summary>
    /// <param name="json">The article's JSON.</param>
    /// <param name="time">The clock, for the default publication time and the future-time check.</param>
    /// <returns>
    /// The article, or the errors naming each field (<c>$</c> when the text is not JSON; a key given twice by its path,
    /// <see cref="JsonText.GivenTwice"/>).
    /// </returns>
    public static Validated<Article> Parse(string json, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(json);

        // Read by the API's rules (JsonText), so pasted ninjs with a key given twice is refused by the key, as
        // POST /api/articles refuses it (trial r41 #6), together with every other wrong field, read on with the last
        // value given (trial s43 #7).
        var reading = JsonText.Read(json, ExampleField);
        if (reading.Error is not null)
        {
            return Validated<Article>.Invalid([reading.Error]);
        }

        using (reading.Document)
        {
            return Parse(reading.Document!.RootElement, time).After(reading.GivenTwice);
        }
    }

    /// <summary>Parses and validates the article.</summary>
    public static Validated<Article> Parse(JsonElement json, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (json.ValueKind != JsonValueKind.Object)
        {
            return Validated<Article>.Invalid("$", "the article must be a JSON object");
        }

        var errors = new List<FieldError>();
        foreach (var member in json.EnumerateObject())
        {
            if (!Fields.Contains(member.Name, StringComparer.Ordinal) && !NinjsFields.Contains(member.Name, StringComparer.Ordinal))
            {
                var hint = KnownMembers.CaseHint(member.Name, Fields);
                errors.Add(new FieldError(
                    member.Name, KnownMembers.Reason("an article field", [.. Fields, "and the other ninjs fields"]) + (hint is null ? string.Empty : "; " + hint)));
            }
        }

        // The console's pasted ninjs comes here without the HTTP body's reading: its lists are bounded here too.
        if (ListBounds.FirstTooLong(json, "$") is { } tooLong)
        {
            errors.Add(tooLong);
        }

        var reader = new JsonFields(json, errors);
        foreach (var (alias, ninjs) in Aliases)
        {
            if (reader.Has(alias) && ninjs.FirstOrDefault(reader.Has) is { } given)
            {
                errors.Add(new FieldError(alias, $"is given with {given}, which it stands for; give one of them"));
            }
        }

        var id = Id(json, reader, errors);
        var version = reader.PositiveInteger("version") ?? 1;
        var headline = reader.Text(["headline"], required: true, maxLength: MaxHeadlineLength);
        var body = Body(reader, errors);
        var description = reader.Text(["description_text", "description"], required: false, maxLength: 2000);
        var byline = reader.Text(["byline"], required: false, maxLength: 300);
        var source = reader.Text(["source", "copyrightholder"], required: false, maxLength: 200);
        var language = reader.Text(["language"], required: false, maxLength: 35);
        if (language is not null && !LanguageField.IsKnownStated(language))
        {
            errors.Add(new FieldError("language", LanguageField.Reason));
        }

        var subjects = reader.Subjects(["subject", "subjects"]);
        var urgency = reader.Integer("urgency", 1, 9) ?? 5;
        var url = reader.HttpUrl("url");
        var notice = ArticleNoticeParser.Parse(json, errors);
        var now = time.GetUtcNow();
        var published = reader.Timestamp(TimeFields) ?? now;
        if (published > now + MaxFutureSkew)
        {
            var field = TimeFields.First(name => json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String);
            errors.Add(new FieldError(field, $"is more than {MaxFutureSkew.TotalHours:0} hours in the future"));
        }
        if (body is { Length: > MaxBodyLength })
        {
            errors.Add(new FieldError("body_text", $"is longer than {MaxBodyLength} characters"));
        }

        if (errors.Count > 0)
        {
            return Validated<Article>.Invalid(errors);
        }

        return Validated<Article>.Ok(new Article(
            id!, version, headline!, body ?? string.Empty, byline, source, LanguageTag.Recognize(language), subjects, urgency, url, published, description, notice));
    }

    // The id under the rule feeds follow too (ArticleIds): bytes, not characters, and one line; the error names the field given.
    private static string? Id(JsonElement json, JsonFields reader, List<FieldError> errors)
    {
        var id = reader.Text(["uri", "id"], required: true, maxLength: int.MaxValue);
        if (id is null || ArticleIds.Problem(id) is not { } problem)
        {
            return id;
        }

        errors.Add(new FieldError(json.TryGetProperty("uri", out var uri) && uri.ValueKind == JsonValueKind.String && uri.GetString()!.Trim().Length > 0 ? "uri" : "id", problem));
        return null;
    }

    private static string? Body(JsonFields reader, List<FieldError> errors)
    {
        var text = reader.Text(["body_text"], required: false, maxLength: int.MaxValue);
        if (text is not null)
        {
            return text;
        }

        var html = reader.Text(["body_html", "body"], required: false, maxLength: int.MaxValue);
        if (html is null)
        {
            return null;
        }

        // A character refused as text may come as an HTML reference (&#x202E;): the decoded text is checked too.
        var (plain, refused) = FreeText.Clean(HtmlText.ToPlainText(html), lineBreaks: true);
        if (refused is not null)
        {
            errors.Add(new FieldError(reader.Has("body_html") ? "body_html" : "body", refused));
        }

        return plain;
    }
}
