namespace NewsAlerts.Core.ManageLinks;

using System.Text.Json;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// A request for a fresh manage link on the <see cref="Queue"/> queue: its body is <c>{"email":"name@example.com"}</c>
/// (UTF-8 JSON), the address in canonical form (<see cref="ContactValidation.Email"/>) and nothing else, so the queue
/// holds no more personal data than the lookup needs. The page puts it there and answers at once; the Dispatcher's
/// worker looks the address up and sends (<see cref="ManageLinkMailer"/>).
/// </summary>
public static class ManageLinkMessage
{
    /// <summary>The Service Bus queue of manage-link requests.</summary>
    public const string Queue = "manage-links";

    /// <summary>The message subject (Service Bus <c>Subject</c>) of a manage-link request.</summary>
    public const string Subject = "ManageLinkRequest";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Writes the body for <paramref name="email"/> (an address in canonical form).</summary>
    /// <exception cref="ArgumentException"><paramref name="email"/> is not an address in canonical form.</exception>
    public static byte[] Write(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return ContactValidation.Email(email).Address == email
            ? JsonSerializer.SerializeToUtf8Bytes(new Body(email), JsonOptions)
            : throw new ArgumentException("Not an email address in canonical form.", nameof(email));
    }

    /// <summary>
    /// Reads the address of a request; null when <paramref name="body"/> is not one (the caller dead-letters with
    /// <paramref name="problem"/>, which never repeats the body: it may hold an address).
    /// </summary>
    public static string? Read(ReadOnlySpan<byte> body, out string? problem)
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

        if (read?.Email is not { Length: > 0 } email)
        {
            problem = "The message has no email address.";
            return null;
        }

        problem = ContactValidation.Email(email).Address == email ? null : "The message's email address is not one in canonical form.";
        return problem is null ? email : null;
    }

    private sealed record Body(string? Email);
}
