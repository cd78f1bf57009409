namespace NewsAlerts.Core.Feeds;

using System.Text.Json;
using NewsAlerts.Core.Languages;
using NewsAlerts.Core.Validation;

/// <summary>
/// Reads an editor's feed request, naming each wrong field: <c>url</c> (absolute http or https; adding only),
/// <c>pollIntervalMinutes</c> (whole minutes, from the floor to 1440), <c>urgency</c> (1 to 9), <c>language</c>
/// (ISO 639-1, optionally with a region), <c>source</c> (up to 200 characters), <c>subjects</c> (an object of
/// category to subject, up to 500 pairs), <c>paused</c> (changing only) and <c>pausedBy</c> (who pauses: up to 100
/// characters, only with <c>"paused": true</c>) and <c>floodAcknowledged</c> (changing only, <c>true</c>: the editor has looked at the flood the health shows).
/// </summary>
public static class FeedRequestParser
{
    /// <summary>The longest interval: a day.</summary>
    public const int MaxIntervalMinutes = 1440;

    /// <summary>The most category-to-subject pairs.</summary>
    public const int MaxSubjects = 500;

    /// <summary>The longest <c>pausedBy</c>.</summary>
    public const int MaxPausedBy = 100;

    private static readonly string[] Known = ["url", "pollIntervalMinutes", "urgency", "language", "source", "subjects", "paused", "pausedBy", "floodAcknowledged"];

    /// <summary>The fields of <paramref name="json"/>, or the errors naming each wrong one.</summary>
    /// <param name="json">The request body.</param>
    /// <param name="adding">True for <c>POST</c> (a URL is required, <c>paused</c> is not taken), false for <c>PATCH</c> (the URL cannot change).</param>
    /// <param name="floor">The shortest interval allowed (<see cref="FeedOptions.MinIntervalSeconds"/>).</param>
    public static Validated<FeedChanges> Parse(JsonElement json, bool adding, TimeSpan floor)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return Validated<FeedChanges>.Invalid("$", "the request must be a JSON object");
        }

        var errors = new List<FieldError>();
        KnownMembers.Refuse(json, "$", "a feed field", Known, errors);

        var fields = new JsonFields(json, errors);
        Uri? url = null;
        if (adding)
        {
            url = fields.HttpUrl("url");
            if (url is null && !errors.Any(e => e.Field == "url"))
            {
                errors.Add(new FieldError("url", "is required"));
            }
        }
        else if (json.TryGetProperty("url", out _))
        {
            errors.Add(new FieldError("url", "cannot be changed; add the new URL as a feed and delete this one"));
        }

        var minMinutes = (int)Math.Max(1, Math.Ceiling(floor.TotalMinutes));
        var minutes = fields.Integer("pollIntervalMinutes", minMinutes, MaxIntervalMinutes);
        var urgency = fields.Integer("urgency", 1, 9);
        var language = fields.Text(["language"], required: false, maxLength: 35);
        if (language is not null && !LanguageField.IsKnownStated(language))
        {
            errors.Add(new FieldError("language", LanguageField.Reason));
        }

        var source = fields.Text(["source"], required: false, maxLength: 200);
        var subjects = Subjects(json, errors);
        bool? paused = null;
        if (json.TryGetProperty("paused", out var pausedValue))
        {
            if (adding)
            {
                errors.Add(new FieldError("paused", "a new feed starts polling; pause it afterwards"));
            }
            else if (pausedValue.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                paused = pausedValue.GetBoolean();
            }
            else
            {
                errors.Add(new FieldError("paused", "must be true or false"));
            }
        }

        var pausedBy = fields.Text(["pausedBy"], required: false, maxLength: MaxPausedBy);
        if (pausedBy is not null && paused is not true && !errors.Any(e => e.Field == "paused"))
        {
            errors.Add(new FieldError("pausedBy", adding ? "a new feed starts polling; pause it afterwards" : "says who pauses the feed: send it with \"paused\": true"));
        }

        var floodAcknowledged = false;
        if (json.TryGetProperty("floodAcknowledged", out var acknowledged))
        {
            if (adding)
            {
                errors.Add(new FieldError("floodAcknowledged", "a new feed has no flood to acknowledge"));
            }
            else if (acknowledged.ValueKind == JsonValueKind.True)
            {
                floodAcknowledged = true;
            }
            else
            {
                errors.Add(new FieldError("floodAcknowledged", "must be true (it acknowledges the flood the feed's health shows)"));
            }
        }

        return errors.Count > 0
            ? Validated<FeedChanges>.Invalid(errors)
            : Validated<FeedChanges>.Ok(new FeedChanges(
                url, minutes is { } m ? TimeSpan.FromMinutes(m) : null, urgency, language?.ToLowerInvariant(), source, subjects, paused) { PausedBy = pausedBy, FloodAcknowledged = floodAcknowledged });
    }

    private static Dictionary<string, string>? Subjects(JsonElement json, List<FieldError> errors)
    {
        if (!json.TryGetProperty("subjects", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError("subjects", "must be an object of category to subject, e.g. {\"World\": \"medtop:16000000\"}"));
            return null;
        }

        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in value.EnumerateObject())
        {
            var field = $"subjects.{pair.Name}";
            if (map.Count >= MaxSubjects)
            {
                errors.Add(new FieldError("subjects", $"has more than {MaxSubjects} categories"));
                return null;
            }

            var category = pair.Name.Trim();
            // Controls and the other characters free text may not hold are named by FreeText (U+XXXX), as in topics.
            if (JsonFields.Refused(category) is { } categoryRefused)
            {
                errors.Add(new FieldError(field, "the category " + categoryRefused));
            }
            else if (category.Length is 0 or > 200)
            {
                errors.Add(new FieldError(field, "a category must be 1 to 200 characters"));
            }
            else if (pair.Value.ValueKind == JsonValueKind.String && JsonFields.Refused(pair.Value.GetString()!) is { } subjectRefused)
            {
                errors.Add(new FieldError(field, "the subject " + subjectRefused));
            }
            else if (pair.Value.ValueKind != JsonValueKind.String || pair.Value.GetString()!.Trim() is not { Length: > 0 and <= 200 } subject)
            {
                errors.Add(new FieldError(field, "the subject must be a string of 1 to 200 characters"));
            }
            else if (!map.TryAdd(category, subject))
            {
                errors.Add(new FieldError(field, "the category is given twice (categories match ignoring case)"));
            }
        }

        return map;
    }
}
