namespace NewsAlerts.Core.Policy;

using System.Globalization;
using System.Text.Json;
using NewsAlerts.Core.Validation;

/// <summary>
/// Reads the <c>preferences</c> object of a sign-up or a PATCH onto a basis (the defaults, or the subscriber's current
/// preferences) and names every invalid field by its path, e.g. <c>preferences.quietHours.start</c>. Shape:
/// <code>
/// {"email": {"frequency": "immediate|hourly|daily|weekly", "at": "07:00", "weekday": "monday"},
///  "quietHours": {"start": "22:00", "end": "07:00", "flashThrough": true} | null,
///  "caps": {"email": 10 | null, "sms": 3 | null},
///  "channels": {"email": true, "sms": false},
///  "topics": {"t1": {"email": {...}, "smsMaxUrgency": 3} | null}}
/// </code>
/// Merging: <c>email</c> and <c>caps</c> fields that are given replace those of the basis (a null cap removes it);
/// <c>quietHours</c> replaces the whole window (null removes it); each topic given replaces that topic's override
/// (its <c>email</c> fields merge onto the subscriber's schedule; null removes the override); <c>channels</c> fields
/// given replace those of the basis (<see cref="ChannelSwitches"/>; at least one of the subscriber's contacts must stay
/// on, checked where the contacts are known: <see cref="ChannelSwitches.AllOff"/>). Unknown fields are refused.
/// </summary>
public static class DeliveryPreferencesParser
{
    /// <summary>The largest daily cap.</summary>
    public const int MaxCap = 1000;

    /// <summary>
    /// Merges <paramref name="json"/> onto <paramref name="basis"/>; topic overrides must name one of
    /// <paramref name="topicIds"/> (null: any id of the form <c>t1</c>..<c>t50</c>).
    /// </summary>
    /// <param name="json">The <c>preferences</c> value.</param>
    /// <param name="basis">What fields not given keep.</param>
    /// <param name="topicIds">The subscriber's topic ids, or null when they are not known yet.</param>
    /// <param name="path">The JSON path of <paramref name="json"/> in the request, for error fields.</param>
    /// <exception cref="ArgumentNullException"><paramref name="basis"/> or <paramref name="path"/> is null.</exception>
    public static Validated<DeliveryPreferences> Parse(JsonElement json, DeliveryPreferences basis, IReadOnlyCollection<string>? topicIds, string path = "preferences")
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(path);
        var errors = new List<FieldError>();
        var result = basis;
        if (json.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new FieldError(path, "must be an object with email, quietHours, caps, channels or topics"));
            return Validated<DeliveryPreferences>.Invalid(errors);
        }

        foreach (var property in json.EnumerateObject())
        {
            var field = $"{path}.{property.Name}";
            switch (property.Name)
            {
                case "email":
                    result = result with { Email = Schedule(property.Value, result.Email, field, errors) };
                    break;
                case "quietHours":
                    result = result with { QuietHours = Quiet(property.Value, field, errors) };
                    break;
                case "caps":
                    result = result with { Caps = Caps(property.Value, result.Caps, field, errors) };
                    break;
                case "topics":
                    result = result with { Topics = Topics(property.Value, result, topicIds, field, errors) };
                    break;
                case "channels":
                    result = result with { Channels = Switches(property.Value, result.Channels, field, errors) };
                    break;
                default:
                    errors.Add(new FieldError(field, KnownMembers.Reason("a preference", ["email", "quietHours", "caps", "channels", "topics"])));
                    break;
            }
        }

        return errors.Count > 0 ? Validated<DeliveryPreferences>.Invalid(errors) : Validated<DeliveryPreferences>.Ok(result);
    }

    /// <summary>A local time of day written <c>HH:mm</c> (00:00 to 23:59).</summary>
    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static EmailSchedule Schedule(JsonElement json, EmailSchedule basis, string path, List<FieldError> errors)
    {
        if (!IsObject(json, path, "an object with frequency, at or weekday", errors))
        {
            return basis;
        }

        var schedule = basis;
        foreach (var property in json.EnumerateObject())
        {
            var field = $"{path}.{property.Name}";
            switch (property.Name)
            {
                case "frequency" when Name<EmailFrequency>(property.Value) is { } frequency:
                    schedule = schedule with { Frequency = frequency };
                    break;
                case "frequency":
                    errors.Add(new FieldError(field, "must be immediate, hourly, daily or weekly"));
                    break;
                case "at":
                    schedule = schedule with { At = Time(property.Value, field, errors) ?? schedule.At };
                    break;
                case "weekday" when Name<DayOfWeek>(property.Value) is { } weekday:
                    schedule = schedule with { Weekday = weekday };
                    break;
                case "weekday":
                    errors.Add(new FieldError(field, "must be a weekday such as monday"));
                    break;
                default:
                    errors.Add(new FieldError(field, KnownMembers.Reason("an email setting", ["frequency", "at", "weekday"])));
                    break;
            }
        }

        return schedule;
    }

    private static QuietHours? Quiet(JsonElement json, string path, List<FieldError> errors)
    {
        if (json.ValueKind == JsonValueKind.Null || !IsObject(json, path, "an object with start and end (HH:mm), or null for none", errors))
        {
            return null;
        }

        TimeOnly? start = null, end = null;
        var flash = false;
        foreach (var property in json.EnumerateObject())
        {
            var field = $"{path}.{property.Name}";
            switch (property.Name)
            {
                case "start":
                    start = Time(property.Value, field, errors);
                    break;
                case "end":
                    end = Time(property.Value, field, errors);
                    break;
                case "flashThrough" when property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                    flash = property.Value.GetBoolean();
                    break;
                case "flashThrough":
                    errors.Add(new FieldError(field, "must be true or false"));
                    break;
                default:
                    errors.Add(new FieldError(field, KnownMembers.Reason("a quiet-hours setting", ["start", "end", "flashThrough"])));
                    break;
            }
        }

        Require(json, "start", path, errors);
        Require(json, "end", path, errors);
        // The form sends both fields; one left empty while the other is filled is missing, not mistyped (trial r32 #6):
        // its own reason, so the other field keeps its own.
        foreach (var name in new[] { "start", "end" })
        {
            if (json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetString()))
            {
                errors.RemoveAll(e => e.Field == $"{path}.{name}");
                errors.Add(new FieldError($"{path}.{name}", "is required (HH:mm)"));
            }
        }

        if (start is { } s && end is { } e && s == e)
        {
            errors.Add(new FieldError($"{path}.end", "must differ from start"));
        }

        return start is { } from && end is { } to ? new QuietHours(from, to, flash) : null;
    }

    private static DailyCaps Caps(JsonElement json, DailyCaps basis, string path, List<FieldError> errors)
    {
        if (!IsObject(json, path, "an object with email and/or sms (a number, or null for no cap)", errors))
        {
            return basis;
        }

        var caps = basis;
        foreach (var property in json.EnumerateObject())
        {
            var field = $"{path}.{property.Name}";
            int? cap = property.Value.ValueKind == JsonValueKind.Null ? null : Whole(property.Value, 1, MaxCap, field, errors);
            switch (property.Name)
            {
                case "email":
                    caps = caps with { Email = cap };
                    break;
                case "sms":
                    caps = caps with { Sms = cap };
                    break;
                default:
                    errors.Add(new FieldError(field, KnownMembers.Reason("a channel", ["email", "sms"])));
                    break;
            }
        }

        return caps;
    }

    private static ChannelSwitches Switches(JsonElement json, ChannelSwitches basis, string path, List<FieldError> errors)
    {
        if (!IsObject(json, path, "an object with email and/or sms (true: on, false: off)", errors))
        {
            return basis;
        }

        var switches = basis;
        foreach (var property in json.EnumerateObject())
        {
            var field = $"{path}.{property.Name}";
            var on = property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False ? property.Value.GetBoolean() : (bool?)null;
            switch (property.Name)
            {
                case "email" or "sms" when on is null:
                    errors.Add(new FieldError(field, "must be true (on) or false (off)"));
                    break;
                case "email":
                    switches = switches with { Email = on!.Value };
                    break;
                case "sms":
                    switches = switches with { Sms = on!.Value };
                    break;
                default:
                    errors.Add(new FieldError(field, KnownMembers.Reason("a channel", ["email", "sms"])));
                    break;
            }
        }

        return switches;
    }

    private static Dictionary<string, TopicPreferences> Topics(
        JsonElement json, DeliveryPreferences preferences, IReadOnlyCollection<string>? topicIds, string path, List<FieldError> errors)
    {
        var topics = new Dictionary<string, TopicPreferences>(preferences.Topics, StringComparer.Ordinal);
        if (!IsObject(json, path, "an object keyed by topic id (t1, t2...)", errors))
        {
            return topics;
        }

        foreach (var property in json.EnumerateObject())
        {
            var field = $"{path}.{property.Name}";
            if (topicIds is null ? !IsTopicId(property.Name) : !topicIds.Contains(property.Name))
            {
                errors.Add(new FieldError(field, "is not one of the subscriber's topic ids"));
            }
            else if (property.Value.ValueKind == JsonValueKind.Null)
            {
                topics.Remove(property.Name);
            }
            else if (Topic(property.Value, preferences.Email, field, errors) is { } topic)
            {
                topics[property.Name] = topic;
            }
        }

        return topics;
    }

    private static TopicPreferences? Topic(JsonElement json, EmailSchedule email, string path, List<FieldError> errors)
    {
        if (!IsObject(json, path, "an object with email and/or smsMaxUrgency, or null to follow the subscriber's preferences", errors))
        {
            return null;
        }

        var topic = new TopicPreferences(null, null);
        foreach (var property in json.EnumerateObject())
        {
            var field = $"{path}.{property.Name}";
            switch (property.Name)
            {
                case "email":
                    topic = topic with { Email = Schedule(property.Value, email, field, errors) };
                    break;
                case "smsMaxUrgency":
                    topic = topic with { SmsMaxUrgency = Whole(property.Value, 1, 9, field, errors) };
                    break;
                default:
                    errors.Add(new FieldError(field, KnownMembers.Reason("a topic setting", ["email", "smsMaxUrgency"])));
                    break;
            }
        }

        return topic;
    }

    private static bool IsTopicId(string id) =>
        id.Length is >= 2 and <= 3 && id[0] == 't' && int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
        && n is >= 1 and <= Subscribers.SubscriberRequestParser.MaxTopics && id[1] != '0';

    private static bool IsObject(JsonElement json, string path, string expected, List<FieldError> errors)
    {
        if (json.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        errors.Add(new FieldError(path, $"must be {expected}"));
        return false;
    }

    private static void Require(JsonElement json, string name, string path, List<FieldError> errors)
    {
        if (!json.TryGetProperty(name, out _))
        {
            errors.Add(new FieldError($"{path}.{name}", "is required (HH:mm)"));
        }
    }

    // Digits of any script read as ASCII (Arabic-Indic "٢٢:٠٠", Extended Arabic-Indic "۲۲:۰۰"), as the pages read them:
    // a person typing in Arabic writes a time so, and the API and the pages take the same times (TypedDigits).
    private static TimeOnly? Time(JsonElement json, string field, List<FieldError> errors)
    {
        var text = json.ValueKind == JsonValueKind.String ? Words.TypedDigits.Normalised(json.GetString()) : null;
        if (TryParseTime(text, out var time))
        {
            return time;
        }

        errors.Add(new FieldError(field, TimeReason(text)));
        return null;
    }

    /// <summary>
    /// Why <paramref name="text"/> is not a local time: <c>'25:00' is not a time of day (HH:mm from 00:00 to
    /// 23:59)</c> for a clock time written right but past the day's end (hours over 23 or minutes over 59, trial r32
    /// #6: "25:00" was told to be "a time like 22:00", as if written wrong); otherwise <c>must be a local time HH:mm
    /// from 00:00 to 23:59</c>. Only digits and a colon are ever repeated back.
    /// </summary>
    public static string TimeReason(string? text) =>
        text is { Length: 4 or 5 } && text.IndexOf(':', StringComparison.Ordinal) is var colon and (1 or 2) && text.Length - colon == 3
        && text.Remove(colon, 1).All(char.IsAsciiDigit)
        && (int.Parse(text[..colon], CultureInfo.InvariantCulture) > 23 || int.Parse(text[(colon + 1)..], CultureInfo.InvariantCulture) > 59)
            ? $"'{text}' {NotTimeOfDay}"
            : "must be a local time HH:mm from 00:00 to 23:59";

    /// <summary>The end of <see cref="TimeReason"/>'s reason for a time past the day's end, after the quoted time.</summary>
    public const string NotTimeOfDay = "is not a time of day (HH:mm from 00:00 to 23:59)";

    private static int? Whole(JsonElement json, int min, int max, string field, List<FieldError> errors)
    {
        var n = JsonFields.WholeNumber(json, min, max, out var reason);
        if (reason is not null)
        {
            errors.Add(new FieldError(field, reason));
        }

        return n;
    }

    // Exactly one of T's names, in any letter case (trial s42 B): Enum.TryParse also read a list of names as their bits
    // ORed ("hourly, daily" as weekly, "monday,tuesday" as wednesday) and numbers as values, so each was misread.
    private static T? Name<T>(JsonElement json)
        where T : struct, Enum =>
        json.ValueKind == JsonValueKind.String && json.GetString()?.Trim() is { } text
            && Enum.GetNames<T>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } name ? Enum.Parse<T>(name) : null;
}
