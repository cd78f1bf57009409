namespace NewsAlerts.Functions.Subscribers;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Functions.Http;
using NewsAlerts.Functions.Pages;

/// <summary>
/// The unsubscribe link of alerts already sent (new ones may use <c>/unsubscribe</c>, <see cref="UnsubscribePageFunction"/>):
/// RFC 8058 one-click unsubscribe: <c>GET /api/unsubscribe?token=</c> shows the unsubscribe page; <c>POST</c> (what
/// mail clients send with <c>List-Unsubscribe=One-Click</c>) stops email alerts at once.
/// </summary>
public sealed class UnsubscribeFunction(SubscriberService subscribers, UnsubscribePages pages)
{
    /// <summary>Shows or performs the unsubscribe.</summary>
    [Function("Unsubscribe")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", Route = "api/unsubscribe")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = request.Query["token"].ToString();
        // The pages' one rule (PageResponder.UseLanguage): the subscriber's language when the link names one, else the
        // browser's (session 42: a link that is not valid spoke English to every browser here, not on /unsubscribe).
        PageResponder.UseLanguage(request, null, await subscribers.LanguageOfUnsubscribeTokenAsync(token, cancellationToken));
        if (HttpMethods.IsGet(request.Method))
        {
            return await pages.ShowAsync(token, null, cancellationToken);
        }

        // The RFC 8058 one-click POST of links already sent: a forged token keeps its problem answer.
        return subscribers.CanUnsubscribe(token)
            ? await pages.UnsubscribeAsync(token, cancellationToken)
            : Problems.Field(StatusCodes.Status403Forbidden, "Forbidden", "token", "the unsubscribe link is not valid or has expired.");
    }
}
