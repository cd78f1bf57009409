namespace NewsAlerts.Functions.Subscribers;

using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Validation;
using NewsAlerts.Functions.Http;

/// <summary>
/// The optional body of the resend APIs (<c>POST /api/sign-ups/{signUpId}/resend</c>,
/// <c>POST /api/subscribers/{id}/resend</c>; sub16b): none, <c>{}</c>, or <c>{"channel": "email"}</c> /
/// <c>{"channel": "sms"}</c> to send only that channel's link or code again (the other's keeps working); absent sends
/// every channel still pending, as the pages' general button does.
/// </summary>
public static class ResendBody
{
    /// <summary>The one member.</summary>
    public const string Field = "channel";

    /// <summary>The channel values taken, as the API writes them.</summary>
    public static readonly IReadOnlyList<string> Channels = ["email", "sms"];

    /// <summary>The reason for a channel that is neither.</summary>
    public const string ChannelReason = "must be \"email\" or \"sms\" (leave it out to send every channel still pending)";

    /// <summary>
    /// The channel asked for (null: every one pending), or the problem: 400, 413 or 415 for a body the strict reader
    /// refuses, 400 naming <c>channel</c> for a value other than <c>email</c> or <c>sms</c>, 400 naming any other member
    /// (or <c>$</c> for a body that is not an object).
    /// </summary>
    public static async Task<(Channel? Channel, IActionResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (document, givenTwice, problem) = await JsonBody.ReadOptionalAsync(request, Field, cancellationToken);
        using (document)
        {
            if (problem is not null || document is null)
            {
                return (null, problem);
            }

            var (channel, errors) = Parse(document.RootElement);
            return errors.Count + givenTwice.Count == 0 ? (channel, null) : (null, Problems.Invalid([.. givenTwice, .. errors]));
        }
    }

    /// <summary>
    /// Reads a body already parsed: the channel asked for (null: every one pending) and the errors, each naming its field
    /// (<c>$</c> for a body that is not an object; any member other than <see cref="Field"/> by its name, with the known
    /// members as <see cref="KnownMembers.Reason"/> words them).
    /// </summary>
    public static (Channel? Channel, IReadOnlyList<FieldError> Errors) Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, [new FieldError("$", "must be a JSON object: {} or {\"channel\": \"email\"} or {\"channel\": \"sms\"}")]);
        }

        var errors = new List<FieldError>();
        Channel? channel = null;
        foreach (var member in root.EnumerateObject())
        {
            if (member.Name != Field)
            {
                errors.Add(new FieldError(member.Name, KnownMembers.Reason("a field of this request", [Field])));
            }
            else if (errors.Exists(e => e.Field == Field) || channel is not null)
            {
                errors.Add(new FieldError(Field, JsonBody.GivenTwice));
            }
            else
            {
                channel = member.Value.ValueKind == JsonValueKind.String ? Of(member.Value.GetString()) : null;
                if (channel is null)
                {
                    errors.Add(new FieldError(Field, ChannelReason));
                }
            }
        }

        return errors.Count == 0 ? (channel, []) : (null, errors);
    }

    private static Channel? Of(string? value) => value switch
    {
        "email" => Channel.Email,
        "sms" => Channel.Sms,
        _ => null,
    };
}
