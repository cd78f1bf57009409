namespace NewsAlerts.Core.Articles;

using System.Text;
using System.Text.Json;

/// <summary>
/// Says where and why text is not JSON in words a person can act on: "not valid JSON at line 3, column 5: expected
/// a field name in double quotes". Lines and columns count from 1, and columns count characters (the parser counts
/// bytes from 0; an emoji is one character), so a pasted headline in Arabic or with an emoji points at the right place.
/// The words fit every JSON input (an API body, pasted ninjs, a JSON Lines file) and never carry the parser's own
/// wording (<c>LineNumber</c>, <c>BytePositionInLine</c>, trial r41 #16). An example field name is shown only when the
/// caller names one of its own body (<c>"email"</c> for a sign-up, <c>"headline"</c> for an article): a sign-up once
/// answered with an article's field as its example (trial s43 #2).
/// </summary>
public static class JsonSyntax
{
    private const string FieldNameExpected = "expected a field name in double quotes";

    private static readonly (string Fragment, string Words)[] Known =
    [
        ("does not contain any JSON tokens", "there is no text where a JSON object was expected"),
        ("invalid start of a property name", FieldNameExpected),
        ("invalid start of a value", "expected a value: text in double quotes, a number, true, false, null, { } or [ ]"),
        ("trailing comma", "a comma is followed by no field or value; remove it"),
        ("Expected a ',' or '}' after a property value", "expected a comma or } after a field's value"),
        ("Expected either ',', '}', or ']'", "expected a comma, } or ] after a value"),
        ("after a single JSON value", "there is more text after the closing } or ] of the JSON value"),
        ("Expected depth to be zero", "an object or list is not closed: a } or ] is missing at the end"),
        ("reached end of data", "the text ends in the middle: a closing \" } or ] is missing"),
        ("invalid JSON literal", "expected true, false or null, spelled out in lower case"),
        ("Expected a ':'", "expected a colon between a field's name and its value"),
        ("invalid within a JSON string", "a line break, tab or control character inside double quotes must be written as \\n or \\t"),
        ("invalid escapable character", "a backslash inside double quotes must be written as \\\\"),
    ];

    /// <summary>
    /// The reason <paramref name="json"/> failed to parse with <paramref name="exception"/>; where a field name was
    /// expected, <paramref name="exampleField"/> (a field of the body being read, or null for none) is shown as
    /// <c>expected a field name in double quotes ("email")</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="exception"/> is null.</exception>
    public static string Describe(string json, JsonException exception, string? exampleField = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(exception);
        var words = Words(exception, exampleField);
        return exception.LineNumber is { } line && exception.BytePositionInLine is { } bytes
            ? $"not valid JSON at line {line + 1}, column {Column(json, line, bytes)}: {words}"
            : $"not valid JSON: {words}";
    }

    /// <summary>
    /// The reason a text no longer at hand failed to parse with <paramref name="exception"/>: by line when the parser
    /// knows it ("not valid JSON at line 2: expected a value: …"), without the column, which needs the text.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static string Describe(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.LineNumber is { } line
            ? $"not valid JSON at line {line + 1}: {Words(exception, null)}"
            : $"not valid JSON: {Words(exception, null)}";
    }

    private static string Words(JsonException exception, string? exampleField)
    {
        var words = Depth(exception.Message)
            ?? Known.FirstOrDefault(k => exception.Message.Contains(k.Fragment, StringComparison.Ordinal)).Words
            ?? "the text is not JSON here";
        return exampleField is not null && words == FieldNameExpected ? $"{words} (\"{exampleField}\")" : words;
    }

    // "The maximum configured depth of 32 has been exceeded. Cannot read next JSON array." names its bound.
    private static string? Depth(string message) =>
        System.Text.RegularExpressions.Regex.Match(message, @"maximum configured depth of (\d+)", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)) is { Success: true } match
            ? $"objects and lists are nested deeper than the {match.Groups[1].Value} levels allowed"
            : null;

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
