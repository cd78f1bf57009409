namespace NewsAlerts.Functions.EditorConsole;

using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using NewsAlerts.Core.Identity;
using NewsAlerts.Functions.Editors;

/// <summary>The console's form names and how the publish form becomes ninjs.</summary>
public static class ConsoleForms
{
    /// <summary>The publish form (and its preview's confirm button); the token's subject is the editor's id.</summary>
    public const string Publish = "editor-publish";

    /// <summary>The console's desk language form; the token's subject is the editor's id.</summary>
    public const string Desk = "editor-desk";

    /// <summary>A story page's action forms (and their previews' confirm buttons); the subject is the editor's id and the story.</summary>
    public const string Story = "editor-story";

    /// <summary>The form token subject of <paramref name="editor"/> acting on story <paramref name="articleId"/> (or on none).</summary>
    public static string Subject(Editor editor, string? articleId = null)
    {
        ArgumentNullException.ThrowIfNull(editor);
        return articleId is null ? editor.Id : $"{editor.Id} {articleId}";
    }

    /// <summary>
    /// The ninjs text of the posted form: the pasted <c>ninjs</c> when filled in, else an article made of <c>headline</c>,
    /// <c>body</c>, <c>language</c> (<c>en</c> when not posted), <c>urgency</c>, <c>url</c> and <c>id</c> (a new <c>urn:newsalerts:editor:{sortable id}</c> when empty),
    /// version 1. The parser then checks it as it checks the API's: <c>urgency</c> is passed on as typed, so anything but a
    /// whole number from 1 to 9 (IPTC ninjs urgency, <see cref="Core.Articles.Article.Urgency"/>) is refused on the field
    /// in words ("abc", "0", "10", "9.5"), never replaced by a default; only a form without the field gets 5, as the API.
    /// </summary>
    public static string NinjsOf(IFormCollection form, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(form);
        var pasted = form["ninjs"].ToString();
        if (!string.IsNullOrWhiteSpace(pasted))
        {
            return pasted;
        }

        var id = form["id"].ToString().Trim();
        var json = new JsonObject
        {
            ["uri"] = id.Length > 0 ? id : $"urn:newsalerts:editor:{SortableId.New(now)}",
            ["version"] = 1,
            ["headline"] = form["headline"].ToString().Trim(),
            ["body_text"] = form["body"].ToString(),
            // The form's language (trial r36 #8: a French story typed in the fields was read as English and matched
            // nobody); without the field, the API's default. The parser checks it as the API's.
            ["language"] = form["language"].ToString().Trim() is { Length: > 0 } language ? language : Matching.Languages.LanguageTag.Default,
        };
        if (form.ContainsKey("urgency"))
        {
            // A whole number as a JSON number (the API takes no numbers in strings); anything else as typed, a string the
            // parser refuses by name, so nothing wrong becomes a silent default.
            var urgency = Core.Words.TypedDigits.Normalised(form["urgency"].ToString())!.Trim();
            json["urgency"] = int.TryParse(urgency, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n) : JsonValue.Create(urgency);
        }

        if (form["url"].ToString().Trim() is { Length: > 0 } url)
        {
            json["url"] = url;
        }

        return json.ToJsonString();
    }

    /// <summary>The form field an article parser error belongs to (the pasted JSON's errors belong to <c>ninjs</c>).</summary>
    public static string FieldOf(string parserField, bool pasted) => pasted ? "ninjs" : parserField switch
    {
        "headline" => "headline",
        "body_text" or "body_html" or "body" => "body",
        "urgency" => "urgency",
        "language" => "language",
        "url" => "url",
        "uri" or "id" => "id",
        _ => "headline",
    };
}
