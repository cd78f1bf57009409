namespace NewsAlerts.Functions.Subscribers;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Functions.Http;

/// <summary>
/// RFC 8058 one-click unsubscribe: <c>GET /api/unsubscribe?token=</c> shows a confirmation page; <c>POST</c> (what
/// mail clients send with <c>List-Unsubscribe=One-Click</c>) stops email alerts at once.
/// </summary>
public sealed class UnsubscribeFunction(SubscriberService subscribers)
{
    /// <summary>Shows or performs the unsubscribe.</summary>
    [Function("Unsubscribe")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "api/unsubscribe")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = request.Query["token"].ToString();
        if (HttpMethods.IsGet(request.Method))
        {
            return subscribers.CanUnsubscribe(token)
                ? Pages.Show("Unsubscribe", "Stop all email alerts from NewsAlerts?", $"unsubscribe?token={Uri.EscapeDataString(token)}", "Unsubscribe")
                : Pages.Show("Link not valid", "This unsubscribe link is not valid or has expired. Use the manage link in a recent alert.", status: 403);
        }

        var outcome = await subscribers.UnsubscribeEmailAsync(token, cancellationToken);
        return outcome.Kind switch
        {
            SubscriberOutcomeKind.Ok => Pages.Show("Unsubscribed", "You will get no more email alerts from NewsAlerts at this address, for any subscription."),
            SubscriberOutcomeKind.NotFound => Pages.Show("Unsubscribed", "This subscription no longer exists; nothing more will be sent."),
            _ => Problems.Of(StatusCodes.Status403Forbidden, "Forbidden", $"token: {outcome.Reason}."),
        };
    }
}
