namespace NewsAlerts.Cli.Tests.Pages;

using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Cli.Tests.Pages.Languages;
using NewsAlerts.Core.Pausing;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Layout;
using NewsAlerts.Pages.Manage;
using NewsAlerts.Pages.SignUp;
using NewsAlerts.Pages.Topics;

/// <summary>
/// Found by a person trying the product: errors read "must be ..." without saying which field, and times were asked
/// for as "HH:mm". The errors are not a hand-picked list: every field the sign-up page and the preference centre render
/// (read from their HTML) gets every value of a corpus of bad input, through the same validators the Function App runs
/// (the API's parsers, the builder, the pause and contact-change forms); every distinct error is then rendered on a page,
/// in its field and in the summary, and read as a person would.
/// </summary>
public sealed partial class Every_error_a_page_shows_names_its_subject_in_words : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly TextablePhones Phones = new(["GB", "IE", "US"]);

    // Bad input of every shape a person or a tampered form can send; not tied to any one field.
    private static readonly string[] BadValues =
    [
        "", " ", "x", "0", "-1", "7", "99", "1000000", "1.5", "25:00", "12:60", "0730", "7pm", "monday", "someday", "1d", "1w", "date",
        "resumed", "off", "2020-01-01", "2999-01-01", "31/12/2026", "+", "+44", "++447400333444", "+447400333444 ext. 12", "+4474003334445555",
        "020 7946 0000", "07400 123456", "+33 6 12 34 56 78", "+1 900 555 0100", "letters", "abc@", "a@b", "name@example..com", "zz-ZZ-invalid!",
        "Mars/Olympus", "Europe/London", "\"unclosed", "(", "Syria)", "NOT", "-football", "AND", "Syria AND", "headline:", "source:", "a*",
        "Syria\u202Eabc", "Syria\u2066abc\u2069", "Syria\u0000", "\uE000", new string('x', 600), string.Join("\n", Enumerable.Repeat("t", 60)),
    ];

    private readonly RazorTemplates templates = new();

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    [Fact]
    public async Task No_error_starts_with_a_bare_verb_or_shows_a_pattern_a_code_or_an_option_value()
    {
        var (fields, options) = await FieldsAndOptionsAsync();
        var errors = fields.SelectMany(field => BadValues.SelectMany(value => ErrorsOf(field, value))).Distinct().ToList();
        Assert.True(errors.Count > 40, $"only {errors.Count} distinct errors: the corpus no longer reaches the validators");

        var html = await templates.RenderAsync<SignUpPage>(new Dictionary<string, object?>
        {
            [nameof(SignUpPage.Form)] = new FormState(new Dictionary<string, string>(), errors),
            [nameof(SignUpPage.Hidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(SignUpPage.Now)] = Now,
        });
        var shown = SummaryItemPattern().Matches(html).Select(m => Text(m.Groups[1].Value))
            .Concat(FieldErrorPattern().Matches(html).Select(m => Text(m.Groups[1].Value)))
            .Concat(errors.Select(e => e.Message))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var wrong = shown.Select(message => (message, why: Why(message, options))).Where(m => m.why is not null).Select(m => $"{m.why}: {m.message}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    public static TheoryData<string> Translated => [.. TextLanguages.Offered.Where(l => l != TextLanguages.Default)];

    /// <summary>
    /// Found by a person who chose French: after a translated subject the reason came in English ("Le numéro de mobile
    /// has more than one +", "Ligne 1 : unclosed quote at column 1"). Every reason the validators give for the corpus is
    /// rendered on a page in each translated language: no reason's English words may be on it, and none may be the
    /// catch-all of a reason of no known kind (so a reason added to a validator must be added to ValidatorReasonWords too).
    /// </summary>
    [Theory]
    [MemberData(nameof(Translated))]
    public async Task Every_reason_a_validator_gives_reads_in_the_pages_language(string language)
    {
        var (fields, _) = await FieldsAndOptionsAsync();
        var reasons = fields.SelectMany(field => BadValues.SelectMany(value => ReasonsOf(field, value)))
            .Select(r => AtColumnPattern().Replace(r, string.Empty)).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(reasons.Count > 30, $"only {reasons.Count} distinct reasons: the corpus no longer reaches the validators");

        using var scope = new PageLanguageScope(language);
        var errors = fields.SelectMany(field => BadValues.SelectMany(value => ErrorsOf(field, value))).Distinct().ToList();
        var html = WebUtility.HtmlDecode(await templates.RenderAsync<SignUpPage>(new Dictionary<string, object?>
        {
            [nameof(SignUpPage.Form)] = new FormState(new Dictionary<string, string>(), errors),
            [nameof(SignUpPage.Hidden)] = Array.Empty<KeyValuePair<string, string>>(),
            [nameof(SignUpPage.Now)] = Now,
        }));
        var text = string.Join("\n", errors.Select(e => e.Message)) + "\n" + html;

        var english = reasons.Where(r => text.Contains(r, StringComparison.Ordinal)).ToList();
        Assert.True(english.Count == 0, $"{language} page shows English reasons:\n{string.Join("\n", english)}");
        var unknown = errors.Where(e => e.Message.Contains(PageStrings.ReasonOther, StringComparison.Ordinal)).Select(e => e.Message).ToList();
        Assert.True(unknown.Count == 0, $"reasons of no known kind (add them to ValidatorReasonWords):\n{string.Join("\n", unknown)}");
    }

    /// <summary>
    /// Found at review: FreeText came to say what each refused character does ("which can reorder text", "a control
    /// character, which is not allowed in text", ...) while the page kept the old "which can hide or reorder text"
    /// pattern, so every translated page showed the catch-all for them. Each kind of refused character, in each language.
    /// </summary>
    [Theory]
    [MemberData(nameof(Translated))]
    [InlineData("en")]
    public void Every_refused_character_reads_in_the_pages_language(string language)
    {
        using var scope = new PageLanguageScope(language);
        foreach (var c in new[] { "\u202E", "\u202D", "\u2066", "\0", "\u0007", "\u001B", "\uE000", "\uD800" })
        {
            var reason = NewsAlerts.Core.Validation.FreeText.Check("ab" + c + "cd").Reason;
            Assert.False(reason is null, $"U+{(int)c[0]:X4} is no longer refused: pick another member of its kind");
            var words = NewsAlerts.Pages.Fields.ValidatorReasonWords.Of(reason!);
            Assert.True(words is not null, $"{language}: no words for '{reason}'");
            Assert.True(language == "en" ? words!.EndsWith("; remove it", StringComparison.Ordinal) : !words!.Contains("which", StringComparison.Ordinal), $"{language}: '{words}' for '{reason}'");
        }
    }

    [Theory]
    [InlineData("fr", "phone", "++447400333444", "Ce numéro contient plus d’un +\u00a0; écrivez un seul + avant l’indicatif du pays")] // what a person saw in English
    [InlineData("fr", "topics", "\"unclosed", "Ligne 1\u00a0: guillemet non fermé (colonne 1)")]
    [InlineData("fr", "topics", "Syria AND", "Ligne 1\u00a0: AND doit être suivi d’un mot ou d’un groupe (colonne 7)")]
    [InlineData("fr", "capSms", "-1", "«\u202fSMS par jour\u202f» doit être au moins 1 (un nombre entier de 1 à 1000)")]
    [InlineData("fr", "topics", "a*", "Ligne 1\u00a0: il faut au moins 3 lettres ou chiffres avant «\u00a0*\u00a0» (colonne 1)")]
    [InlineData("ar", "topics", "\"unclosed", "السطر 1: علامة اقتباس غير مغلقة (العمود 1)")]
    [InlineData("ar", "capSms", "-1", "”الرسائل النصية في اليوم“ يجب أن تكون 1 على الأقل (عددًا صحيحًا من 1 إلى 1000)")]
    [InlineData("de", "topics", "Syria)", "Zeile 1: „)“ ohne passende „(“ (Spalte 6)")]
    [InlineData("en", "topics", "\"unclosed", "Line 1: unclosed quote at column 1")] // English reads as before
    [InlineData("en", "phone", "++447400333444", "This number has more than one +; write a single + before the country code")]
    public void A_reason_reads_in_the_pages_language(string language, string field, string value, string message)
    {
        using var scope = new PageLanguageScope(language);
        var messages = ErrorsOf(field, value).Select(e => e.Message).ToList();
        Assert.True(messages.Contains(message), $"not among:\n{string.Join("\n", messages)}");
    }

    [Theory]
    [InlineData("quietStart", "7pm", "“Quiet hours from” must be a time like 22:00")] // the wording a person asked for
    [InlineData("quietStart", "25:00", "“Quiet hours from” must be a time like 22:00; 25:00 is not a time of day")] // trial r32 #6: past the day's end, not mistyped
    [InlineData("digestTime", "7pm", "“Digest time (daily and weekly)” must be a time like 22:00")]
    [InlineData("emailFrequency", "someday", "“Email frequency” must be one of the choices in the list")]
    [InlineData("weekday", "someday", "“Digest day (weekly)” must be one of the choices in the list")]
    [InlineData("language", "zz-ZZ-invalid!", "“Language of your topics” must be one of the choices in the list")]
    [InlineData("capSms", "-1", "“Texts a day” must be at least 1 (a whole number from 1 to 1000)")] // trial r38 #11: the bound crossed
    [InlineData("capSms", "5000", "“Texts a day” must be at most 1000 (a whole number from 1 to 1000)")]
    [InlineData("email", "abc@", "“Email address” must look like name@example.com")]
    [InlineData("phone", "++447400333444", "This number has more than one +; write a single + before the country code")]
    public void An_error_names_the_field_it_is_about(string field, string value, string message) =>
        Assert.Contains(message, ErrorsOf(field, value).Select(e => e.Message));

    [Fact]
    public void The_end_of_quiet_hours_is_asked_for_by_name_when_only_the_start_is_given()
    {
        var errors = SettingsErrors(new Dictionary<string, string> { ["quietStart"] = "22:00", ["quietEnd"] = "" });

        // Trial r32 #6: the empty end is missing, not mistyped.
        Assert.Equal([new PageError("quietEnd", "“Quiet hours until” must be given too, as a time like 07:00")], errors);
        Assert.Equal(
            "“Quiet hours until” must be given too, as a time like 07:00",
            Assert.Single(FormFields.Errors([new Core.Validation.FieldError("preferences.quietHours.end", "is required (HH:mm)")], [])).Message);
    }

    [Theory]
    [InlineData("must be a local time HH:mm from 00:00 to 23:59")] // what a person saw
    [InlineData("Give the date as yyyy-mm-dd")]
    [InlineData("Quiet hours start is required (see preferences.quietHours.start)")]
    [InlineData("Set flashThrough")]
    [InlineData("The email frequency must be immediate, hourly, daily or weekly")]
    [InlineData("Pause for 1d")]
    [InlineData("Contains U+202E")]
    public void The_reader_catches_each_kind_of_fault(string message)
    {
        var options = new Dictionary<string, string> { ["immediate"] = "As it happens", ["hourly"] = "Hourly digest", ["daily"] = "Daily digest", ["weekly"] = "Weekly digest", ["1d"] = "1 day" };

        Assert.NotNull(Why(message, options));
    }

    // Why a message is not fit for a page, or null when it is.
    private static string? Why(string message, IReadOnlyDictionary<string, string> options)
    {
        if (BareVerbPattern().IsMatch(message))
        {
            return "starts without its subject";
        }

        if (PatternPattern().Match(message) is { Success: true } pattern)
        {
            return $"shows the format pattern {pattern.Value}";
        }

        if (IdentifierPattern().Match(message) is { Success: true } identifier)
        {
            return $"shows the identifier {identifier.Value}";
        }

        if (CodePattern().Match(message) is { Success: true } code)
        {
            return $"shows the code {code.Value}";
        }

        // An option's value where its words belong: a value no person would write ("1d", "pt-BR", "Europe/London"), or
        // a list of values ("immediate, hourly, daily or weekly"). Topic lines and builder rows are about the topic
        // language, whose own words (headline:, body:) are what people write there.
        if (TopicLinePattern().IsMatch(message) || message.Contains("of this field)", StringComparison.Ordinal))
        {
            return null;
        }

        if (WordPattern().Matches(message).Select(m => m.Value).FirstOrDefault(w => options.TryGetValue(w, out var label) && label != w && !w.All(char.IsLetter)) is { } odd)
        {
            return $"shows the option value {odd} (a person sees \"{options[odd]}\")";
        }

        return ListPattern().Matches(message).FirstOrDefault(list => WordPattern().Matches(list.Value).Select(m => m.Value)
                .Where(w => w is not ("or" or "and")).All(w => options.TryGetValue(w, out var label) && label != w)) is { } listed
            ? $"lists the option values {listed.Value}"
            : null;
    }

    // Every way a value typed into field reaches a validator on a page, and the errors the page shows for it.
    private static IEnumerable<PageError> ErrorsOf(string field, string value)
    {
        var signUp = new Dictionary<string, string> { ["email"] = "reader@example.com", ["timeZone"] = "UTC", ["topics"] = "Syria", [field] = value };
        var builder = TopicBuilderFields.Errors(signUp);
        if (builder.Count > 0)
        {
            return builder;
        }

        var parsed = SubscriberRequestParser.ParseSignUp(JsonSerializer.SerializeToElement(FormFields.SignUp(signUp)), Phones);
        var errors = FormFields.Errors(parsed.Errors, FormFields.TopicLines(signUp["topics"]), TopicBuilderFields.Rows(signUp)).ToList();
        errors.AddRange(SettingsErrors(new Dictionary<string, string> { [field] = value }));
        errors.AddRange(SettingsErrors(new Dictionary<string, string> { ["quietStart"] = value, ["quietEnd"] = value }));
        errors.AddRange(PauseErrors(value));
        var (_, emailReason) = ContactValidation.Email(value);
        var (_, phoneReason) = Phones.Check(value);
        errors.AddRange(new[] { ("newEmail", "email", emailReason), ("newPhone", "phone", phoneReason) }
            .Where(c => c.Item3 is not null && value.Trim().Length > 0)
            .Select(c => new PageError(c.Item1, FormFields.ContactError(c.Item2, c.Item3!))));
        return errors;
    }

    // The validators' own reasons (English, as the JSON API gives them) for every way a value reaches them from a page.
    private static IEnumerable<string> ReasonsOf(string field, string value)
    {
        var signUp = new Dictionary<string, string> { ["email"] = "reader@example.com", ["timeZone"] = "UTC", ["topics"] = "Syria", [field] = value };
        // A builder row's reasons by its one check (TopicBuilderFields.Check); a place not offered is worded apart (BuilderInNotOffered).
        var reasons = TopicBuilderFields.FilledRows(signUp)
            .Select(r => TopicBuilderFields.Check(part => signUp.GetValueOrDefault(TopicBuilderFields.Name(r.Index, part))))
            .OfType<BuilderFault>().Where(f => f.Part != "in").Select(f => f.Reason).ToList();
        reasons.AddRange(SubscriberRequestParser.ParseSignUp(JsonSerializer.SerializeToElement(FormFields.SignUp(signUp)), Phones).Errors.Select(e => e.Reason));
        foreach (var form in new[] { new Dictionary<string, string> { [field] = value }, new() { ["quietStart"] = value, ["quietEnd"] = value } })
        {
            reasons.AddRange(SubscriberRequestParser.ParseSettings(JsonSerializer.SerializeToElement(FormFields.SettingsChange(form))).Errors.Where(e => e.Field != "$").Select(e => e.Reason));
        }

        reasons.AddRange(PauseChange.Parse(value).Errors.Select(e => e.Reason));
        if (value.Trim().Length > 0)
        {
            reasons.AddRange(new[] { ContactValidation.Email(value).Item2, Phones.Check(value).Item2 }.OfType<string>());
        }

        return reasons;
    }

    private static IEnumerable<PageError> SettingsErrors(Dictionary<string, string> form)
    {
        var parsed = SubscriberRequestParser.ParseSettings(JsonSerializer.SerializeToElement(FormFields.SettingsChange(form)));
        return FormFields.Errors([.. parsed.Errors.Where(e => e.Field != "$")], []); // "$": nothing to change, which a page never posts
    }

    private static IEnumerable<PageError> PauseErrors(string value)
    {
        foreach (var form in new[] { new Dictionary<string, string> { [PauseFields.Choice] = value }, new() { [PauseFields.Choice] = "date", [PauseFields.Date] = value } })
        {
            if (PauseFields.Read(form).Error is { } error)
            {
                yield return error;
            }

            foreach (var apiError in PauseChange.Parse(value).Errors)
            {
                yield return PauseFields.ErrorOf(apiError, form);
            }
        }
    }

    // The names of the fields a person fills in on the sign-up page and the preference centre, and every select's
    // option values with the words shown for them.
    private async Task<(IReadOnlyList<string> Fields, IReadOnlyDictionary<string, string> Options)> FieldsAndOptionsAsync()
    {
        var subscriber = new Subscriber("s1", "reader@example.com", ContactStatus.Confirmed, "+447400333444", ContactStatus.Pending, "UTC", [new Topic("t1", "Syria", false)], 2, Now);
        var pages = new[]
        {
            await templates.RenderAsync<SignUpPage>(new Dictionary<string, object?>
            {
                [nameof(SignUpPage.Form)] = FormState.Empty, [nameof(SignUpPage.Hidden)] = Array.Empty<KeyValuePair<string, string>>(), [nameof(SignUpPage.Now)] = Now,
            }),
            await templates.RenderAsync<ManagePage>(new Dictionary<string, object?>
            {
                [nameof(ManagePage.Subscriber)] = subscriber, [nameof(ManagePage.Form)] = new FormState(ManageValues.Of(subscriber), []), [nameof(ManagePage.Now)] = Now,
                [nameof(ManagePage.Code)] = new Core.SignUps.WaitingCode("+447400333444", true),
            }),
        };
        var fields = pages.SelectMany(p => FieldNamePattern().Matches(p).Select(m => m.Groups[1].Value)).Distinct(StringComparer.Ordinal).ToList();
        Assert.Contains("quietStart", fields);
        Assert.Contains("newPhone", fields);
        Assert.Contains("pauseUntil", fields);
        Assert.Contains("topic-0-any", fields);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match option in OptionPattern().Matches(string.Concat(pages)))
        {
            options.TryAdd(WebUtility.HtmlDecode(option.Groups[1].Value), WebUtility.HtmlDecode(option.Groups[2].Value));
        }

        return (fields, options);
    }

    private static string Text(string html) => WebUtility.HtmlDecode(TagPattern().Replace(html, string.Empty)).Replace("Error: ", string.Empty, StringComparison.Ordinal).Trim();

    [GeneratedRegex("<(?:input|select|textarea)(?![^>]*type=\"hidden\")[^>]*\\sname=\"([^\"]+)\"")]
    private static partial Regex FieldNamePattern();

    [GeneratedRegex("<option value=\"([^\"]*)\"[^>]*>([^<]*)</option>")]
    private static partial Regex OptionPattern();

    [GeneratedRegex("<li><a href=\"#field-[^\"]*\">(.*?)</a></li>", RegexOptions.Singleline)]
    private static partial Regex SummaryItemPattern();

    [GeneratedRegex("<p class=\"field-error\"[^>]*>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex FieldErrorPattern();

    [GeneratedRegex(" at column \\d+$")]
    private static partial Regex AtColumnPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    // A reason that starts with its verb: the field it is about is missing.
    [GeneratedRegex("^(?:must|is|are|should|has|cannot)\\b")]
    private static partial Regex BareVerbPattern();

    [GeneratedRegex("HH|\\bmm\\b|\\bMM\\b|yyyy|\\bdd\\b|\\bss\\b")]
    private static partial Regex PatternPattern();

    // camelCase, PascalCase compounds, snake_case, dotted.paths of three parts or more (not a domain like example.com), JSON shapes.
    [GeneratedRegex("\\b[a-z]+[A-Z]\\w*|\\b[A-Z][a-z]+[A-Z]\\w*|\\b[A-Za-z]+_\\w+|\\b[a-z]+(?:\\.[a-z][A-Za-z]*){2,}\\b|[{}\\[\\]$]")]
    private static partial Regex IdentifierPattern();

    // Standards' codes where words belong: code points, E.164, IANA, BCP 47, ISO country codes.
    [GeneratedRegex("U\\+[0-9A-F]{4}|E\\.164|\\bIANA\\b|\\bBCP\\b|\\bISO\\b|\\b\\d+[dw]\\b")]
    private static partial Regex CodePattern();

    [GeneratedRegex("[\\p{L}\\d/_-]+")]
    private static partial Regex WordPattern();

    // "immediate, hourly, daily or weekly": a list of three or more words.
    [GeneratedRegex("[\\p{L}\\d/_-]+(?:, [\\p{L}\\d/_-]+)+,? (?:or|and) [\\p{L}\\d/_-]+")]
    private static partial Regex ListPattern();

    // A topic line's error, alone or after its label in the summary ("Topics: Line 2: ...").
    [GeneratedRegex("^(?:[^:]+: )?Line \\d+: ")]
    private static partial Regex TopicLinePattern();
}
