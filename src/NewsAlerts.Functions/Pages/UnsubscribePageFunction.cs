namespace NewsAlerts.Functions.Pages;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages.Languages;

/// <summary>
/// <c>/unsubscribe</c>: <c>GET ?token=</c> shows one button (form fields <c>formToken</c>, <c>token</c>); <c>POST</c>
/// of that form stops email alerts and answers 303 to <c>GET ?done=</c> (the result); the RFC 8058 one-click
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
        PageResponder.UseLanguage(request);
        if (request.Query["token"].ToString() is { Length: > 0 } token
            && await subscribers.LanguageOfUnsubscribeTokenAsync(token, cancellationToken) is { } language)
        {
            // The link came in an email in the subscriber's language: its pages speak it (here, where the culture flows down).
            PageCulture.Use(PageLanguage.ForSubscriber(language));
        }

        return HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            ? await (pages.DonePageAsync(request.Query[UnsubscribePages.Done].ToString()) ?? pages.ShowAsync(request.Query["token"].ToString()))
            : await pages.PostAsync(request, cancellationToken);
    }
}
