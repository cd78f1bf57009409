namespace NewsAlerts.Functions.Http;

using System.Net;
using Microsoft.AspNetCore.Mvc;

/// <summary>
/// The few HTML pages people reach from links (confirm, unsubscribe). A GET only shows a button; the change is a
/// POST, so mail scanners that follow links change nothing.
/// </summary>
public static class Pages
{
    /// <summary>
    /// A page with a message and, when <paramref name="postTo"/> is given, one button that posts to it; when
    /// <paramref name="linkTo"/> is given (http or https only), a link to it reading <paramref name="linkText"/>.
    /// </summary>
    public static ContentResult Show(string title, string message, string? postTo = null, string? button = null, int status = 200, Uri? linkTo = null, string? linkText = null)
    {
        var link = linkTo is { IsAbsoluteUri: true } && (linkTo.Scheme == Uri.UriSchemeHttps || linkTo.Scheme == Uri.UriSchemeHttp)
            ? $"<p><a href=\"{WebUtility.HtmlEncode(linkTo.AbsoluteUri)}\">{WebUtility.HtmlEncode(linkText ?? linkTo.AbsoluteUri)}</a></p>"
            : string.Empty;
        var form = postTo is null
            ? string.Empty
            : $"<form method=\"post\" action=\"{WebUtility.HtmlEncode(postTo)}\"><button type=\"submit\">{WebUtility.HtmlEncode(button ?? "Confirm")}</button></form>";
        return new ContentResult
        {
            StatusCode = status,
            ContentType = "text/html; charset=utf-8",
            Content = $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">" +
                      $"<title>{WebUtility.HtmlEncode(title)}</title></head><body><h1>{WebUtility.HtmlEncode(title)}</h1>" +
                      $"<p>{WebUtility.HtmlEncode(message)}</p>{link}{form}</body></html>",
        };
    }
}
