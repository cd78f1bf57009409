namespace NewsAlerts.Core.Validation;

using System.Text;
using System.Text.Json;
using NewsAlerts.Core.Articles;

/// <summary>
/// Reads JSON text as every input of NewsAlerts is read (an API body, ninjs pasted on the editor console, a line of a
/// JSON Lines file): text that is not JSON is told in words by line and column (<see cref="JsonSyntax"/>, never the
/// parser's own wording), nesting deeper than <see cref="MaxDepth"/> is refused, a key given twice in one object is
/// named by its path (<c>headline</c>, <c>preferences.caps</c>: <see cref="GivenTwice"/>, trial r34 #5 and r41 #6), a
/// string that is not Unicode is named by its path (<see cref="NotUnicode"/>), and so is a list of more than
/// <see cref="ListBounds.MaxItems"/> items.
/// </summary>
public static class JsonText
{
    /// <summary>The deepest nesting accepted: 32 objects or lists inside one another.</summary>
    public const int MaxDepth = 32;

    /// <summary>The reason for a key given twice in one object.</summary>
    public const string GivenTwice = "is given twice; give each field once";

    /// <summary>The reason for text, a name or a string that is not Unicode.</summary>
    public const string NotUnicode = "is not valid Unicode text (bytes that are not UTF-8, or a lone surrogate)";

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = MaxDepth, AllowDuplicateProperties = true };

    /// <summary>
    /// The document in <paramref name="utf8"/> (JSON encoded as UTF-8, with no byte-order mark), or the first thing
    /// wrong with it; the caller disposes the document.
    /// </summary>
    public static (JsonDocument? Document, FieldError? Error) Parse(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException exception)
        {
            return (null, new FieldError("$", System.Text.Unicode.Utf8.IsValid(utf8.Span)
                ? JsonSyntax.Describe(Encoding.UTF8.GetString(utf8.Span), exception)
                : $"not valid JSON: the text {NotUnicode}; send JSON encoded as UTF-8"));
        }

        return Checked(document);
    }

    /// <summary>As <see cref="Parse(ReadOnlyMemory{byte})"/>, for text already decoded.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static (JsonDocument? Document, FieldError? Error) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException exception)
        {
            return (null, new FieldError("$", JsonSyntax.Describe(text, exception)));
        }
        catch (ArgumentException)
        {
            // A lone surrogate outside any string cannot be encoded to UTF-8 for the parser.
            return (null, new FieldError("$", $"not valid JSON: the text {NotUnicode}"));
        }

        return Checked(document);
    }

    private static (JsonDocument? Document, FieldError? Error) Checked(JsonDocument document)
    {
        // Duplicates are found here rather than by the parser, whose exception names neither the key nor its path; a list
        // longer than any input needs is refused by its path, whatever the reader takes of it (ListBounds).
        if ((FirstRefused(document.RootElement, "$") ?? ListBounds.FirstTooLong(document.RootElement, "$")) is { } refused)
        {
            document.Dispose();
            return (null, refused);
        }

        return (document, null);
    }

    // The parser checks structure, not text: a string is decoded only when read, so a bad one would throw deep inside
    // a reader. Decoding every name and string once here turns that into an error naming the field; a name given twice
    // in one object (compared decoded, ordinal, as the parser's own check does) is named by its path.
    private static FieldError? FirstRefused(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Decodes(() => element.GetString()) ? null : new FieldError(path, NotUnicode);
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!Decodes(() => property.Name))
                    {
                        return new FieldError(path, NotUnicode);
                    }

                    var child = path == "$" ? property.Name : $"{path}.{property.Name}";
                    if (!names.Add(property.Name))
                    {
                        return new FieldError(child, GivenTwice);
                    }

                    if (FirstRefused(property.Value, child) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FirstRefused(item, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool Decodes(Func<string?> read)
    {
        try
        {
            _ = read();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
