namespace NewsAlerts.Core.Articles;

using System.Text;
using System.Text.Json;

/// <summary>
/// Says where and why text is not JSON in words an editor can act on: "not valid JSON at line 3, column 5: expected
/// a field name in double quotes". Lines and columns count from 1, and columns count characters (the parser counts
/// bytes from 0; an emoji is one character), so a pasted headline in Arabic or with an emoji points at the right place.
/// </summary>
public static class JsonSyntax
{
    private static readonly (string Fragment, string Words)[] Known =
    [
        ("does not contain any JSON tokens", "there is no text; paste the article's JSON"),
        ("invalid start of a property name", "expected a field name in double quotes (\"headline\")"),
        ("invalid start of a value", "expected a value: text in double quotes, a number, true, false, null, { } or [ ]"),
        ("trailing comma", "a comma is followed by no field or value; remove it"),
        ("Expected a ',' or '}' after a property value", "expected a comma or } after a field's value"),
        ("Expected either ',', '}', or ']'", "expected a comma, } or ] after a value"),
        ("after a single JSON value", "there is more text after the article's closing }"),
        ("Expected depth to be zero", "an object or list is not closed: a } or ] is missing at the end"),
        ("reached end of data", "the text ends in the middle: a closing \" } or ] is missing"),
        ("invalid JSON literal", "expected true, false or null, spelled out in lower case"),
        ("Expected a ':'", "expected a colon between a field's name and its value"),
        ("invalid within a JSON string", "a line break, tab or control character inside double quotes must be written as \\n or \\t"),
        ("invalid escapable character", "a backslash inside double quotes must be written as \\\\"),
    ];

    /// <summary>The reason <paramref name="json"/> failed to parse with <paramref name="exception"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Describe(string json, JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(exception);
        var words = Known.FirstOrDefault(k => exception.Message.Contains(k.Fragment, StringComparison.Ordinal)).Words ?? "the text is not JSON here";
        return exception.LineNumber is { } line && exception.BytePositionInLine is { } bytes
            ? $"not valid JSON at line {line + 1}, column {Column(json, line, bytes)}: {words}"
            : $"not valid JSON: {words}";
    }

    // The 1-based character column of the byte offset in the 0-based line (lines end at \n, as the parser counts them).
    private static long Column(string json, long line, long bytes)
    {
        var start = 0;
        for (var i = 0L; i < line && start >= 0; i++)
        {
            start = json.IndexOf('\n', start) is var next and >= 0 ? next + 1 : -1;
        }

        if (start < 0)
        {
            return bytes + 1;
        }

        var end = json.IndexOf('\n', start);
        var text = end < 0 ? json[start..] : json[start..end];
        var encoded = Encoding.UTF8.GetBytes(text);
        var counted = (int)Math.Min(bytes, encoded.Length);
        return Encoding.UTF8.GetString(encoded, 0, counted).EnumerateRunes().Count() + 1;
    }
}
