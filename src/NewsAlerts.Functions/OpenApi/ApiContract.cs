namespace NewsAlerts.Functions.OpenApi;

using static NewsAlerts.Functions.OpenApi.ApiSecurity;

/// <summary>
/// The JSON API's contract, in one place: every HTTP function whose route starts with <c>api/</c> (the pages, their
/// assets and the catch-all <c>RouteNotFound</c> answer HTML or nothing of their own and are left out), its methods,
/// request body and answers. <see cref="OpenApiDocumentFactory"/> turns it into <c>/api/openapi.json</c>; a test holds it
/// to the built <c>functions.metadata</c> both ways, so a new function without an entry here fails the build's tests.
/// </summary>
public static class ApiContract
{
    /// <summary>The route prefix of the documented functions.</summary>
    public const string ApiPrefix = "api/";

    /// <summary>
    /// Functions under <see cref="ApiPrefix"/> that are not operations: the catch-all answering 404 problems, and the
    /// short link's damaged shapes (<c>api/a</c>, <c>api/a/{code}/...</c>), which answer only "not found" (a page to a
    /// browser, a problem to an API client).
    /// </summary>
    public static readonly IReadOnlyList<string> NotOperations = ["RouteNotFound", "ShortLinkCut", "ShortLinkLonger"];

    private static readonly ApiAnswer Invalid = new(400, "A field is not valid: `errors` names each field and its reasons.", ApiSchemas.ValidationProblem);
    private static readonly ApiAnswer NoKey = new(401, "The function key is missing or wrong.", ApiSchemas.Problem);
    private static readonly ApiAnswer NotEditor = new(401, "Not signed in as an editor, or the bearer token is not valid (`WWW-Authenticate: Bearer`).", ApiSchemas.Problem);
    private static readonly ApiAnswer Forbidden = new(403, "The token is not valid for this (expired, altered, another subscriber's, not an editor): `errors` names it (`token`, or `code`).", ApiSchemas.ValidationProblem);
    private static readonly ApiAnswer NotFound = new(404, "There is no such resource: `errors` names the path's field (`id`, `code`) or `$`.", ApiSchemas.ValidationProblem);
    private static readonly (string, string)[] ETag = [("ETag", "The subscriber's version (a strong entity tag): send it back in If-Match to change only what you read.")];
    private static readonly (string, string)[] IfMatch = [("If-Match", "Optional: the ETag of the subscriber as read; the change is made only while that version is current, else 412.")];
    private static readonly ApiAnswer Stale = new(412, "If-Match names a version that is no longer current (changed since: another tab, a STOP text): nothing was changed; the ETag header is the current version.", ApiSchemas.ValidationProblem, Headers: ETag);
    private static readonly ApiAnswer TooLarge = new(413, "The body is larger than allowed (errors names `$`).", ApiSchemas.ValidationProblem);
    private static readonly ApiAnswer Unsupported = new(415, "The body is not of the expected media type (errors names `$`).", ApiSchemas.ValidationProblem);
    private static readonly ApiAnswer TooMany = new(429, "Too many requests from here (`Retry-After` says when to try again).", ApiSchemas.Problem);

    /// <summary>
    /// Every documented operation, grouped by tag. Errors are problem+json, except the GETs a person reaches from a link
    /// in an email or SMS (a short link, a confirm or unsubscribe link), which answer an HTML page.
    /// </summary>
    public static IReadOnlyList<ApiOperation> Operations { get; } =
    [
        new("PublishArticle", "POST", "api/articles", "Articles", "Publish (or with ?dryRun=true preview) an article: ninjs-style JSON; answers its reach and sample explanations.",
            FunctionKey, ApiSchemas.Article,
            [new(200, "Ingested (or previewed): the version decision, reach by channel and sample explanations.", ApiSchemas.IngestResult), Invalid, NoKey,
             new(404, "A withdrawal or correction names a story never published here.", ApiSchemas.ValidationProblem),
             new(409, "The version is older than the stored one, or the story was withdrawn (`errors` names `version` or `pubstatus`).", ApiSchemas.ValidationProblem), TooLarge, Unsupported],
            Query: [("dryRun", "true: answer the reach without storing or sending anything.")]),
        new("ArticleLink", "GET", "api/a/{code}", "Articles", "Follow an alert's short link to the article (or a notice when it was withdrawn or corrected).",
            None, null,
            [new(302, "Redirect to the article's URL."), new(410, "The story was withdrawn or corrected: an HTML notice.", MediaType: "text/html"),
             new(400, "The code is not a short link code (`errors.code`).", ApiSchemas.ValidationProblem), NotFound]),
        new("AddFeed", "POST", "api/feeds", "Feeds", "Register an RSS, Atom or JSON Feed to poll.", FunctionKey, ApiSchemas.FeedRequest,
            [new(201, "Registered.", ApiSchemas.Feed), Invalid, NoKey,
             new(409, "A feed with the same address (another spelling of the URL) is registered: the problem names url (errors.url) and its id.", ApiSchemas.ValidationProblem)]),
        new("ListFeeds", "GET", "api/feeds", "Feeds", "List the feeds with their health.", FunctionKey, null, [new(200, "The feeds.", ApiSchemas.FeedList), NoKey]),
        new("GetFeed", "GET", "api/feeds/{id}", "Feeds", "Read one feed and its health.", FunctionKey, null, [new(200, "The feed.", ApiSchemas.Feed), NoKey, NotFound]),
        new("ChangeFeed", "PATCH", "api/feeds/{id}", "Feeds", "Change a feed's interval, urgency, language, source, subjects or pause it.", FunctionKey, ApiSchemas.FeedRequest,
            [new(200, "Changed.", ApiSchemas.Feed), Invalid, NoKey, NotFound]),
        new("DeleteFeed", "DELETE", "api/feeds/{id}", "Feeds", "Stop polling a feed and forget it.", FunctionKey, null, [new(204, "Deleted."), NoKey, NotFound]),
        new("WebSubVerify", "GET", "api/websub/{feedId}", "Feeds", "WebSub hub's verification of a subscription (answers hub.challenge).", None, null,
            [new(200, "The challenge, as plain text (or an empty acknowledgement).", MediaType: "text/plain"), new(404, "Not asked for this feed.", ApiSchemas.ValidationProblem)],
            Query: [("hub.mode", "subscribe or unsubscribe."), ("hub.topic", "The feed URL."), ("hub.challenge", "Text to echo."), ("hub.lease_seconds", "The lease.")]),
        new("WebSubPush", "POST", "api/websub/{feedId}", "Feeds", "WebSub hub's content push, signed with X-Hub-Signature.", None, null,
            [new(204, "Taken for ingestion."), new(202, "Signed but not a feed (an error page, an empty body): set aside and shown in the feed's health."), new(403, "Missing or wrong X-Hub-Signature.", ApiSchemas.ValidationProblem), NotFound, TooLarge],
            RequestMediaType: "application/xml"),
        new("TopicCompose", "GET", "api/topics/compose", "Subscribers", "Compose a topic from the topic builder's fields (the sign-up page's live preview) and check it.",
            None, null,
            [new(200, "The composed topic, and where it fails to parse if it does.", ApiSchemas.ComposedTopic), new(400, "A field is longer than allowed.", ApiSchemas.Problem)],
            Query: [("all", "All of these words."), ("phrase", "This exact phrase."), ("any", "Any of these words (commas keep several together)."),
                ("none", "None of these words."), ("in", "anywhere, headline or body."), ("subject", "A subject (IPTC name or code).")]),
        new("CreateSubscriber", "POST", "api/subscribers", "Subscribers", "Sign up: contacts, topics and preferences; confirmations are sent.", None, ApiSchemas.SubscriberRequest,
            [new(202, "Sign-up started: confirm by the emailed link or the texted code.", ApiSchemas.SignUpStarted), Invalid, TooMany, TooLarge, Unsupported]),
        new("GetSubscriber", "GET", "api/subscribers/{id}", "Subscribers", "Read a subscriber (manage token).", ManageToken, null,
            [new(200, "The subscriber.", ApiSchemas.Subscriber, Headers: ETag), new(302, "A browser following a manage link is sent to the preference centre."), Forbidden, NotFound]),
        new("ReplaceSubscriberTopics", "PUT", "api/subscribers/{id}/topics", "Subscribers", "Replace the subscriber's topics.", ManageToken, ApiSchemas.TopicsChange,
            [new(200, "The subscriber, with warnings about topics.", ApiSchemas.Subscriber, Headers: ETag), Invalid, Forbidden, NotFound, Stale], Headers: IfMatch),
        new("ChangeSubscriberSettings", "PATCH", "api/subscribers/{id}", "Subscribers", "Change time zone, language, SMS urgency threshold or delivery preferences; a new email or phone is confirmed before it replaces the old one.", ManageToken, ApiSchemas.SettingsChange,
            [new(200, "The subscriber.", ApiSchemas.Subscriber, Headers: ETag), new(202, "A new email or phone waits for confirmation (link or code).", ApiSchemas.SignUpStarted), Invalid, Forbidden, NotFound, Stale,
             new(409, "The new number replied STOP: only START from it lifts that (errors.phone).", ApiSchemas.ValidationProblem), TooMany], Headers: IfMatch),
        new("DeleteSubscriber", "DELETE", "api/subscribers/{id}", "Subscribers", "Erase the subscriber (their contacts stay suppressed).", ManageToken, null,
            [new(204, "Erased."), Forbidden, NotFound]),
        new("StopEverything", "POST", "api/subscribers/{id}/stop", "Subscribers", "Stop every alert on every channel.", ManageToken, null,
            [new(200, "Stopped: the subscriber.", ApiSchemas.Subscriber), Forbidden, NotFound]),
        new("ResendSubscriberConfirmations", "POST", "api/subscribers/{id}/resend", "Subscribers", "Send new confirmations for unconfirmed contacts.", ManageToken, ApiSchemas.Resend,
            [new(202, "Sent.", ApiSchemas.SignUpStarted), Invalid, Forbidden, NotFound, new(409, "Every contact is confirmed already (errors.pending), or (with channel) that channel's while the other waits (errors.channel).", ApiSchemas.ValidationProblem), TooMany, TooLarge, Unsupported],
            RequestOptional: true),
        new("ConfirmEmail", "GET", "api/sign-ups/{signUpId}/confirm-email", "Sign-ups", "The emailed confirmation link: a browser is sent to the confirm page, whose button confirms; a GET never confirms.", None, null,
            [new(303, "A browser (any Accept but JSON without HTML) is sent to the confirm page, /confirm?signUp=&token=.", Headers: [("Location", "The confirm page of this sign-up and token.")]),
             new(406, "An API client (Accept naming application/json or problem+json and not text/html): `errors.Accept` says to POST the token to this URL to confirm.", ApiSchemas.ValidationProblem)],
            Query: [("token", "The signed confirmation token from the email.")]),
        new("ConfirmEmail", "POST", "api/sign-ups/{signUpId}/confirm-email", "Sign-ups", "Confirm an email address (token in the query, the JSON body or a form field; in both only when the same).", None, ApiSchemas.ConfirmEmail,
            [new(200, "Confirmed: the subscriber, its manage URL and manage token.", ApiSchemas.Confirmed), Invalid, Forbidden, NotFound,
             new(409, "Too many topics to confirm (errors.topics).", ApiSchemas.ValidationProblem)],
            Query: [("token", "The signed confirmation token from the email.")], RequestOptional: true),
        new("ConfirmSms", "POST", "api/sign-ups/{signUpId}/confirm-sms", "Sign-ups", "Confirm a phone number with the texted code.", None, ApiSchemas.ConfirmSms,
            [new(200, "Confirmed: the subscriber, its manage URL and manage token.", ApiSchemas.Confirmed), Invalid, Forbidden, NotFound, TooMany]),
        new("ResendConfirmations", "POST", "api/sign-ups/{signUpId}/resend", "Sign-ups", "Send the sign-up's confirmations again (the same answer whether or not the sign-up exists or waits).", None, ApiSchemas.Resend,
            [new(202, "Taken: what still waits is sent again.", ApiSchemas.SignUpStarted), Invalid, TooMany, TooLarge, Unsupported], RequestOptional: true),
        new("Unsubscribe", "GET", "api/unsubscribe", "Subscribers", "The unsubscribe link of an email (a browser is shown the unsubscribe page).", None, null,
            [new(200, "The unsubscribe page.", MediaType: "text/html"), new(403, "The link is not valid: a page saying so.", MediaType: "text/html")], Query: [("token", "The signed unsubscribe token.")]),
        new("Unsubscribe", "POST", "api/unsubscribe", "Subscribers", "RFC 8058 one-click unsubscribe (List-Unsubscribe=One-Click).", None, null,
            [new(200, "Unsubscribed: a short HTML page.", MediaType: "text/html"), Forbidden], RequestMediaType: "application/x-www-form-urlencoded", Query: [("token", "The signed unsubscribe token.")]),
        new("TwilioInbound", "POST", "api/twilio/inbound", "Webhooks", "Twilio's inbound SMS webhook (STOP, START, HELP), signed with X-Twilio-Signature.", None, null,
            [new(200, "TwiML reply.", MediaType: "application/xml"), Invalid, new(403, "Missing or wrong X-Twilio-Signature (errors names it).", ApiSchemas.ValidationProblem), TooLarge, Unsupported],
            RequestMediaType: "application/x-www-form-urlencoded"),
        new("TwilioStatus", "POST", "api/twilio/status", "Webhooks", "Twilio's message status callback (delivered, failed, undelivered).", None, null,
            [new(204, "Recorded."), new(400, "MessageSid or MessageStatus is missing (errors names it).", ApiSchemas.ValidationProblem), new(403, "Missing or wrong X-Twilio-Signature (errors names it).", ApiSchemas.ValidationProblem), TooLarge, Unsupported],
            RequestMediaType: "application/x-www-form-urlencoded"),
        new("Health", "GET", "api/health", "Operations", "Readiness: storage, queues and the matching index.", None, null,
            [new(200, "Healthy, or degraded (a setting to fix, named in the dependency's detail).", ApiSchemas.Health), new(503, "Not healthy: which check failed.", ApiSchemas.Health)]),
        new("Liveness", "GET", "api/health/live", "Operations", "Liveness: the process answers.", None, null, [new(200, "Alive.", ApiSchemas.Liveness)]),
        new("OpenApiDocument", "GET", "api/openapi.json", "Operations", "This document.", None, null, [new(200, "The OpenAPI 3.1 document.", MediaType: "application/json")]),
        new("EditorMe", "GET", "api/editor/me", "Editors", "Who the signed-in editor is (the console's JSON calls use the same gate).", Editor, null,
            [new(200, "The editor.", ApiSchemas.Editor), NotEditor, new(403, "Signed in, but not an editor (no Editor role, a subscriber's token, the function key).", ApiSchemas.Problem)]),
    ];
}
