namespace NewsAlerts.Functions.Feeds;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using NewsAlerts.Channels.Feeds;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Functions.Http;

/// <summary>
/// A feed's WebSub callback, <c>/api/websub/{feedId}</c> (anonymous: hubs carry no key). <c>GET</c> answers the hub's
/// verification of intent by <see cref="WebSubRules.Verify"/>: the challenge only for the topic we asked for while our
/// request waits and with our callback's <c>state</c> query parameter, 404 otherwise. <c>POST</c> is a content distribution: ingested like a poll's body only with a valid
/// <c>X-Hub-Signature</c> of the raw body with the subscription's secret. A push with a missing or wrong signature is
/// refused with 403 and its body ignored. WebSub §8 says a subscriber should answer 2xx and ignore it; we refuse
/// instead so a forgery or a hub holding an old secret is visible to the hub's operator and ours, and a hub that
/// retries gets 403 again and changes nothing; polling (every <c>Feeds:WebSubFallbackPollMinutes</c>) still reads the feed.
/// A signed push that is not a feed (<see cref="WebSubPushVerdict"/>) is answered 202, ingests nothing and is recorded in
/// the feed's health (<see cref="WebSubSubscriptions.RecordPushErrorAsync"/>) as a failure that brings the next poll
/// forward (<see cref="WebSubPushFailures"/>).
/// </summary>
public sealed partial class WebSubFunction(
    WebSubSubscriptions subscriptions, FeedPoller poller, SubscriberSync subscribers, WebSubPushFailures pushFailures, ILogger<WebSubFunction> logger)
{
    /// <summary>The verification of intent (or a denial).</summary>
    [Function("WebSubVerify")]
    public async Task<IActionResult> VerifyAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/websub/{feedId}")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query;
        var verification = new WebSubVerification(
            Value(query["hub.mode"]), Value(query["hub.topic"]), Value(query["hub.challenge"]), Value(query["hub.lease_seconds"]), Value(query["hub.reason"]), Value(query["state"]));
        var verdict = await subscriptions.VerifyAsync(FeedIdOf(request), verification, cancellationToken);
        return verdict.Answer switch
        {
            WebSubAnswer.Confirm => new ContentResult { StatusCode = StatusCodes.Status200OK, ContentType = "text/plain; charset=utf-8", Content = verdict.Challenge },
            WebSubAnswer.Acknowledge => new OkResult(),
            _ => Problems.Field(StatusCodes.Status404NotFound, "Not found", "hub.topic", verdict.Reason ?? "not asked for"),
        };
    }

    /// <summary>A content distribution: the feed's new body, signed by the hub.</summary>
    [Function("WebSubPush")]
    public async Task<IActionResult> PushAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/websub/{feedId}")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > HttpFeedFetcher.MaxBodyBytes)
        {
            return TooLarge();
        }

        var body = await ReadAsync(request.Body, cancellationToken);
        if (body is null)
        {
            return TooLarge();
        }

        var feedId = FeedIdOf(request);
        var subscription = await subscriptions.GetAsync(feedId, cancellationToken);
        var signature = request.Headers["X-Hub-Signature"].ToString();
        if (subscription is null || !WebSubSignature.IsValid(signature.Length == 0 ? null : signature, body, subscription.Secret))
        {
            LogRefused(logger, feedId, signature.Length == 0 ? "missing" : "invalid");
            return Problems.Field(StatusCodes.Status403Forbidden, "Forbidden", "X-Hub-Signature", "missing, or not a signature of this body with this subscription's secret; the body was ignored.");
        }

        var charset = Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? type.Charset.Value : null;
        var document = FeedParser.Parse(body, charset, subscription.Topic);
        if (WebSubPushVerdict.Error(document) is { } notAFeed)
        {
            // WebSub §7: any answer but 2xx (or 410) makes the hub retry, and the same body would come again. Accepted,
            // set aside, and shown in the feed's health: counted as a failure there, with the next poll brought forward to
            // read the truth (trial r33 #9); its items are untouched.
            await subscriptions.RecordPushErrorAsync(subscription, notAFeed, cancellationToken);
            await pushFailures.RecordAsync(feedId, notAFeed, cancellationToken);
            LogNotAFeed(logger, feedId, notAFeed);
            return new AcceptedResult();
        }

        // A push may be a fresh instance's first request: matching against a matcher not yet loaded would alert
        // nobody and record the items as seen, so the next poll would not alert them either.
        await subscribers.EnsureLoadedAsync(cancellationToken);
        var counts = await poller.IngestPushedAsync(feedId, document, cancellationToken);
        await subscriptions.RecordPushAsync(subscription, cancellationToken);
        LogPushed(logger, feedId, document.Items.Count, counts is null ? 0 : counts.GetValueOrDefault(FeedItemOutcome.New) + counts.GetValueOrDefault(FeedItemOutcome.Changed));
        if (counts?.GetValueOrDefault(FeedItemOutcome.HeldBack) is > 0 and var held)
        {
            LogFlood(logger, feedId, held);
        }
        return new NoContentResult();
    }

    private static async Task<byte[]?> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > HttpFeedFetcher.MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static IActionResult TooLarge() => Problems.Field(StatusCodes.Status413PayloadTooLarge, "Payload too large", "$", "larger than 10 MiB.");

    private static string? Value(Microsoft.Extensions.Primitives.StringValues values) => values.Count == 0 ? null : values[0];

    private static string FeedIdOf(HttpRequest request) => request.RouteValues["feedId"]?.ToString() ?? string.Empty;

    [LoggerMessage(Level = LogLevel.Warning, Message = "WebSub push for feed {FeedId} refused: signature {Signature}")]
    private static partial void LogRefused(ILogger logger, string feedId, string signature);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WebSub push for feed {FeedId} set aside: {Reason}")]
    private static partial void LogNotAFeed(ILogger logger, string feedId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WebSub push for feed {FeedId}: {HeldBack} new items held back as a possible flood (past Feeds:MaxNewItemsPerRead); its health says so until an editor acknowledges it")]
    private static partial void LogFlood(ILogger logger, string feedId, int heldBack);

    [LoggerMessage(Level = LogLevel.Information, Message = "WebSub push for feed {FeedId}: {Items} items, {Alerted} alerted")]
    private static partial void LogPushed(ILogger logger, string feedId, int items, int alerted);
}
