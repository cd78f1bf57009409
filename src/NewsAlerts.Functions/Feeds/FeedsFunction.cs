namespace NewsAlerts.Functions.Feeds;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Feeds.WebSub;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Validation;
using NewsAlerts.Functions.Http;

/// <summary>
/// The feed registry (editor key): <c>POST /api/feeds</c> adds a feed, <c>GET /api/feeds</c> lists them,
/// <c>GET /api/feeds/{id}</c> shows one with its health and its WebSub subscription, <c>PATCH /api/feeds/{id}</c> pauses, resumes or changes its
/// settings, <c>DELETE /api/feeds/{id}</c> removes it with its history. A URL whose host resolves to a refused address
/// (private, link-local, metadata; loopback unless <c>Feeds:AllowLoopback</c>), or that does not answer with a feed
/// when fetched once, is refused with 400 naming <c>url</c> and the reason; one whose address a feed already has
/// (<see cref="FeedAddress"/>) with 409 naming <c>url</c> and that feed's id (<see cref="FeedRegistrar"/>).
/// </summary>
public sealed class FeedsFunction(
    IFeedStore feeds, IWebSubStore webSub, WebSubSubscriptions subscriptions, FeedRegistrar registrar, IOptions<FeedOptions> options, TimeProvider time,
    FeedUrlGuard guard)
{
    /// <summary>
    /// Adds a feed after one fetch shows it is a feed; answers 201 with it, 400 naming <c>url</c> when the URL cannot work
    /// (refused address, "answered 404, not a feed", "is an HTML page, not a feed" with the feed it links, "did not answer
    /// within 10 s"), 409 naming <c>url</c> and the existing feed's id when the feed is registered already. The items of the
    /// registration's read are its baseline (<see cref="FeedBaseline"/>): they never alert, anything published after it does.
    /// </summary>
    [Function("AddFeed")]
    public async Task<IActionResult> AddAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/feeds")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await JsonBody.HandleAsync(request, "url", async (json, givenTwice) =>
        {
            var parsed = FeedRequestParser.Parse(json, adding: true, Floor).After(givenTwice);
            if (!parsed.IsValid)
            {
                return Problems.Invalid(await WithUrlRefusalAsync(json, parsed.Errors, cancellationToken));
            }

            var outcome = await registrar.RegisterAsync(parsed.Value!, cancellationToken);
            if (outcome.Refusal is { } refusal)
            {
                return Problems.Field(StatusCodes.Status400BadRequest, "The request is not valid.", "url", refusal);
            }

            if (outcome.RegisteredAs is { } existing)
            {
                var conflict = (ObjectResult)Problems.Field(
                    StatusCodes.Status409Conflict, "The feed is already registered.", "url", $"is already registered as feed '{existing}' (GET /api/feeds/{existing})");
                ((ProblemDetails)conflict.Value!).Extensions["feedId"] = existing;
                return conflict;
            }

            var entry = outcome.Added!;
            return new CreatedResult($"feeds/{entry.Registration.Id}", FeedView.Of(entry, time.GetUtcNow(), subscription: null));
        }, cancellationToken);
    }

    /// <summary>Lists every feed with its health and its WebSub subscription (the one-feed view's shape), oldest first.</summary>
    [Function("ListFeeds")]
    public async Task<IActionResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/feeds")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var all = await feeds.ListAsync(cancellationToken);
        var subscribed = await subscriptions.AllAsync(cancellationToken);
        var duplicates = FeedDuplicates.Of(all);
        return new OkObjectResult(new { feeds = all.Select(e => FeedView.Of(e, now, subscribed.GetValueOrDefault(e.Registration.Id), duplicates.GetValueOrDefault(e.Registration.Id))).ToList() });
    }

    /// <summary>One feed with its health and its WebSub subscription (<c>webSub</c>, null when none); 404 when there is none.</summary>
    [Function("GetFeed")]
    public async Task<IActionResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/feeds/{id}")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await feeds.GetAsync(IdOf(request), cancellationToken) is not { } entry)
        {
            return NotFound(request);
        }

        var subscription = await webSub.GetAsync(entry.Registration.Id, cancellationToken);
        return new OkObjectResult(FeedView.Of(entry, time.GetUtcNow(), subscription, await OlderAtItsAddressAsync(entry, cancellationToken)));
    }

    // The older feed that holds this one's address (registered or fetched) when both were registered there before address
    // claims existed (the claims' backfill gave it to the older): two point reads of the claims, not a list of all feeds.
    private async Task<string?> OlderAtItsAddressAsync(FeedEntry entry, CancellationToken cancellationToken)
    {
        Uri[] addresses = entry.State.Health.AddressHeldBy is null ? [entry.Registration.Url, entry.State.Url] : [entry.Registration.Url];
        foreach (var url in addresses.DistinctBy(FeedAddress.Normalise))
        {
            if (await feeds.HolderAsync(url, cancellationToken) is { } holder && holder != entry.Registration.Id)
            {
                return holder;
            }
        }

        return null;
    }

    /// <summary>
    /// Changes a feed: <c>paused</c>, <c>pollIntervalMinutes</c>, <c>urgency</c>, <c>language</c>, <c>source</c>,
    /// <c>subjects</c>; <c>"paused": true</c> with <c>pausedBy</c> says who paused it; <c>"paused": false</c> also resumes a
    /// feed that answered <c>410 Gone</c> (polled at once, also when a poll held the feed's lease: <see cref="FeedResumption"/>).
    /// </summary>
    [Function("ChangeFeed")]
    public async Task<IActionResult> ChangeAsync(
        [HttpTrigger(AuthorizationLevel.Function, "patch", Route = "api/feeds/{id}")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await JsonBody.HandleAsync(request, "paused", async (json, givenTwice) =>
        {
            var parsed = FeedRequestParser.Parse(json, adding: false, Floor).After(givenTwice);
            if (!parsed.IsValid)
            {
                return Problems.Invalid(parsed.Errors);
            }

            if (await feeds.GetAsync(IdOf(request), cancellationToken) is not { } entry)
            {
                return NotFound(request);
            }

            var now = time.GetUtcNow();
            var changed = parsed.Value!.ApplyTo(entry.Registration, now);
            if (!await feeds.SaveAsync(changed, cancellationToken))
            {
                return NotFound(request);
            }

            if (changed.Paused && !entry.Registration.Paused)
            {
                // The hub would push to a paused feed: unsubscribe (a resumed feed's next poll subscribes again).
                await subscriptions.EndAsync(changed.Id, cancellationToken);
            }

            if (parsed.Value!.Paused is false)
            {
                // A feed that answered 410 is not polled until an editor resumes it: due at once. The resume is on the
                // registration already; a poll holding the lease applies it as it ends (FeedResumption).
                await FeedResumption.ApplyAsync(feeds, changed.Id, now, time, cancellationToken);
                entry = await feeds.GetAsync(changed.Id, cancellationToken) ?? entry;
            }

            var subscription = await webSub.GetAsync(changed.Id, cancellationToken);
            return new OkObjectResult(FeedView.Of(entry with { Registration = changed }, time.GetUtcNow(), subscription));
        }, cancellationToken);
    }

    /// <summary>Removes a feed and its item history, and unsubscribes it at its WebSub hub; 204, or 404 when there is none.</summary>
    [Function("DeleteFeed")]
    public async Task<IActionResult> DeleteAsync(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "api/feeds/{id}")] HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await JsonBody.RefuseUnreadableAsync(request, cancellationToken) is { } unreadable)
        {
            return unreadable;
        }

        if (!await feeds.DeleteAsync(IdOf(request), cancellationToken))
        {
            return NotFound(request);
        }

        // After the registration is gone, so a poll under way cannot subscribe the feed again (EnsureAsync checks).
        await subscriptions.EndAsync(IdOf(request), cancellationToken);
        return new NoContentResult();
    }

    private TimeSpan Floor => TimeSpan.FromSeconds(options.Value.MinIntervalSeconds);

    private static string IdOf(HttpRequest request) => request.RouteValues["id"]?.ToString() ?? string.Empty;

    private static IActionResult NotFound(HttpRequest request) =>
        Problems.Field(StatusCodes.Status404NotFound, "Not found", "id", $"no feed '{IdOf(request)}'.");

    // Trial r33 #8: {"url": <unresolvable>, "urgency": 10} named only urgency, and the URL's refusal came on the next try.
    // Every field is judged at once: with other fields wrong, the URL is still checked by the guard (scheme, credentials,
    // every address its host resolves to), though not fetched: the one fetch is made only for a request that can register.
    private async Task<IReadOnlyList<FieldError>> WithUrlRefusalAsync(System.Text.Json.JsonElement json, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken)
    {
        if (errors.Any(e => e.Field == "url")
            || json.ValueKind != System.Text.Json.JsonValueKind.Object
            || !json.TryGetProperty("url", out var value) || value.ValueKind != System.Text.Json.JsonValueKind.String
            || !Uri.TryCreate(value.GetString()!.Trim(), UriKind.Absolute, out var url)
            || await guard.RefusalAsync(url, cancellationToken) is not { } refusal)
        {
            return errors;
        }

        return [.. errors, new FieldError("url", refusal)];
    }
}
