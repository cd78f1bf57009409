namespace NewsAlerts.Functions.Subscribers;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Functions.Http;

/// <summary>
/// "Stop everything" from the manage link: <c>POST /api/subscribers/{id}/stop</c> with the manage token puts every
/// contact of the subscriber on the suppression list, so no subscription sends to them again. It needs no body; one
/// that is not readable JSON is refused as everywhere in the API (<see cref="JsonBody.RefuseUnreadableAsync"/>).
/// </summary>
public sealed class StopEverythingFunction(SubscriberService subscribers)
{
    /// <summary>Stops every alert to the subscriber's contacts; answers the subscriber as it is now.</summary>
    [Function("StopEverything")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/subscribers/{id}/stop")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = SubscribersFunction.ManageToken(request);
        if (subscribers.RefuseWithoutAccess(SubscribersFunction.IdOf(request), token) is { } refused)
        {
            return SubscribersFunction.Answer(refused);
        }

        if (await JsonBody.RefuseUnreadableAsync(request, cancellationToken) is { } unreadable)
        {
            return unreadable;
        }

        return SubscribersFunction.Answer(await subscribers.StopEverythingAsync(SubscribersFunction.IdOf(request), token, cancellationToken), response: request.HttpContext.Response);
    }
}
