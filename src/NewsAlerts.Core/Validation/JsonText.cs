namespace NewsAlerts.Core.Validation;

using System.Text;
using System.Text.Json;
using NewsAlerts.Core.Articles;

/// <summary>
/// Reads JSON text as every input of NewsAlerts is read (an API body, ninjs pasted on the editor console, a line of a
/// JSON Lines file): text that is not JSON is told in words by line and column (<see cref="JsonSyntax"/>, never the
/// parser's own wording), nesting deeper than <see cref="MaxDepth"/> is refused, a key given twice in one object is
/// named by its path (<c>headline</c>, <c>preferences.caps</c>: <see cref="GivenTwice"/>, trial r34 #5 and r41 #6) and,
/// read by <see cref="Read(ReadOnlyMemory{byte}, string)"/>, hides no other error (the reader reads on with the last
/// value given and adds its own errors, trial s43 #7), a
/// string that is not Unicode is named by its path (<see cref="NotUnicode"/>), and so is a list of more than
/// <see cref="ListBounds.MaxItems"/> items.
/// </summary>
public static class JsonText
{
    /// <summary>The deepest nesting accepted: 32 objects or lists inside one another.</summary>
    public const int MaxDepth = 32;

    /// <summary>The reason for a key given twice in one object.</summary>
    public const string GivenTwice = "is given twice; give each field once";

    /// <summary>How many keys given twice one body's answer names at most (the first ones, in document order).</summary>
    public const int MaxNamedTwice = 20;

    /// <summary>The reason for text, a name or a string that is not Unicode.</summary>
    public const string NotUnicode = "is not valid Unicode text (bytes that are not UTF-8, or a lone surrogate)";

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = MaxDepth, AllowDuplicateProperties = true };

    /// <summary>
    /// The document in <paramref name="utf8"/> (JSON encoded as UTF-8, with no byte-order mark), or the first thing
    /// wrong with it, a key given twice included; the caller disposes the document.
    /// </summary>
    public static (JsonDocument? Document, FieldError? Error) Parse(ReadOnlyMemory<byte> utf8) => Strict(Read(utf8, null));

    /// <summary>As <see cref="Parse(ReadOnlyMemory{byte})"/>, for text already decoded.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static (JsonDocument? Document, FieldError? Error) Parse(string text) => Strict(Read(text, null));

    /// <summary>
    /// The document in <paramref name="utf8"/> (JSON encoded as UTF-8, with no byte-order mark) with every key given twice
    /// (<see cref="JsonReading.GivenTwice"/>, read on: a reader sees the last value), or the first thing that stops the
    /// reading (<see cref="JsonReading.Error"/>: not JSON, too deep, not Unicode, a list too long). Where a field name
    /// was expected, <paramref name="exampleField"/> (a field of the body being read, or null) is the example shown.
    /// The caller disposes the document.
    /// </summary>
    public static JsonReading Read(ReadOnlyMemory<byte> utf8, string? exampleField)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException exception)
        {
            return new JsonReading(null, new FieldError("$", System.Text.Unicode.Utf8.IsValid(utf8.Span)
                ? JsonSyntax.Describe(Encoding.UTF8.GetString(utf8.Span), exception, exampleField)
                : $"not valid JSON: the text {NotUnicode}; send JSON encoded as UTF-8"), []);
        }

        return Checked(document);
    }

    /// <summary>As <see cref="Read(ReadOnlyMemory{byte}, string)"/>, for text already decoded.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static JsonReading Read(string text, string? exampleField)
    {
        ArgumentNullException.ThrowIfNull(text);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException exception)
        {
            return new JsonReading(null, new FieldError("$", JsonSyntax.Describe(text, exception, exampleField)), []);
        }
        catch (ArgumentException)
        {
            // A lone surrogate outside any string cannot be encoded to UTF-8 for the parser.
            return new JsonReading(null, new FieldError("$", $"not valid JSON: the text {NotUnicode}"), []);
        }

        return Checked(document);
    }

    private static (JsonDocument? Document, FieldError? Error) Strict(JsonReading reading)
    {
        if (reading.GivenTwice.Count > 0)
        {
            reading.Document?.Dispose();
            return (null, reading.GivenTwice[0]);
        }

        return (reading.Document, reading.Error);
    }

    private static JsonReading Checked(JsonDocument document)
    {
        // Duplicates are found here rather than by the parser, whose exception names neither the key nor its path; a list
        // longer than any input needs is refused by its path, whatever the reader takes of it (ListBounds).
        var givenTwice = new List<FieldError>();
        if ((FirstRefused(document.RootElement, "$", givenTwice) ?? ListBounds.FirstTooLong(document.RootElement, "$")) is { } refused)
        {
            document.Dispose();
            return new JsonReading(null, refused, []);
        }

        return new JsonReading(document, null, givenTwice);
    }

    // The parser checks structure, not text: a string is decoded only when read, so a bad one would throw deep inside
    // a reader. Decoding every name and string once here turns that into an error naming the field; a name given twice
    // in one object (compared decoded, ordinal, as the parser's own check does) is named by its path, once, and the walk
    // goes on so that nothing after it is hidden.
    private static FieldError? FirstRefused(JsonElement element, string path, List<FieldError> givenTwice)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Decodes(() => element.GetString()) ? null : new FieldError(path, NotUnicode);
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                HashSet<string>? named = null;
                foreach (var property in element.EnumerateObject())
                {
                    if (!Decodes(() => property.Name))
                    {
                        return new FieldError(path, NotUnicode);
                    }

                    var child = path == "$" ? property.Name : $"{path}.{property.Name}";
                    // A path is unique to its object, so one set per object names each repeated key once; a body of
                    // thousands of repeats costs a set look-up each and names the first MaxNamedTwice (review s43: a
                    // list search per repeat made a 1 MB body of repeats cost seconds and a multi-megabyte answer).
                    if (!names.Add(property.Name) && givenTwice.Count < MaxNamedTwice && (named ??= new(StringComparer.Ordinal)).Add(property.Name))
                    {
                        givenTwice.Add(new FieldError(child, GivenTwice));
                    }

                    if (FirstRefused(property.Value, child, givenTwice) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FirstRefused(item, $"{path}[{index++}]", givenTwice) is { } found)
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
