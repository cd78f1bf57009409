namespace NewsAlerts.Core.Subscribers;

using System.Text.Json;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Texts;
using NewsAlerts.Core.Languages;
using NewsAlerts.Core.Validation;
using NewsAlerts.Matching.Languages;
using NewsAlerts.Matching.Query;

/// <summary>
/// Reads a sign-up (<c>email</c>, <c>phone</c>, <c>timeZone</c>, <c>topics</c>, <c>smsMaxUrgency</c>, <c>preferences</c>),
/// a topic change (<c>topics</c>) or a settings change (<c>timeZone</c>, <c>smsMaxUrgency</c>, <c>preferences</c>) and
/// reports every invalid field; topic syntax errors carry their column, preference errors their path
/// (<see cref="DeliveryPreferencesParser"/>).
/// </summary>
public static class SubscriberRequestParser
{
    /// <summary>Most topics one subscriber may follow.</summary>
    public const int MaxTopics = 50;

    /// <summary>Most other article languages (<c>languages</c>) one subscriber may read.</summary>
    public const int MaxLanguages = 20;

    /// <summary>The members of a sign-up body; any other is refused (<see cref="KnownMembers"/>).</summary>
    public static readonly IReadOnlyList<string> SignUpFields = ["email", "phone", "timeZone", "topics", "smsMaxUrgency", "language", "languages", "preferences"];

    /// <summary>
    /// The optional choices of a sign-up that have a default, by API member: a request that gives one counts it as chosen
    /// even when it equals the default (<see cref="SubscriberRequest.Given"/>; review s38: <c>smsMaxUrgency: 2</c> read as not chosen).
    /// </summary>
    public static readonly IReadOnlyList<string> OptionalChoices =
        ["smsMaxUrgency", "language", "languages", "preferences.email", "preferences.quietHours", "preferences.caps", "preferences.topics"];

    /// <summary>
    /// The members of a settings change (<c>PATCH</c>; <c>email</c> and <c>phone</c> are read by
    /// <see cref="SignUps.ContactChangeRequest"/>); any other is refused.
    /// </summary>
    public static readonly IReadOnlyList<string> SettingsFields = ["email", "phone", "timeZone", "smsMaxUrgency", "preferences", "language", "languages", Pausing.PauseChange.Field];

    /// <summary>The members of a topic change (<c>PUT .../topics</c>); any other is refused.</summary>
    public static readonly IReadOnlyList<string> TopicsChangeFields = ["topics"];

    /// <summary>The members of a topic given as an object; any other is refused.</summary>
    public static readonly IReadOnlyList<string> TopicFields = ["text", "exact", "language"];

    /// <summary>
    /// Where a top-level name that is a preference belongs (<c>quietHours</c>: "it belongs in preferences, as
    /// preferences.quietHours"), or null for a name that is none.
    /// </summary>
    public static string? PreferenceHint(string name) => name switch
    {
        "quietHours" or "caps" => $"it belongs in preferences, as preferences.{name}",
        "emailFrequency" or "frequency" => "it belongs in preferences, as preferences.email.frequency",
        "digestTime" or "at" => "it belongs in preferences, as preferences.email.at",
        "weekday" => "it belongs in preferences, as preferences.email.weekday",
        _ => null,
    };

    /// <summary>The reason a sign-up whose channel switches leave none of its contacts on is refused.</summary>
    public const string SignUpAllOffReason = "would turn off every channel this sign-up gives: keep one on";

    /// <summary>Parses a sign-up; a phone number must be one <paramref name="phones"/> can text.</summary>
    public static Validated<SubscriberRequest> ParseSignUp(JsonElement json, TextablePhones phones)
    {
        ArgumentNullException.ThrowIfNull(phones);
        if (json.ValueKind != JsonValueKind.Object)
        {
            return Validated<SubscriberRequest>.Invalid("$", "the request must be a JSON object");
        }

        var errors = new List<FieldError>();
        KnownMembers.Refuse(json, "$", "a sign-up field", SignUpFields, errors, PreferenceHint);
        var fields = new JsonFields(json, errors);
        var email = Normalise(fields.Text(["email"], required: false, maxLength: 320), ContactValidation.Email, "email", errors);
        var phone = Normalise(fields.Text(["phone"], required: false, maxLength: 32), phones.Check, "phone", errors);
        if (email is null && phone is null && !errors.Exists(e => e.Field is "email" or "phone"))
        {
            errors.Add(new FieldError("email", "an email address or a phone number is required"));
        }

        var timeZone = TimeZone(fields, errors, required: true);
        var topics = ParseTopics(json, errors, out var topicLanguages);
        var language = Language(fields, errors);
        var languages = Languages(json, errors);
        var threshold = fields.Integer("smsMaxUrgency", 1, 9) ?? Subscriber.DefaultSmsMaxUrgency;
        DeliveryPreferences? preferences = null;
        if (json.TryGetProperty("preferences", out var given) && given.ValueKind != JsonValueKind.Null)
        {
            // Sign-up topics get the ids t1, t2... in order, so overrides can name them already.
            var parsed = DeliveryPreferencesParser.Parse(given, DeliveryPreferences.Default, [.. topics.Select((_, i) => $"t{i + 1}")]);
            errors.AddRange(parsed.Errors);
            preferences = parsed.Value;
            // Review of s45: a sign-up with every channel it gives switched off was confirmed and never received anything.
            if (preferences is { } chosen && (email is not null || phone is not null)
                && !(email is not null && chosen.Channels.Email) && !(phone is not null && chosen.Channels.Sms))
            {
                errors.Add(new FieldError(phone is not null ? "preferences.channels.sms" : "preferences.channels.email", SignUpAllOffReason));
            }
        }

        return errors.Count > 0
            ? Validated<SubscriberRequest>.Invalid(errors)
            : Validated<SubscriberRequest>.Ok(new SubscriberRequest(email, phone, timeZone!, topics, threshold, preferences, language, languages,
                topicLanguages.Any(l => l is not null) ? topicLanguages : null, GivenChoices(json)));
    }

    // The members of OptionalChoices the sign-up gives: a top-level null counts as not given (the parser reads it so), a
    // preference present counts whatever its value (quietHours: null chooses none).
    private static List<string> GivenChoices(JsonElement json)
    {
        var preferences = json.TryGetProperty("preferences", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        return [.. OptionalChoices.Where(c => c.StartsWith("preferences.", StringComparison.Ordinal)
            ? preferences.ValueKind == JsonValueKind.Object && preferences.TryGetProperty(c["preferences.".Length..], out _)
            : json.TryGetProperty(c, out var v) && v.ValueKind != JsonValueKind.Null)];
    }

    /// <summary>
    /// Parses a settings change: <c>timeZone</c>, <c>smsMaxUrgency</c> and/or <c>preferences</c> (at least one); the
    /// preferences are checked for shape here and merged onto the subscriber's by <see cref="PreferencesChange.ApplyTo"/>.
    /// </summary>
    public static Validated<SubscriberSettings> ParseSettings(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return Validated<SubscriberSettings>.Invalid("$", "the request must be a JSON object");
        }

        var errors = new List<FieldError>();
        KnownMembers.Refuse(json, "$", "a setting", SettingsFields, errors, PreferenceHint);
        var fields = new JsonFields(json, errors);
        var timeZone = TimeZone(fields, errors, required: false);
        var threshold = fields.Integer("smsMaxUrgency", 1, 9);
        var language = Language(fields, errors);
        var languages = Languages(json, errors);
        PreferencesChange? preferences = null;
        if (json.TryGetProperty("preferences", out var given))
        {
            var parsed = DeliveryPreferencesParser.Parse(given, DeliveryPreferences.Default, topicIds: null);
            errors.AddRange(parsed.Errors);
            preferences = parsed.IsValid ? new PreferencesChange(given.Clone()) : null;
        }

        Pausing.PauseChange? pause = null;
        if (json.TryGetProperty(Pausing.PauseChange.Field, out var pauseValue))
        {
            var parsed = pauseValue.ValueKind == JsonValueKind.String
                ? Pausing.PauseChange.Parse(pauseValue.GetString())
                : Validated<Pausing.PauseChange>.Invalid(Pausing.PauseChange.Field, "must be a string; " + Pausing.PauseChange.Allowed);
            errors.AddRange(parsed.Errors);
            pause = parsed.Value;
        }

        if (errors.Count == 0 && timeZone is null && threshold is null && preferences is null && language is null && languages is null && pause is null)
        {
            errors.Add(new FieldError("$", "give email, phone, timeZone, smsMaxUrgency, preferences, language, languages, pause or some of them"));
        }

        return errors.Count > 0
            ? Validated<SubscriberSettings>.Invalid(errors)
            : Validated<SubscriberSettings>.Ok(new SubscriberSettings(timeZone, threshold, preferences, language, languages, pause));
    }

    /// <summary>Parses the <c>topics</c> array of a request body, adding errors such as <c>topics[1]: unclosed quote at column 14</c>.</summary>
    public static IReadOnlyList<(string Text, bool Exact)> ParseTopics(JsonElement json, List<FieldError> errors) => ParseTopics(json, errors, out _);

    /// <summary>
    /// Parses the <c>topics</c> array, each a string or <c>{"text", "exact", "language"}</c>; <paramref name="languages"/>
    /// gets each topic's own language (a BCP 47 tag, null where none was given), a malformed tag is an error of
    /// <c>topics[i].language</c>. A topic the same as an earlier one (<see cref="TopicIdentity"/>: normalised query,
    /// exact flag and language) is dropped: the list holds each topic once, in the order first given, so sign-up's ids
    /// <c>t1</c>, <c>t2</c>… count the topics kept.
    /// </summary>
    public static IReadOnlyList<(string Text, bool Exact)> ParseTopics(JsonElement json, List<FieldError> errors, out IReadOnlyList<string?> languages)
    {
        var topicLanguages = new List<string?>();
        languages = topicLanguages;
        ArgumentNullException.ThrowIfNull(errors);
        if (json.TryGetProperty("topics", out var given) && given.ValueKind is not (JsonValueKind.Array or JsonValueKind.Null))
        {
            errors.Add(new FieldError("topics", $"must be an array of topics (strings or {{\"text\", \"exact\"}} objects), not {JsonKind(given.ValueKind)}"));
            return [];
        }

        if (!json.TryGetProperty("topics", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            errors.Add(new FieldError("topics", "at least one topic is required (an array of strings or {\"text\", \"exact\"} objects)"));
            return [];
        }

        if (array.GetArrayLength() > MaxTopics)
        {
            errors.Add(new FieldError("topics", $"at most {MaxTopics} topics are allowed"));
            return [];
        }

        var topics = new List<(string, bool)>();

        // A topic given again (TopicIdentity: "Syrie", " syrie ", with the same exact flag and language) is kept once,
        // where it was first given, as the matcher counts it once (trial r41 #14: t1 and t2 both "Syrie").
        var seen = new HashSet<(string Query, bool Exact, string? Language)>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var field = $"topics[{index++}]";
            KnownMembers.Refuse(item, field, "a topic field", TopicFields, errors);
            var before = errors.Count;
            var (text, exact) = item.ValueKind switch
            {
                JsonValueKind.String => (item.GetString(), false),
                JsonValueKind.Object => TopicObject(item, field, errors),
                _ => (null, false),
            };
            // Each member of a topic object is checked whatever the others are, so all its faults are named at once.
            TopicLanguage(item, field, errors, out var language);
            var (cleaned, refused) = text is null ? (null, null) : FreeText.Clean(text);
            var invisible = text is { Length: > 0 } && FreeText.IsBlank(text) && text.Any(FreeText.Removed);
            text = cleaned;
            var parsed = TopicQuery.Parse(text);
            if (refused is not null)
            {
                errors.Add(new FieldError(field, refused));
            }
            else if (invisible)
            {
                errors.Add(new FieldError(field, FreeText.OnlyInvisibleReason));
            }
            else if (text is null)
            {
                // A text of another type was named by TopicObject (topics[0].text).
                if (!HasMember(item, "text"))
                {
                    errors.Add(new FieldError(field, "must be a topic string or an object with a text"));
                }
            }
            else if (!parsed.Success)
            {
                errors.Add(new FieldError(field, parsed.Error!));
            }
            else if (errors.Count == before && seen.Add(TopicIdentity.KeyOf(text, exact, language)))
            {
                topics.Add((text.Trim(), exact));
                topicLanguages.Add(language);
            }
        }

        return topics;
    }

    private static bool HasMember(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    // A topic object's text and exact, each of its own JSON type or refused naming it (topics[0].exact: must be true or false).
    private static (string? Text, bool Exact) TopicObject(JsonElement item, string field, List<FieldError> errors)
    {
        var exact = new JsonFields(item, errors, field + ".").Boolean("exact") ?? false;
        if (!item.TryGetProperty("text", out var text) || text.ValueKind == JsonValueKind.Null)
        {
            return (null, exact);
        }

        if (text.ValueKind != JsonValueKind.String)
        {
            errors.Add(new FieldError(field + ".text", "must be a string (the topic's query)"));
            return (null, exact);
        }

        return (text.GetString(), exact);
    }

    private static void TopicLanguage(JsonElement item, string field, List<FieldError> errors, out string? language)
    {
        language = null;
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("language", out var given) || given.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        language = given.ValueKind == JsonValueKind.String ? given.GetString() : null;
        if (!LanguageField.IsKnownTag(language))
        {
            errors.Add(new FieldError(field + ".language", LanguageField.Reason));
        }
    }

    /// <summary>
    /// The reason a subscriber's <c>language</c> that is a well-formed tag but none NewsAlerts writes in is refused,
    /// naming the offered ones (<see cref="TextLanguages.Offered"/>, the one list the catalogs follow).
    /// </summary>
    public static string LanguageNotOffered { get; } =
        $"is not a language NewsAlerts writes in; give one of {string.Join(", ", TextLanguages.Offered)}";

    /// <summary>
    /// Whether <paramref name="tag"/> (BCP 47) is a language NewsAlerts writes in: its primary subtag is one of
    /// <see cref="TextLanguages.Offered"/> (<c>fr</c>, <c>pt-BR</c> yes; <c>xx</c>, <c>sv</c> no).
    /// </summary>
    public static bool IsOfferedLanguage(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return LanguageTag.IsWellFormed(tag) && TextLanguages.Offered.Contains(tag.Split('-')[0].ToLowerInvariant());
    }

    // The subscriber's own language (what emails, texts and pages are written in): one of the offered languages. Topic
    // and article languages (topics[i].language, languages) may be any tag, since articles come in many more.
    private static string? Language(JsonFields fields, List<FieldError> errors)
    {
        var language = fields.Text(["language"], required: false, maxLength: 64);
        // A well-formed tag of a language we do not write in is told which ones we do (LanguageNotOffered).
        if (language is not null && !LanguageTag.IsWellFormed(language))
        {
            errors.Add(new FieldError("language", LanguageField.Reason));
            return null;
        }

        if (language is not null && !IsOfferedLanguage(language))
        {
            errors.Add(new FieldError("language", LanguageNotOffered));
            return null;
        }

        return language;
    }

    // Other article languages: an array of tags (empty clears the list in a settings change).
    private static IReadOnlyList<string>? Languages(JsonElement json, List<FieldError> errors)
    {
        if (!json.TryGetProperty("languages", out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() > MaxLanguages)
        {
            errors.Add(new FieldError("languages", $"must be an array of at most {MaxLanguages} BCP 47 language tags"));
            return null;
        }

        var languages = new List<string>();
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var tag = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            if (!LanguageField.IsKnownTag(tag))
            {
                errors.Add(new FieldError($"languages[{index}]", LanguageField.Reason));
            }
            else
            {
                languages.Add(tag!);
            }

            index++;
        }

        return languages;
    }

    // "a string", "a number"... for a JSON value of the wrong type.
    private static string JsonKind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "a value of another type",
    };

    private static string? TimeZone(JsonFields fields, List<FieldError> errors, bool required)
    {
        // Kept by its canonical id (TimeZoneIds), so the pages list the zone stored.
        var timeZone = fields.Text(["timeZone"], required, maxLength: 64);
        var canonical = TimeZoneIds.Canonicalize(timeZone);
        if (timeZone is not null && canonical is null)
        {
            errors.Add(new FieldError("timeZone", "is not an IANA time zone such as Europe/London"));
        }

        return canonical;
    }

    private static string? Normalise(string? text, Func<string, (string?, string?)> check, string field, List<FieldError> errors)
    {
        if (text is null)
        {
            return null;
        }

        var (value, reason) = check(text);
        if (reason is not null)
        {
            errors.Add(new FieldError(field, reason));
        }

        return value;
    }
}
