namespace NewsAlerts.Functions.OpenApi;

using Microsoft.OpenApi;
using NewsAlerts.Core.Policy;

/// <summary>
/// The request and answer shapes of the JSON API, as OpenAPI component schemas (JSON Schema 2020-12 in OpenAPI 3.1).
/// Property names are the ones the parsers read and the views write (camelCase, ninjs names for articles); errors are
/// RFC 9457 problem+json (<see cref="Problem"/>, with <c>errors</c> per field in <see cref="ValidationProblem"/>).
/// </summary>
public static class ApiSchemas
{
#pragma warning disable CS1591 // The names are the schemas' own; each is described where it is built below.
    public const string Problem = "Problem";
    public const string ValidationProblem = "ValidationProblem";
    public const string Article = "Article";
    public const string IngestResult = "IngestResult";
    public const string FeedRequest = "FeedRequest";
    public const string Feed = "Feed";
    public const string FeedList = "FeedList";
    public const string Topic = "Topic";
    public const string Preferences = "Preferences";
    public const string SubscriberRequest = "SubscriberRequest";
    public const string TopicsChange = "TopicsChange";
    public const string SettingsChange = "SettingsChange";
    public const string SignUpStarted = "SignUpStarted";
    public const string Subscriber = "Subscriber";
    public const string ConfirmEmail = "ConfirmEmail";
    public const string ConfirmSms = "ConfirmSms";
    public const string Confirmed = "Confirmed";
    public const string Health = "Health";
    public const string Liveness = "Liveness";
    public const string Editor = "Editor";
    public const string ComposedTopic = "ComposedTopic";
    public const string Resend = "Resend";
#pragma warning restore CS1591

    // The one rule for digits in the API's times and dates (README "Delivery preferences"; Core TypedDigits).
    private const string AnyDigits = "digits of any script are read as 0-9 (\"٢٢:٣٠\" and \"۲۲:۳۰\" are 22:30), as on the pages.";

    // Every frequency the preferences parser reads, from the one enum, so the document cannot leave one out.
    private static readonly string FrequencyText =
        $"{string.Join(", ", Enum.GetNames<EmailFrequency>().Select(n => $"`{n.ToLowerInvariant()}`"))}: every story at once, or an hourly, daily or weekly digest.";

    /// <summary>Adds every schema to <paramref name="document"/>'s components (references point into it).</summary>
    public static void Register(OpenApiDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        IOpenApiSchema Ref(string name) => new OpenApiSchemaReference(name, document);
        var schemas = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
        {
            [ComposedTopic] = Object("A topic composed from the topic builder's fields, with the parser's verdict.", ["topic"],
                ("topic", Text("The composed topic in the topic language (empty when every field is empty).")),
                ("error", Object("Null when the topic parses; else where it fails.", [],
                    ("field", Text("The builder field at fault (all, phrase, any, none, in, subject).")), ("column", Integer("1-based column within that field.")),
                    ("reason", Text("The parser's reason.")), ("message", Text("A sentence for people.")))),
                ("warnings", Array(Object("What to know about a topic that parses (as the sign-up answer's warnings): one that can never match, a subject no IPTC media topic has...", [],
                    ("reason", Text("The API's sentence, as in the sign-up answer.")), ("message", Text("The page's sentence, in the page's language.")))))),
            [Problem] = Object("RFC 9457 problem details (application/problem+json); the detail names the field and the reason.", [],
                ("type", Text("A URI naming the kind of problem.")), ("title", Text("A short summary.")), ("status", Integer("The HTTP status.")),
                ("detail", Text("`field: reason` for this occurrence.")), ("instance", Text("The request path.")), ("traceId", Text("The trace id, for support."))),
            [ValidationProblem] = new OpenApiSchema
            {
                Description = "A problem about named fields: `errors` maps each field (a JSON path such as `topics[1]`, or `$` for the body) to its reasons.",
                AllOf = [Ref(Problem), Object("The invalid fields.", [], ("errors", new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = Array(Text("A reason.")) }))],
            },
            [Article] = Object("An article, IPTC ninjs-style (other ninjs fields are ignored).", ["headline"],
                ("uri", Text("The story's id (also `id`); versions of one story share it. At most 300 bytes of UTF-8, one line (ArticleIds).")), ("version", new OpenApiSchema { Description = "The version, increasing: a whole number from 1, or the same as text (`\"3\"`), as ninjs writes it.", OneOf = [Text("The number as text."), Integer("The number.")] }),
                ("headline", Text("The headline.")), ("body_text", Text("Plain text body.")), ("body", Text("Body (HTML or text).")),
                ("description_text", Text("A summary.")), ("byline", Text("The author.")), ("urgency", Integer("1 (most urgent, breaking) .. 9.")),
                ("language", Text("BCP 47 language tag.")), ("subject", Bounded(NewsAlerts.Core.Validation.JsonFields.MaxSubjects, new OpenApiSchema
                {
                    Description = "A ninjs subject (also `subjects`): a string, or an object; any other member is refused, 400 naming it.",
                    OneOf = [Text("The subject's code or name."), Object("A ninjs subject object; each member of its ninjs type, else 400 naming it (`subject[0].code`).", [],
                        [.. NewsAlerts.Core.Validation.JsonFields.SubjectMembers.Select(m => (m, (IOpenApiSchema)(m is "relevance" or "confidence" ? Integer("ninjs " + m + ", not read.") : Text(m is "code" or "uri" or "qcode" or "name" ? "Read: " + m + "." : "ninjs " + m + ", not read."))))])],
                })),
                ("versioncreated", DateTime("When this version was made (also `firstcreated`, `published`).")), ("url", Text("The article's web address.", "uri")),
                ("pubstatus", Text("`usable` (default) or `canceled` (withdrawn, with `ednote`).")), ("source", Text("The publisher (also `copyrightholder`).")),
                ("ednote", Text("The note to readers of a withdrawal: at most 500 characters, no control or bidi characters.")),
                ("correction", Object("A correction (NewsAlerts' own member; any other member is refused, 400 naming it).", ["kind"],
                    ("kind", Text("`major` (follow-ups go to earlier recipients; a note is required) or `minor`.")),
                    ("note", Text("What earlier recipients are told: at most 500 characters, no control or bidi characters."))))),
            [IngestResult] = Object("What publishing did or would do.", [],
                ("articleId", Text("The story.")), ("version", Integer("The version received.")),
                ("decision", Named<NewsAlerts.Core.Articles.VersionDecision>("What this version is: a new story, a duplicate, a correction, an upgrade (more urgent), a withdrawal, stale (older than the stored version), ...")),
                ("reach", Reach()),
                ("samples", Array(Object("A match: the topic and why it matched, and how it reaches the subscriber.", [],
                    ("subscriberId", Text("The subscriber matched.")), ("topic", Text("Their topic that matched (contacts masked).")), ("reason", Text("Why it matched, in words.")),
                    ("ways", Array(Named<NewsAlerts.Core.Articles.SampleWay>(
                        "How the plan reaches them, as the editor console words it: `emailNow` an email now, `textNow` a text now, `textLater` a text when their quiet hours end, `digest` an entry in their next email digest.")))))),
                ("dryRun", Boolean("True when nothing was stored or sent."))),
            [FeedRequest] = Object("A feed to register (POST: `url` required) or change (PATCH: any but `url`).", [],
                ("url", Text("The feed's http(s) URL.", "uri")), ("pollIntervalMinutes", Integer("How often to poll.")), ("urgency", Integer("Urgency given to its items, 1..9.")),
                ("language", Text("Fallback BCP 47 language.")), ("source", Text("Publisher name in alerts.")),
                ("subjects", new OpenApiSchema { Type = JsonSchemaType.Object, Description = "Feed category to subject.", AdditionalProperties = Text("The subject.") }),
                ("paused", Boolean("PATCH only: pause or resume polling.")),
                ("pausedBy", Text("PATCH only, with `paused: true`: who pauses the feed (up to 100 characters), shown as `pausedBy`.")),
                ("floodAcknowledged", Boolean("PATCH only, `true`: the editor has looked at the flood `health.flood` shows, which is then no longer shown."))),
            [Feed] = Object("A registered feed and its health.", [],
                ("id", Text("The feed's id.")), ("url", Text("The URL registered.")), ("fetchedFrom", Text("Where it is fetched now.")),
                ("pollIntervalMinutes", Integer("Poll interval.")), ("urgency", Integer("Urgency of its items.")), ("language", Text("Fallback language.")),
                ("source", Text("Publisher name.")), ("subjects", new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = Text("The subject.") }),
                ("paused", Boolean("Whether polling is paused.")), ("pausedBy", Text("Who paused it (`pausedBy` of the pause; `dev --no-demo` for the demo's feeds), or null.")),
                ("pausedAt", DateTime("When it was paused, or null.")), ("createdAt", DateTime("When registered.")),
                ("health", Object("Last success, last error, failures, next poll, flagged.", [],
                    ("nextPoll", DateTime("When the feed is polled next; null when it is not polled (see `polling`).")),
                    ("polling", Named<NewsAlerts.Core.Feeds.FeedPollingState>("Whether the feed is polled: `scheduled` (at `nextPoll`), `paused` (until resumed) or `gone` (it answered 410 Gone, until an editor resumes it).")),
                    ("pollingText", Text("The same in words: `next poll at 2026-12-03 17:05 UTC`, `not polled: gone (410) since 2026-12-03 17:00 UTC`.")),
                    ("goneSince", DateTime("When the feed answered 410 Gone, or null.")),
                    ("flood", Text("The last read past `Feeds:MaxNewItemsPerRead` in words (`6,000 new items in one read: 50 alerted, 5,950 held back as a possible flood at ...`), or null.")),
                    ("readInPart", Text("What the last read could not read of a body it read in part (cut at 10 MiB, damaged after some items), or null.")))),
                ("webSub", Object("GET /api/feeds/{id} only: the WebSub subscription, or null.", [],
                    ("hub", Text("The hub's URL.", "uri")), ("state", Text("`pending`, `active`, `failed`, `lapsed` or `unsubscribing`.")),
                    ("requestedAt", DateTime("When the last request was sent.")), ("leaseUntil", DateTime("When the verified lease lapses.")),
                    ("lastPushAt", DateTime("When the hub last pushed a signed body, a feed or not.")), ("lastError", Text("Why the last request failed or was denied.")),
                    ("lastPushError", Text("Why the push at `lastPushAt` was set aside (not a feed), or null when it was a feed."))))),
            [FeedList] = Object("The feeds.", ["feeds"], ("feeds", Array(Ref(Feed)))),
            [Topic] = new OpenApiSchema
            {
                Description = "A topic: query text such as `Syria AND (ceasefire OR truce)`, or an object.",
                OneOf = [Text("The topic's query."), Object("A topic with options.", ["text"], ("text", Text("The query.")), ("exact", Boolean("Match words exactly (no stemming).")), ("language", Text("BCP 47 language of the topic.")))],
            },
            [Preferences] = Object("Delivery preferences: email frequency and digest time, quiet hours, daily caps, channels on or off, per-topic overrides.", [],
                ("email", Object("Email timing.", [], ("frequency", Frequency()), ("at", Text("Digest time HH:mm (daily and weekly); " + AnyDigits)), ("weekday", Weekday()))),
                ("quietHours", Object(QuietHours.Meaning, [], ("start", Text("HH:mm; " + AnyDigits)), ("end", Text("HH:mm; " + AnyDigits)), ("flashThrough", Boolean(QuietHours.FlashThroughMeaning)))),
                ("caps", Object("Most alerts per day by channel.", [], ("email", Integer("Emails per day.")), ("sms", Integer("Texts per day.")))),
                ("channels", Object(
                    "Whether emails and texts go at all (both on by default). A STOP reply still wins: texts turned on reach a number that replied STOP only after it texts START. "
                    + "Turning off every channel the subscriber has is refused (`preferences.channels.sms` or `.email`): that is stop everything, `DELETE /api/subscribers/{id}`.", [],
                    ("email", Boolean("Emails on (alerts and digests) or off.")), ("sms", Boolean("Texts on or off.")))),
                ("topics", new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Per-topic overrides keyed by the subscriber's topic id (t1, t2...); null removes one.",
                    AdditionalProperties = Object("A topic's overrides.", [],
                        ("email", Object("Email timing for this topic.", [], ("frequency", Frequency()), ("at", Text("Digest time HH:mm; " + AnyDigits)), ("weekday", Weekday()))),
                        ("smsMaxUrgency", Integer("Text only for urgency up to this, 1..9."))),
                })),
            [SubscriberRequest] = Object("A sign-up: an email address or a phone number (or both), topics and settings.", ["topics"],
                ("email", Text("Email address.", "email")), ("phone", Text("Mobile number: E.164 (+ and the country code); written as usual in the country when Sms:AllowedCountries names only one (07400 123456 for GB), stored in E.164.")), ("topics", Bounded(MaxTopics, Ref(Topic))),
                ("timeZone", Text("IANA time zone, e.g. Europe/London.")), ("smsMaxUrgency", Integer("Text only for urgency up to this, 1..9.")),
                ("language", Text($"The subscriber's language (emails, texts, pages; the topics' default): a BCP 47 tag whose language is one of {string.Join(", ", NewsAlerts.Core.Texts.TextLanguages.Offered)}, else 400.")), ("languages", Bounded(MaxLanguages, Text("Other article languages to match in."))), ("preferences", Ref(Preferences))),
            [TopicsChange] = Object("The new topics (the only member; any other is refused, 400 naming it).", ["topics"], ("topics", Bounded(MaxTopics, Ref(Topic)))),
            [SettingsChange] = Object("Settings to change; absent fields stay.", [],
                ("timeZone", Text("IANA time zone.")), ("smsMaxUrgency", Integer("1..9.")), ("language", Text($"BCP 47 tag of one of {string.Join(", ", NewsAlerts.Core.Texts.TextLanguages.Offered)}, else 400.")), ("preferences", Ref(Preferences)),
                ("email", Text("A new email address: confirmed by its link before it replaces the old one.")), ("phone", Text("A new mobile number, read as at sign-up (E.164, or as written in the one allowed country): confirmed by its code before it replaces the old one.")),
                ("languages", Bounded(MaxLanguages, Text("Other article languages to match in (replaces the list)."))),
                (NewsAlerts.Core.Pausing.PauseChange.Field, Pause())),
            [SignUpStarted] = Object("A sign-up waiting for confirmation.", ["signUpId"],
                ("signUpId", Text("The sign-up's id.")), ("pending", Array(Text("Channels awaiting confirmation."))),
                ("notSent", Array(Text("Channels whose confirmation could not be sent now."))), ("warnings", Array(Object("A warning about a topic.", [])))),
            [Subscriber] = Object("A subscriber.", ["id"],
                ("id", Text("The id.")), ("email", Text("Email address.")), ("emailStatus", Named<NewsAlerts.Core.Subscribers.ContactStatus>(ContactStatusText)), ("phone", Text("Phone (E.164).")),
                ("smsStatus", Named<NewsAlerts.Core.Subscribers.ContactStatus>(ContactStatusText)), ("timeZone", Text("IANA time zone.")), ("topics", Array(Ref(Topic))), ("smsMaxUrgency", Integer("SMS threshold.")),
                ("createdAt", DateTime("Sign-up time.")), ("preferences", Ref(Preferences)), ("language", Text("BCP 47.")), ("languages", Array(Text("Other languages."))),
                ("warnings", Array(Object("A warning about a topic.", []))),
                ("notices", Array(Object("What a change did otherwise than asked, e.g. a daily cap that counts from now because the day's history could not be read (left out when none).", [],
                    ("field", Text("The field, e.g. `preferences.caps`.")), ("reason", Text("What happened to it.")))))),
            [ConfirmEmail] = Object("The emailed confirmation token (or in the query); any other member is refused.", [], ("token", Text("The token."))),
            [ConfirmSms] = Object("The texted code.", ["code"], ("code", Text("Six digits."))),
            [Resend] = Object("Optional (no body, or `{}`, sends every channel still pending); any other member is refused.", [],
                (Functions.Subscribers.ResendBody.Field, new OpenApiSchema
                {
                    Type = JsonSchemaType.String, Description = "Send only this channel's link (`email`) or code (`sms`) again; the other's keeps working.",
                    Enum = [.. Functions.Subscribers.ResendBody.Channels.Select(c => (System.Text.Json.Nodes.JsonNode)c)],
                })),
            [Confirmed] = Object("A confirmed subscriber and how to manage it.", ["subscriber"],
                ("subscriber", Ref(Subscriber)), ("manageUrl", Text("The preference centre link.", "uri")), ("manageToken", Text("The manage token (Authorization: Bearer).")),
                ("added", Object("Set when the sign-up only added topics to the subscriber that had this address or number confirmed already (its settings kept); null otherwise.", ["topics", "notApplied"],
                    ("topics", Array(Text("A topic added (those followed already are not listed)."))),
                    ("notApplied", Array(Text("A choice of the sign-up that differs from the subscriber's and was not applied, named as its member: `timeZone`, `language`, `languages`, `preferences.email`, `preferences.quietHours`, `smsMaxUrgency`, `preferences.caps`, `preferences.topics`.")))))),
            [Health] = Object("Readiness.", ["status"], ("status", Text("`healthy`, `degraded` (200: it serves, but a dependency's detail names a setting to fix, e.g. texts refused for our Twilio configuration) or `unhealthy` (503).")), ("version", Text("App version.")),
                ("checkedAt", DateTime("When.")), ("dependencies", Array(Object("One dependency's status.", [])))),
            [Liveness] = Object("Liveness.", ["status"], ("status", Text("`alive`.")), ("version", Text("App version.")), ("checkedAt", DateTime("When."))),
            [Editor] = Object("The signed-in editor.", ["id", "name", "source"],
                ("id", Text("Entra ID object id, or `dev:{name}`.")), ("name", Text("Display name.")), ("source", Named<Functions.Editors.EditorSource>("How the editor signed in: the platform's sign-in, a bearer token, the local sign-in or Microsoft's sign-in."))),
        };
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas = schemas;
    }

    private static OpenApiSchema Object(string description, string[] required, params (string Name, IOpenApiSchema Schema)[] properties) => new()
    {
        Type = JsonSchemaType.Object,
        Description = description,
        Properties = properties.ToDictionary(p => p.Name, p => p.Schema, StringComparer.Ordinal),
        Required = new HashSet<string>(required, StringComparer.Ordinal),
    };

    private const string ContactStatusText =
        "The channel's status: `None` (no address or number), `Pending` (waiting for confirmation), `Confirmed` (alerts are sent), `OptedOut` (unsubscribed or replied STOP) or `Disabled` (the provider refuses it).";

    /// <summary>
    /// A value of <typeparamref name="T"/> as the API writes it: its names, each serialized by the enum's own JSON
    /// converter (so the document lists exactly what an answer holds), with what they mean. An enum without a string
    /// converter would be listed as numbers here, which the contract test refuses (trial s43 #3).
    /// </summary>
    internal static OpenApiSchema Named<T>(string description)
        where T : struct, Enum => new()
    {
        Type = JsonSchemaType.String,
        Description = description,
        Enum = [.. Enum.GetValues<T>().Select(v => System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(v))!)],
    };

    // The frequency and weekday as the preferences are written (lower-case names, DeliveryPreferencesConverter) and read.
    private static OpenApiSchema Frequency() => new()
    {
        Type = JsonSchemaType.String,
        Description = FrequencyText,
        Enum = [.. Enum.GetNames<EmailFrequency>().Select(n => (System.Text.Json.Nodes.JsonNode)n.ToLowerInvariant())],
    };

    private static OpenApiSchema Weekday() => new()
    {
        Type = JsonSchemaType.String,
        Description = "The weekly digest's day, by its English name in lower case.",
        Enum = [.. Enum.GetNames<DayOfWeek>().Select(n => (System.Text.Json.Nodes.JsonNode)n.ToLowerInvariant())],
    };

    // The reach's counts and how they add up (trial s44 #5: `emailHeldByCap: 1` beside `outcomes.heldByCap: 0`, and
    // nothing said the capped email was one of `emailDigestEntries`). Every member Reach writes is here (a test holds it).
    private static OpenApiSchema Reach() => Object(
        "Matched subscriptions and alerts by channel. Subscribers: `outcomes` gives each matched subscriber one outcome, adding up to `matchedSubscribers`. "
        + "Alerts: `emailAlerts` and `smsAlerts` go now, `smsScheduled` after quiet hours, `emailDigestEntries` wait in digests (`emailDigestEntryParts` says why, adding up to it), "
        + "`smsHeldByCap` and `smsHeldStale` are texts not sent (recorded in the ledger).", [],
        ("matchedSubscriptions", Integer("Topics that matched.")),
        ("matchedSubscribers", Integer("Distinct subscribers with a matching topic.")),
        ("emailAlerts", Integer("Emails sent now.")), ("smsAlerts", Integer("Texts sent now.")),
        ("batches", Integer("Delivery batches queued (now and scheduled).")),
        ("smsScheduled", Integer("Texts scheduled for the end of their recipients' quiet hours.")),
        ("smsScheduledUntil", DateTime("The latest end of quiet hours among `smsScheduled` (UTC); null when none.")),
        ("emailDigestEntries", Integer("Entries recorded for subscribers' next email digests (one per subscriber and digest): `emailDigestEntryParts.total`.")),
        ("emailDigestEntryParts", Object("`emailDigestEntries` by why each entry is there, one reason each; null where no policy plan was made (a follow-up's reach).", [],
            ("chosen", Integer("Subscribers who take email as a digest.")),
            ("movedByEmailCap", Integer("Emails over the daily email cap, moved to the next digest (the same number as `emailHeldByCap`).")),
            ("movedBySmsCap", Integer("Texts over the daily text cap, moved to the next email digest (the same number as `smsCappedToDigest`).")),
            ("staleTexts", Integer("Texts that would be too old by the end of quiet hours, moved to the next email digest.")),
            ("movedByCap", Integer("`movedByEmailCap` + `movedBySmsCap`.")),
            ("total", Integer("The sum of the four parts: `emailDigestEntries`.")))),
        ("emailHeldByCap", Integer("Emails over a daily cap moved to the next digest: part of `emailDigestEntries` (kept for older clients; `emailDigestEntryParts.movedByEmailCap`). Not the same as `outcomes.heldByCap`, which counts subscribers nothing reaches.")),
        ("smsCappedToDigest", Integer("Texts over a daily cap moved to the next email digest: part of `emailDigestEntries` (`emailDigestEntryParts.movedBySmsCap`).")),
        ("smsHeldByCap", Integer("Texts held by a daily cap with no email to carry the story (not sent; recorded in the ledger).")),
        ("smsHeldStale", Integer("Texts held as stale by the end of quiet hours with no email to carry the story (not sent; recorded in the ledger).")),
        ("followUpEmails", Integer("A withdrawal's or major correction's follow-up emails to earlier recipients (digest readers included).")),
        ("followUpSms", Integer("A withdrawal's or major correction's follow-up texts to earlier SMS recipients.")),
        ("followUpsMissed", Integer("Earlier recipients who get no follow-up, having since stopped alerts.")),
        ("digestEntriesDropped", Integer("A withdrawal's: the story's pending email digest entries it removed (they will not go).")),
        ("outcomes", Object("How each matched subscriber hears of the story, one outcome each, adding up to `matchedSubscribers` (`total`); null for a follow-up's reach.", [],
            ("now", Integer("An email or a text now.")), ("afterQuietHours", Integer("A text at the end of their quiet hours.")),
            ("digest", Integer("The story waits in their next email digest (nothing now).")),
            ("digestByCap", Integer("Of `digest`, those moved there by a daily cap (their email or text would have gone now); not counted again in `total`.")),
            ("heldByCap", Integer("Nothing reaches them: over a daily cap with no email to carry it.")),
            ("heldStale", Integer("Nothing reaches them: a text stale by the end of quiet hours with no email to carry it.")),
            ("alreadySent", Integer("An earlier version reached them or is on its way.")),
            ("earlier", Object("`alreadySent` by where each one's earlier alert stands (sent, sending, after quiet hours, in a digest, not sent and why), adding up to it; null when not known.", [])),
            ("paused", Integer("Their alerts are paused.")),
            ("notUrgentEnough", Integer("Less urgent than they want texts for, and no email.")), ("noChannel", Integer("No channel open to them.")),
            ("total", Integer("The sum of the outcomes: `matchedSubscribers`.")))));

    private static OpenApiSchema Text(string description, string? format = null) => new() { Type = JsonSchemaType.String, Description = description, Format = format };

    // The pause values from the one list the parser reads (the old `resumed` is refused: trial s42 B), or a date.
    private static OpenApiSchema Pause() => new()
    {
        Description = "Pause alerts: `1d`, `1w`, `untilResumed` (until the subscriber resumes), a date `yyyy-MM-dd` (alerts start again at 00:00 of it on the subscriber's clock) or `off` (resume now); `resumed` is refused (400 naming `pause`). " + AnyDigits,
        OneOf =
        [
            new OpenApiSchema { Type = JsonSchemaType.String, Description = "A length, or `off`.", Enum = [.. NewsAlerts.Core.Pausing.PauseChange.Values.Select(v => (System.Text.Json.Nodes.JsonNode)v)] },
            Text("The date alerts start again.", "date"),
        ],
    };

    private static OpenApiSchema DateTime(string description) => Text(description, "date-time");

    private static OpenApiSchema Integer(string description) => new() { Type = JsonSchemaType.Integer, Description = description };

    private static OpenApiSchema Boolean(string description) => new() { Type = JsonSchemaType.Boolean, Description = description };

    private static OpenApiSchema Array(IOpenApiSchema items) => new() { Type = JsonSchemaType.Array, Items = items };

    // A list in a request body, with the bound its parser holds it to (each at most ListBounds.MaxItems, the bound on
    // every list of a body): a client learns it from the contract rather than from a 400 (review r41).
    private static OpenApiSchema Bounded(int maxItems, IOpenApiSchema items) => new() { Type = JsonSchemaType.Array, Items = items, MaxItems = maxItems };

    private const int MaxTopics = NewsAlerts.Core.Subscribers.SubscriberRequestParser.MaxTopics;

    private const int MaxLanguages = NewsAlerts.Core.Subscribers.SubscriberRequestParser.MaxLanguages;
}
