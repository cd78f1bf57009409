namespace NewsAlerts.Channels.Feeds;

using System.Globalization;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Core.Ports;

/// <summary>
/// Sends WebSub subscription requests (§5.1: a form POST of <c>hub.callback</c>, <c>hub.mode</c>, <c>hub.topic</c>,
/// <c>hub.lease_seconds</c>, <c>hub.secret</c>; an unsubscription sends only the first three) to hubs the <see cref="FeedUrlGuard"/> allows, through a client over
/// <see cref="FeedConnections.CreateHandler"/> (redirects off: a hub that redirects is not followed), one request at a
/// time per host like feed requests, with the same <c>User-Agent</c> and timeout.
/// </summary>
/// <param name="client">A client over the guarded handler with automatic redirects off.</param>
/// <param name="guard">Checks the hub's URL before the request.</param>
/// <param name="gate">One request at a time per host.</param>
/// <param name="timeout">The longest the request may take.</param>
/// <param name="userAgent">The <c>User-Agent</c>.</param>
public sealed class HttpWebSubHub(HttpClient client, FeedUrlGuard guard, HostGate gate, TimeSpan timeout, string userAgent) : IWebSubHub
{
    /// <inheritdoc />
    public async Task<string?> SubscribeAsync(WebSubRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await guard.RefusalAsync(request.Hub, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            return $"hub refused: {ShownUrl.Authority(request.Hub)} {refusal}";
        }

        using var pass = await gate.EnterAsync(request.Hub.IdnHost, cancellationToken).ConfigureAwait(false);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Post, request.Hub)
            {
                Content = new FormUrlEncodedContent(Form(request)),
            };
            message.Headers.TryAddWithoutValidation("User-Agent", userAgent);
            using var response = await client.SendAsync(message, deadline.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? null : $"hub answered {HttpStatusWords.Of((int)response.StatusCode)}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"hub timed out after {timeout.TotalSeconds:0} s";
        }
        catch (HttpRequestException exception) when (exception.InnerException is FeedAddressRefusedException refused)
        {
            return $"hub refused: {refused.Message}";
        }
        catch (HttpRequestException exception)
        {
            return $"hub network error: {NetworkErrorWords.Of(exception.HttpRequestError)}";
        }
    }

    private static List<KeyValuePair<string, string>> Form(WebSubRequest request)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("hub.callback", request.Callback.AbsoluteUri),
            new("hub.mode", request.Mode),
            new("hub.topic", request.Topic.AbsoluteUri),
        };
        if (request.Mode == WebSubRequest.Subscribe)
        {
            form.Add(new("hub.lease_seconds", request.LeaseSeconds.ToString(CultureInfo.InvariantCulture)));
            form.Add(new("hub.secret", request.Secret));
        }

        return form;
    }
}
