namespace NewsAlerts.Core.ManageLinks;

using System.Text.Json;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// A request for a fresh manage link on the <see cref="Queue"/> queue: its body is <c>{"email":"name@example.com"}</c>
/// (UTF-8 JSON), the address in canonical form (<see cref="ContactValidation.Email"/>), or <c>{"phone":"+447400123456"}</c>,
/// a number in E.164 to text the link to (<see cref="ContactValidation.Phone(string)"/>), and nothing else, so the queue
/// holds no more personal data than the lookup needs. The page puts it there and answers at once; the Dispatcher's
/// worker looks the address up and sends (<see cref="ManageLinkMailer"/>).
/// </summary>
public static class ManageLinkMessage
{
    /// <summary>The Service Bus queue of manage-link requests.</summary>
    public const string Queue = "manage-links";

    /// <summary>The message subject (Service Bus <c>Subject</c>) of a manage-link request.</summary>
    public const string Subject = "ManageLinkRequest";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Writes the body for <paramref name="email"/> (an address in canonical form).</summary>
    /// <exception cref="ArgumentException"><paramref name="email"/> is not an address in canonical form.</exception>
    public static byte[] Write(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return ContactValidation.Email(email).Address == email
            ? JsonSerializer.SerializeToUtf8Bytes(new Body(email, null), JsonOptions)
            : throw new ArgumentException("Not an email address in canonical form.", nameof(email));
    }

    /// <summary>Writes the body of a request to text the link to <paramref name="phone"/> (a number in E.164).</summary>
    /// <exception cref="ArgumentException"><paramref name="phone"/> is not a number in E.164.</exception>
    public static byte[] WritePhone(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return IsE164(phone)
            ? JsonSerializer.SerializeToUtf8Bytes(new Body(null, phone), JsonOptions)
            : throw new ArgumentException("Not a phone number in E.164.", nameof(phone));
    }

    /// <summary>
    /// Reads the address or number of a request; null when <paramref name="body"/> is not one (the caller dead-letters
    /// with <paramref name="problem"/>, which never repeats the body: it may hold an address or a number).
    /// </summary>
    public static ManageLinkAsk? Read(ReadOnlySpan<byte> body, out string? problem)
    {
        Body? read;
        try
        {
            read = JsonSerializer.Deserialize<Body>(body, JsonOptions);
        }
        catch (JsonException)
        {
            problem = "The message body is not a manage-link request (not JSON of that shape).";
            return null;
        }

        if (read?.Phone is { Length: > 0 } phone && read.Email is null)
        {
            problem = IsE164(phone) ? null : "The message's phone number is not one in E.164.";
            return problem is null ? new ManageLinkAsk(Delivery.Channel.Sms, phone) : null;
        }

        if (read?.Email is not { Length: > 0 } email || read.Phone is not null)
        {
            problem = read?.Email is { Length: > 0 } ? "The message has both an email address and a phone number." : "The message has no email address or phone number.";
            return null;
        }

        problem = ContactValidation.Email(email).Address == email ? null : "The message's email address is not one in canonical form.";
        return problem is null ? new ManageLinkAsk(Delivery.Channel.Email, email) : null;
    }

    private static bool IsE164(string phone) => ContactValidation.Phone(phone).E164 == phone;

    private sealed record Body(string? Email, string? Phone);
}
