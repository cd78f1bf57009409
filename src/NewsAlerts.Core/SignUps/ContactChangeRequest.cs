namespace NewsAlerts.Core.SignUps;

using System.Text.Json;
using System.Text.Json.Nodes;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Validation;

/// <summary>
/// The <c>email</c> and <c>phone</c> of a <c>PATCH /api/subscribers/{id}</c> body (a new address or number to confirm,
/// normalised as at sign-up), and the body's other members, which are settings.
/// </summary>
/// <param name="Email">The new address, canonical, or null when not asked for.</param>
/// <param name="Phone">The new number in E.164, or null when not asked for.</param>
/// <param name="Settings">The other members as a JSON object, or null when there are none.</param>
/// <param name="Errors">Why <c>email</c> or <c>phone</c> is not valid (field names <c>email</c>, <c>phone</c>); empty when they are.</param>
public sealed record ContactChangeRequest(string? Email, string? Phone, JsonElement? Settings, IReadOnlyList<FieldError> Errors)
{
    /// <summary>Splits <paramref name="json"/> (an object; anything else is all settings, which refuse it).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="phones"/> is null.</exception>
    public static ContactChangeRequest Parse(JsonElement json, TextablePhones phones)
    {
        ArgumentNullException.ThrowIfNull(phones);
        if (json.ValueKind != JsonValueKind.Object || (!json.TryGetProperty("email", out _) && !json.TryGetProperty("phone", out _)))
        {
            return new ContactChangeRequest(null, null, json, []);
        }

        var errors = new List<FieldError>();
        var email = Read(json, "email", Channel.Email, phones, errors);
        var phone = Read(json, "phone", Channel.Sms, phones, errors);
        var rest = JsonNode.Parse(json.GetRawText())!.AsObject();
        rest.Remove("email");
        rest.Remove("phone");
        return new ContactChangeRequest(email, phone, rest.Count == 0 ? null : JsonSerializer.SerializeToElement(rest), errors);
    }

    private static string? Read(JsonElement json, string name, Channel channel, TextablePhones phones, List<FieldError> errors)
    {
        if (!json.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new FieldError(name, "must be a string (a new one to confirm; it cannot be removed here)"));
            return null;
        }

        var (contact, reason) = ContactChanges.Normalise(channel, value.GetString(), phones);
        if (contact is null)
        {
            errors.Add(new FieldError(name, reason!));
        }

        return contact;
    }
}
