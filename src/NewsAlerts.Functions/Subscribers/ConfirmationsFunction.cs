namespace NewsAlerts.Functions.Subscribers;

using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Functions.Http;

/// <summary>Double opt-in: <c>POST .../confirm-email</c> with the link's token, <c>POST .../confirm-sms</c> with the code.</summary>
public sealed class ConfirmationsFunction(SubscriberService subscribers)
{
    /// <summary>
    /// Confirms the email address: the emailed link opens a page (GET) whose button posts the token back; an API
    /// client may post <c>{"token": ...}</c> directly.
    /// </summary>
    [Function("ConfirmEmail")]
    public async Task<IActionResult> ConfirmEmailAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "subscribers/{id}/confirm-email")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var queryToken = request.Query["token"].ToString();
        if (HttpMethods.IsGet(request.Method))
        {
            return Pages.Show("Confirm your subscription", "Confirm that you want news alerts at this address.",
                $"confirm-email?token={Uri.EscapeDataString(queryToken)}", "Confirm");
        }

        var (value, problem) = queryToken.Length > 0 ? (queryToken, null) : await ReadFieldAsync(request, "token", cancellationToken);
        return problem ?? SubscribersFunction.Answer(await subscribers.ConfirmEmailAsync(SubscribersFunction.IdOf(request), value, cancellationToken));
    }

    /// <summary>Confirms the phone number.</summary>
    [Function("ConfirmSms")]
    public async Task<IActionResult> ConfirmSmsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "subscribers/{id}/confirm-sms")] HttpRequest request, CancellationToken cancellationToken)
    {
        var (value, problem) = await ReadFieldAsync(request, "code", cancellationToken);
        return problem ?? SubscribersFunction.Answer(await subscribers.ConfirmSmsAsync(SubscribersFunction.IdOf(request), value, cancellationToken));
    }

    private static async Task<(string? Value, IActionResult? Problem)> ReadFieldAsync(HttpRequest request, string field, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBody.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        using (document)
        {
            return document!.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
                    ? (value.GetString(), null)
                    : (null, Problems.Of(StatusCodes.Status400BadRequest, "The request is not valid.", $"{field}: is required (a string)."));
        }
    }
}
