namespace NewsAlerts.Functions.Subscribers;

using System.Text.Json;
using NewsAlerts.Core.Validation;

/// <summary>
/// A JSON body of one string member (the confirmations' <c>{"token"}</c> and <c>{"code"}</c>): every fault at once, an
/// unknown member, the field missing or of another JSON type, each named (trial r33 #8, r34 #4).
/// </summary>
public static class SingleFieldBody
{
    /// <summary>
    /// The string of <paramref name="field"/> in <paramref name="root"/>, or null with the errors; when
    /// <paramref name="optional"/>, a body without the field reads as null with no error.
    /// </summary>
    public static (string? Value, IReadOnlyList<FieldError> Errors) Read(JsonElement root, string field, bool optional)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, [new FieldError("$", $"must be a JSON object with {field}")]);
        }

        var errors = new List<FieldError>();
        KnownMembers.Refuse(root, "$", "a field of this request", [field], errors);
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (!optional)
            {
                errors.Add(new FieldError(field, "is required"));
            }

            return (null, errors);
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new FieldError(field, "must be a string"));
            return (null, errors);
        }

        return errors.Count > 0 ? (null, errors) : (value.GetString(), errors);
    }
}
