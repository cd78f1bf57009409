namespace NewsAlerts.Functions.Pages;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// <c>/unsubscribe</c>: <c>GET ?token=</c> shows one button (form fields <c>formToken</c>, <c>token</c>), or "already
/// unsubscribed" with the way back once it is; <c>POST</c> of that form stops email alerts and answers 303 to
/// <c>GET ?token=&amp;done=stopped</c> (the result, with the way back); the RFC 8058 one-click
/// <c>POST ?token=</c> stops them and shows the result itself.
/// </summary>
public sealed class UnsubscribePageFunction(UnsubscribePages pages, SubscriberService subscribers)
{
    /// <summary>Shows or performs the unsubscribe.</summary>
    [Function("UnsubscribePage")]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "post", Route = "unsubscribe")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The link came in an email in the subscriber's language: its pages speak it (here, where the culture flows down);
        // a link that is not valid speaks the browser's (PageResponder.UseLanguage, the one rule of every page).
        PageResponder.UseLanguage(request, null, request.Query["token"].ToString() is { Length: > 0 } token
            ? await subscribers.LanguageOfUnsubscribeTokenAsync(token, cancellationToken)
            : null);

        return HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            ? await ShowAsync(request, cancellationToken)
            : await pages.PostAsync(request, cancellationToken);
    }

    // A valid link shows its page (asking, or saying it is done, with the way back); an old result URL without one keeps its page.
    private Task<IActionResult> ShowAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var token = request.Query["token"].ToString();
        var done = request.Query[UnsubscribePages.Done].ToString();
        return subscribers.CanUnsubscribe(token) ? pages.ShowAsync(token, done, cancellationToken) : pages.DonePageAsync(done) ?? pages.ShowAsync(token, done, cancellationToken);
    }
}
