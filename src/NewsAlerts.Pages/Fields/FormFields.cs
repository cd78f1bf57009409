namespace NewsAlerts.Pages.Fields;

using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsAlerts.Core.Languages;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Validation;
using NewsAlerts.Pages.Languages;
using NewsAlerts.Pages.Layout;
using NewsAlerts.Pages.Topics;

/// <summary>
/// Turns the pages' form fields into the JSON bodies the API's parsers read (so a page and the API validate alike),
/// and the parsers' field errors back into errors on the form's fields. Field names: <c>email</c>, <c>phone</c>,
/// <c>timeZone</c>, <c>language</c>, <c>topics</c> (one per line), <c>emailFrequency</c>
/// (<c>immediate|hourly|daily|weekly</c>), <c>digestTime</c> (<c>HH:mm</c>), <c>weekday</c>, <c>quietStart</c>,
/// <c>quietEnd</c> (<c>HH:mm</c>, both empty for none), <c>flashThrough</c> (a checkbox: present lets flash news through quiet hours), <c>smsMaxUrgency</c> (1-9), <c>capEmail</c>, <c>capSms</c>
/// (most a day, empty for no cap; preference centre only), <c>languages</c> (the languages read besides <c>language</c>,
/// comma-separated: <see cref="ReadLanguages"/>; the API's <c>languages</c>); the topic builder's rows (<see cref="TopicBuilderFields"/>) add their topics after those of <c>topics</c>.
/// </summary>
public static partial class FormFields
{
    /// <summary>
    /// The topics of the <c>topics</c> field: its lines that show something, with each one's line number (1-based). A
    /// line of white space or only invisible characters (<see cref="FreeText.IsBlank"/>: U+200B, U+FEFF, U+2060, a soft
    /// hyphen, a direction mark) is skipped as an empty line is.
    /// </summary>
    public static IReadOnlyList<(int Line, string Text)> TopicLines(string? topics) =>
        [.. (topics ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select((text, index) => (Line: index + 1, Text: text.TrimEnd('\r')))
            .Where(l => !FreeText.IsBlank(l.Text))];

    /// <summary>The body of <c>POST /api/subscribers</c> for a sign-up form.</summary>
    public static JsonObject SignUp(IReadOnlyDictionary<string, string> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var json = new JsonObject();
        AddText(json, "email", Get(form, "email"));
        AddText(json, "phone", Get(form, "phone"));
        json["timeZone"] = Get(form, "timeZone") ?? string.Empty;
        AddText(json, "language", Get(form, "language"));
        if (ReadLanguages.Others(Get(form, "language"), Get(form, ReadLanguages.Field)) is { Count: > 0 } others)
        {
            json["languages"] = Array(others);
        }

        json["topics"] = Topics(form);
        var preferences = Preferences(form, removeQuietHoursWhenEmpty: false);
        if (preferences.Count > 0)
        {
            json["preferences"] = preferences;
        }

        return json;
    }

    /// <summary>The body of <c>PUT /api/subscribers/{id}/topics</c> for the topics form.</summary>
    public static JsonObject TopicsChange(IReadOnlyDictionary<string, string> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new JsonObject { ["topics"] = Topics(form) };
    }

    /// <summary>The body of <c>PATCH /api/subscribers/{id}</c> for the settings form (empty quiet hours remove them).</summary>
    public static JsonObject SettingsChange(IReadOnlyDictionary<string, string> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var json = new JsonObject();
        AddText(json, "timeZone", Get(form, "timeZone"));
        AddText(json, "language", Get(form, "language"));
        if (form.ContainsKey("language"))
        {
            // The settings form holds the boxes next to the language: none ticked (nothing posted) clears the list.
            json["languages"] = Array(ReadLanguages.Others(Get(form, "language"), Get(form, ReadLanguages.Field)));
        }

        if (Number(form, "smsMaxUrgency") is { } urgency)
        {
            json["smsMaxUrgency"] = int.TryParse(urgency, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n) : JsonValue.Create(urgency);
        }

        var preferences = Preferences(form, removeQuietHoursWhenEmpty: true);
        if (preferences.Count > 0)
        {
            json["preferences"] = preferences;
        }

        return json;
    }

    /// <summary>
    /// The parsers' errors as errors of the form's fields: <c>topics[2]</c> becomes <c>topics</c> with the line it came
    /// from (<paramref name="topicLines"/>), preference paths become the fields they came from.
    /// </summary>
    public static IReadOnlyList<PageError> Errors(IReadOnlyList<FieldError> errors, IReadOnlyList<(int Line, string Text)> topicLines) =>
        Errors(errors, topicLines, []);

    /// <summary>
    /// As <see cref="Errors(IReadOnlyList{FieldError}, IReadOnlyList{ValueTuple{int, string}})"/>; a topic past the
    /// raw lines is the builder row of <paramref name="builderRows"/> it was composed from, and its error goes to that row.
    /// </summary>
    public static IReadOnlyList<PageError> Errors(IReadOnlyList<FieldError> errors, IReadOnlyList<(int Line, string Text)> topicLines, IReadOnlyList<BuilderRow> builderRows)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(topicLines);
        ArgumentNullException.ThrowIfNull(builderRows);
        return [.. errors.Select(e => Error(e, topicLines, builderRows))];
    }

    private static PageError Error(FieldError error, IReadOnlyList<(int Line, string Text)> topicLines, IReadOnlyList<BuilderRow> builderRows)
    {
        var field = error.Field;
        if (field.StartsWith("topics[", StringComparison.Ordinal)
            && int.TryParse(field.AsSpan(7, field.IndexOf(']', StringComparison.Ordinal) - 7), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            if (index < topicLines.Count)
            {
                return new PageError("topics", string.Format(CultureInfo.CurrentCulture, PageStrings.TopicLine, topicLines[index].Line, TopicReasons.Plain(error.Reason)));
            }

            if (index - topicLines.Count < builderRows.Count)
            {
                return new PageError(TopicBuilderFields.FirstFilled(builderRows[index - topicLines.Count]), Capitalised(TopicReasons.Plain(error.Reason)));
            }
        }

        var target = field switch
        {
            "preferences.email.frequency" or "preferences.email" => "emailFrequency",
            "preferences.email.at" => "digestTime",
            "preferences.email.weekday" => "weekday",
            "preferences.quietHours.end" => "quietEnd",
            "preferences.caps.email" => "capEmail",
            "preferences.caps.sms" or "preferences.caps" => "capSms",
            "preferences.channels.email" => "emailChannel",
            "preferences.channels.sms" or "preferences.channels" => "smsChannel",
            _ when field.StartsWith("preferences.quietHours", StringComparison.Ordinal) => "quietStart",
            _ when field == "languages" || field.StartsWith("languages[", StringComparison.Ordinal) => ReadLanguages.Field,
            "email" or "phone" or "timeZone" or "language" or "topics" or "smsMaxUrgency" => field,
            _ => "email",
        };
        return new PageError(target, Worded(target, field, error.Reason));
    }

    /// <summary>
    /// The error message a person sees for an address (<paramref name="field"/> <c>email</c>) or number (<c>phone</c>)
    /// refused with <paramref name="reason"/> (a parser's "is ..." reason): the one wording of the sign-up page and the
    /// preference centre, naming countries rather than ISO codes, and the address or number it is about.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="reason"/> is null.</exception>
    public static string ContactError(string field, string reason)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(reason);
        return Worded(field, field, reason);
    }

    /// <summary>
    /// The message a page shows for <paramref name="reason"/> (a parser's reason about the API field
    /// <paramref name="apiField"/>) on the form field <paramref name="field"/>: a whole sentence naming its subject once,
    /// by the label the page shows it with, quoted (<see cref="FieldLabels.Named"/>: "“Quiet hours from” must be a time
    /// like 22:00", the same on every page; trial r38 #12), never a format pattern, a code or an option's value.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Worded(string field, string apiField, string reason)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(apiField);
        ArgumentNullException.ThrowIfNull(reason);
        var subject = FieldLabels.Named(field) ?? PageStrings.SubjectForm;
        var plain = Plain(apiField, reason, subject);
        return plain.ContinuesSubject ? $"{subject} {ArabicAgreement.Predicate(field, plain.Text, PageCulture.Language)}" : Capitalised(plain.Text);
    }

    // The parsers' reasons written for developers (E.164, country codes, JSON shapes) in words for a person, in the
    // page's language; the JSON API keeps the technical wording. ContinuesSubject: the words go on from the field's
    // subject ("... must be a whole number from 1 to 1000"), as the English reason does ("must ...", "is ...").
    private static (string Text, bool ContinuesSubject) Plain(string field, string reason, string subject)
    {
        if (reason == ChannelSwitches.AllOffReason || reason == SubscriberRequestParser.SignUpAllOffReason)
        {
            // Both off is stopping everything: the page offers its own button for that (issue 16).
            return (PageStrings.ChannelsAllOff, false);
        }

        if (reason == "must be true (on) or false (off)")
        {
            return (string.Format(CultureInfo.CurrentCulture, PageStrings.FieldOnOrOff, subject), false);
        }

        if (field == "topics" && reason.StartsWith("at least one topic is required", StringComparison.Ordinal))
        {
            return (PageStrings.TopicsMissing, false);
        }

        if (reason.EndsWith(DeliveryPreferencesParser.NotTimeOfDay, StringComparison.Ordinal) && reason.StartsWith('\'') && reason.IndexOf('\'', 1) is > 1 and var close)
        {
            // "25:00" written as a time but past the day's end: say so, with what was typed (trial r32 #6).
            return (string.Format(CultureInfo.InvariantCulture, PageStrings.FieldNotTimeOfDay, subject, reason[1..close]), false);
        }

        if (reason.StartsWith("must be a local time HH:mm", StringComparison.Ordinal))
        {
            return (string.Format(CultureInfo.InvariantCulture, PageStrings.FieldTimeLike, subject), false);
        }

        if (reason.StartsWith("is required (HH:mm)", StringComparison.Ordinal))
        {
            return (string.Format(CultureInfo.InvariantCulture, PageStrings.FieldTimeMissing, subject), false);
        }

        if (field.StartsWith("preferences.quietHours", StringComparison.Ordinal) && reason == "must differ from start")
        {
            // Both fields by the labels the page shows (trial r38 #12), so the summary need not name the field again.
            return (string.Format(CultureInfo.CurrentCulture, PageStrings.QuietEndSameAsStartNamed, FieldLabels.Named("quietEnd"), FieldLabels.Named("quietStart")), false);
        }

        if (reason.StartsWith("must be immediate, hourly", StringComparison.Ordinal) || reason.StartsWith("must be a weekday", StringComparison.Ordinal)
            || reason == LanguageField.Reason || reason == SubscriberRequestParser.LanguageNotOffered)
        {
            return (string.Format(CultureInfo.InvariantCulture, PageStrings.FieldFromTheList, subject), false);
        }

        if (field == "email" && reason.StartsWith("is not an email address", StringComparison.Ordinal))
        {
            return (string.Format(CultureInfo.InvariantCulture, PageStrings.FieldEmailLike, subject), false);
        }

        if (field == "timeZone" && reason.StartsWith("is not an IANA time zone", StringComparison.Ordinal))
        {
            // As every list is worded, by the field's label (trial r38 #12: "Time zone: Choose a time zone..." named it twice).
            return (string.Format(CultureInfo.InvariantCulture, PageStrings.FieldFromTheList, subject), false);
        }

        if (field != "phone")
        {
            return Reason(reason);
        }

        if (NotMobilePattern().Match(reason) is { Success: true } kind)
        {
            return (string.Format(CultureInfo.CurrentCulture, PageStrings.PhoneNotMobile, ValidatorReasonWords.Kind(kind.Groups["kind"].Value) ?? kind.Groups["kind"].Value), false);
        }

        if (reason.StartsWith("must be in international E.164 form", StringComparison.Ordinal))
        {
            return (PageStrings.PhoneNeedsCountryCode, false);
        }

        if (reason.StartsWith(TextablePhones.NeedsCountryCodeReason, StringComparison.Ordinal))
        {
            return (PhoneHints.NeedsCountryCode(reason[TextablePhones.NeedsCountryCodeReason.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)), false);
        }

        if (reason == "is not a phone number")
        {
            return (PageStrings.PhoneNotANumber, false);
        }

        var country = NotTextedPattern().Match(reason);
        if (!country.Success)
        {
            // "has more than one +; ...", "is longer than 32 characters": about the number typed ("This number ...").
            var words = Reason(reason);
            return words.ContinuesSubject ? ($"{PageStrings.PhoneThisNumber} {words.Text}", false) : words;
        }

        var allowed = PhoneHints.Countries(country.Groups["allowed"].Value.Split(", "));
        return (country.Groups["in"].Success
            ? string.Format(CultureInfo.CurrentCulture, PageStrings.PhoneCountryNotTexted, PhoneHints.InSentence(country.Groups["in"].Value), allowed)
            : string.Format(CultureInfo.CurrentCulture, PageStrings.PhoneInNoCountry, allowed), false);
    }

    // Any other reason in the page's language (ValidatorReasonWords), going on from its subject when the English one does.
    private static (string Text, bool ContinuesSubject) Reason(string reason) => (TopicReasons.Plain(reason), PredicatePattern().IsMatch(reason));

    [GeneratedRegex("^is (?:in (?<in>[A-Z]{2})|not in any country); texts go only to numbers in (?<allowed>[A-Z]{2}(?:, [A-Z]{2})*)$")]
    private static partial Regex NotTextedPattern();

    // A reason that goes on from its subject ("must be ...", "is longer than ..."): the subject is put before it.
    [GeneratedRegex("^(?:must|is|are|has|have|should|cannot|can't|contains|needs) ")]
    private static partial Regex PredicatePattern();

    [GeneratedRegex("^is (?<kind>.+), which cannot receive texts; give a mobile number$")]
    private static partial Regex NotMobilePattern();

    private static string Capitalised(string reason) => reason.Length == 0 ? reason : char.ToUpperInvariant(reason[0]) + reason[1..];

    private static JsonObject Preferences(IReadOnlyDictionary<string, string> form, bool removeQuietHoursWhenEmpty)
    {
        var preferences = new JsonObject();
        var email = new JsonObject();
        AddText(email, "frequency", Get(form, "emailFrequency"));
        AddText(email, "at", Number(form, "digestTime"));
        AddText(email, "weekday", Get(form, "weekday"));
        if (email.Count > 0)
        {
            preferences["email"] = email;
        }

        var (start, end) = (Number(form, "quietStart"), Number(form, "quietEnd"));
        if (start is not null || end is not null)
        {
            preferences["quietHours"] = new JsonObject { ["start"] = start ?? string.Empty, ["end"] = end ?? string.Empty, ["flashThrough"] = Get(form, "flashThrough") is not null };
        }
        else if (removeQuietHoursWhenEmpty && form.ContainsKey("quietStart"))
        {
            preferences["quietHours"] = null;
        }

        // Only the caps the form holds (a page shows each channel's cap only to who has that channel): one left out is left as stored.
        var caps = new JsonObject();
        foreach (var (field, channel) in new[] { ("capEmail", "email"), ("capSms", "sms") })
        {
            if (form.ContainsKey(field))
            {
                caps[channel] = Count(Number(form, field));
            }
        }

        if (caps.Count > 0)
        {
            preferences["caps"] = caps;
        }

        // The channel switches the form holds (one per contact the subscriber has): on, off, or anything else as text,
        // which the parser refuses by name.
        var channels = new JsonObject();
        foreach (var (field, channel) in new[] { ("emailChannel", "email"), ("smsChannel", "sms") })
        {
            if (Get(form, field) is { } value)
            {
                channels[channel] = value switch { "on" => JsonValue.Create(true), "off" => JsonValue.Create(false), _ => JsonValue.Create(value) };
            }
        }

        if (channels.Count > 0)
        {
            preferences["channels"] = channels;
        }

        return preferences;
    }

    // A whole number as a number (the parser checks its range); anything else as text, which the parser refuses by name.
    private static JsonNode? Count(string? value) =>
        value is null ? null
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n) : JsonValue.Create(value);

    // The raw topics' lines, then the builder's composed topics (TopicBuilderFields).
    private static JsonArray Topics(IReadOnlyDictionary<string, string> form) =>
        [.. TopicLines(form.GetValueOrDefault("topics")).Select(l => l.Text).Concat(TopicBuilderFields.Topics(form)).Select(t => (JsonNode?)JsonValue.Create(t))];

    private static JsonArray Array(IEnumerable<string> values) => [.. values.Select(v => (JsonNode?)JsonValue.Create(v))];

    private static string? Get(IReadOnlyDictionary<string, string> form, string name) =>
        form.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    // A number or time typed in any script's digits reads as its ASCII digits, as a texted code does (TypedCodes; trial r33 #10).
    private static string? Number(IReadOnlyDictionary<string, string> form, string name) => Core.Words.TypedDigits.Normalised(Get(form, name))?.Trim();

    private static void AddText(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
