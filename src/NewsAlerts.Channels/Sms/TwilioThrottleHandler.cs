namespace NewsAlerts.Channels.Sms;

using System.Net;

/// <summary>
/// Turns HTTP 429 and 5xx answers into <see cref="TwilioUnavailableException"/> carrying <c>Retry-After</c>: the SDK's
/// <c>ApiException</c> keeps the status code but drops the headers, and the retry policy needs the wait.
/// </summary>
internal sealed class TwilioThrottleHandler(TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.TooManyRequests && (int)response.StatusCode < 500)
        {
            return response;
        }

        using (response)
        {
            throw new TwilioUnavailableException((int)response.StatusCode, RetryAfter(response));
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
