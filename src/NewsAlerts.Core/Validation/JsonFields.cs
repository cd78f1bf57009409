namespace NewsAlerts.Core.Validation;

using System.Globalization;
using System.Text.Json;

/// <summary>
/// Reads typed fields from a JSON object, adding a <see cref="FieldError"/> for each one that is wrong: a value of
/// another JSON type is refused naming the field, never coerced. <paramref name="prefix"/> starts every field name of
/// an object nested in a body (<c>topics[0].</c> names <c>topics[0].exact</c>).
/// </summary>
public sealed class JsonFields(JsonElement json, List<FieldError> errors, string prefix = "")
{
    /// <summary>
    /// The first present of <paramref name="names"/> as checked by <see cref="FreeText.Field"/> (line breaks kept), the check
    /// console forms use too; a refused character is a <see cref="FieldError"/> naming the field and the character as U+XXXX.
    /// </summary>
    public string? Text(string[] names, bool required, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                errors.Add(new FieldError(prefix + name, "must be a string"));
                return null;
            }

            var text = value.GetString()!.Trim();
            if (text.Length == 0)
            {
                break;
            }

            // Every fault of the field at once, each its own reason (trial r37 #13).
            var (cleaned, refused) = FreeText.Faults(text, maxLength, lineBreaks: true);
            if (refused.Count > 0)
            {
                errors.AddRange(refused.Select(reason => new FieldError(prefix + name, reason)));
                return null;
            }

            return cleaned;
        }

        if (required)
        {
            errors.Add(new FieldError(prefix + names[0], names.Length == 1 ? "is required" : $"is required (or {string.Join(", ", names[1..])})"));
        }

        return null;
    }

    /// <summary>
    /// An integer in [min, max], given as a JSON number (the one rule of every JSON API, as the OpenAPI document's
    /// <c>integer</c> says: a number sent as a string such as <c>"3"</c> is refused, naming the field and
    /// <see cref="WholeNumber"/>, so every integer field of every API answers alike).
    /// </summary>
    public int? Integer(string name, int min, int max)
    {
        if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var parsed = WholeNumber(value, min, max, out var reason);
        if (reason is not null)
        {
            errors.Add(new FieldError(prefix + name, reason));
        }

        return parsed;
    }

    /// <summary>
    /// <paramref name="value"/> when it is a JSON number that is a whole number in [min, max]; otherwise null and the
    /// reason <c>must be a whole number from 1 to 9</c>, naming the side crossed when a whole number (or one written as a
    /// string) is out of range: <c>must be a whole number from 1 to 9 (at least 1)</c> for 0, <c>... (at most 9)</c> for 10
    /// (trial r38 #11's kind: a bound's message names the bound crossed), or <c>(a JSON number, not a string)</c> added when a number
    /// in range was sent as a string (<c>"3"</c>, or in another script's digits <c>"٣"</c>, the only thing wrong with it;
    /// forms send typed numbers as JSON numbers, so a person never reads it). JSON's grammar (RFC 8259 §6) writes numbers
    /// in the digits 0-9 only, so a number is never read from a string, in any script.
    /// A number with a zero fraction (<c>3.0</c>, <c>3e0</c>) is a whole number, as JSON Schema counts integers
    /// (draft 2020-12, validation §6.1.1: "a number with a zero fractional part"); <c>3.5</c> is not (trial r31).
    /// </summary>
    public static int? WholeNumber(JsonElement value, int min, int max, out string? reason)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && d == decimal.Truncate(d) && d >= min && d <= max)
        {
            reason = null;
            return (int)d;
        }

        // A string is parsed once: its number names the bound crossed, or (digits alone, no sign) says it should have
        // been a JSON number.
        var text = value.ValueKind == JsonValueKind.String ? Words.TypedDigits.Normalised(value.GetString()) : null;
        var fromString = text is not null
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) && s == decimal.Truncate(s)
            ? s
            : (decimal?)null;
        decimal? whole = value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var n) && n == decimal.Truncate(n) ? n : fromString;
        reason = string.Create(CultureInfo.InvariantCulture, $"must be a whole number from {min} to {max}") + whole switch
        {
            { } w when w < min => string.Create(CultureInfo.InvariantCulture, $" (at least {min})"),
            { } w when w > max => string.Create(CultureInfo.InvariantCulture, $" (at most {max})"),
            _ when fromString is not null && text![0] is not ('+' or '-') => " (a JSON number, not a string)",
            _ => string.Empty,
        };
        return null;
    }

    /// <summary>
    /// A positive integer (an article's version): a JSON number, or a string of digits, since the ninjs schema types
    /// <c>version</c> as a string (IPTC ninjs 1.x/2.0), the one integer field a standard writes as text.
    /// </summary>
    public int? PositiveInteger(string name)
    {
        if (json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
        {
            return n;
        }

        return Integer(name, 1, int.MaxValue);
    }

    /// <summary>An absolute http or https URL.</summary>
    public Uri? HttpUrl(string name)
    {
        var text = Text([name], required: false, maxLength: 2000);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri;
        }

        errors.Add(new FieldError(prefix + name, "must be an absolute http or https URL"));
        return null;
    }

    /// <summary>An ISO 8601 timestamp with an offset.</summary>
    public DateTimeOffset? Timestamp(string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            var text = Text([name], required: false, maxLength: 64);
            if (text is null)
            {
                continue;
            }

            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
            {
                return at;
            }

            errors.Add(new FieldError(prefix + name, "must be an ISO 8601 timestamp such as 2016-05-03T00:00:00Z"));
            return null;
        }

        return null;
    }

    /// <summary>Most subjects an article's <c>subject</c> (or <c>subjects</c>) list may hold.</summary>
    public const int MaxSubjects = 100;

    /// <summary>
    /// The members a subject object may have: those read (<c>code</c>, <c>uri</c>, <c>qcode</c>, <c>name</c>) and the
    /// other members of a ninjs subject (schemas 1.x-3.x: <c>rel</c>, <c>scheme</c>, <c>literal</c>, <c>creator</c>,
    /// <c>relevance</c>, <c>confidence</c>, <c>type</c>). Any other is refused (<see cref="KnownMembers"/>), so a typo
    /// such as <c>cdoe</c> is a 400 rather than a story published without its subject code (trial r36 #2).
    /// </summary>
    public static readonly IReadOnlyList<string> SubjectMembers =
        ["code", "uri", "qcode", "name", "rel", "scheme", "literal", "creator", "relevance", "confidence", "type"];

    /// <summary>
    /// A list of subject codes or names: strings, or objects with <c>code</c>, <c>uri</c> or <c>name</c>; an object's
    /// member not in <see cref="SubjectMembers"/> is an error named <c>subject[0].cdoe</c>, and a member of another type
    /// than ninjs gives it (text; a number for <c>relevance</c> and <c>confidence</c>) by its path, <c>subject[0].code</c>.
    /// </summary>
    public IReadOnlyList<string> Subjects(string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var subjects = new List<string>();
        foreach (var name in names)
        {
            if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > MaxSubjects)
            {
                errors.Add(new FieldError(prefix + name, $"must be an array of at most {MaxSubjects} subjects"));
                return subjects;
            }

            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                var before = errors.Count;
                KnownMembers.Refuse(item, $"{prefix}{name}[{index}]", "a subject field", SubjectMembers, errors);
                SubjectMemberTypes(item, $"{prefix}{name}[{index}]");
                if (errors.Count > before)
                {
                    index++;
                    continue;
                }

                var subject = item.ValueKind switch
                {
                    JsonValueKind.String => item.GetString(),
                    JsonValueKind.Object => First(item, "code", "uri", "qcode") is { } code ? code : First(item, "name"),
                    _ => null,
                };
                if (string.IsNullOrWhiteSpace(subject) || subject.Length > 200)
                {
                    errors.Add(new FieldError($"{prefix}{name}[{index}]", "must be a code or name (a string or an object with code or name)"));
                }
                else if ((Refused(subject) ?? (item.ValueKind == JsonValueKind.Object && First(item, "name") is { } named ? Refused(named) : null)) is { } reason)
                {
                    errors.Add(new FieldError($"{prefix}{name}[{index}]", reason));
                }
                else
                {
                    subjects.Add(subject.Trim());
                    if (item.ValueKind == JsonValueKind.Object && First(item, "name") is { } label && label != subject)
                    {
                        subjects.Add(label.Trim());
                    }
                }

                index++;
            }
        }

        return subjects;
    }

    // Each known member of a subject object of its ninjs type, or refused by its own path (subject[0].code: must be
    // text), not as the subject as a whole (review r41: a number for code was "subject[0]: must be a code or name").
    private void SubjectMemberTypes(JsonElement item, string path)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var member in item.EnumerateObject().Where(m => m.Value.ValueKind != JsonValueKind.Null && SubjectMembers.Contains(m.Name)))
        {
            var numeric = member.Name is "relevance" or "confidence";
            if (numeric ? member.Value.ValueKind != JsonValueKind.Number : member.Value.ValueKind != JsonValueKind.String)
            {
                errors.Add(new FieldError($"{path}.{member.Name}", numeric ? "must be a number" : "must be text (a string)"));
            }
        }
    }

    /// <summary>
    /// A JSON <c>true</c> or <c>false</c>; null when absent or null. Any other JSON type (<c>"true"</c>, <c>1</c>, an
    /// object) is refused: <c>must be true or false</c>, naming the field.
    /// </summary>
    public bool? Boolean(string name)
    {
        if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        errors.Add(new FieldError(prefix + name, "must be true or false"));
        return null;
    }

    /// <summary>Whether the object has a non-null <paramref name="name"/>.</summary>
    public bool Has(string name) => json.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>Why <paramref name="text"/> is refused as free text (<see cref="FreeText"/>), or null when it is not.</summary>
    public static string? Refused(string text) => FreeText.Clean(text, lineBreaks: false).Reason;

    private static string? First(JsonElement item, params string[] names) =>
        names.Select(n => item.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
            .FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));
}
