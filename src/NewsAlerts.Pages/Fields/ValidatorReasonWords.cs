namespace NewsAlerts.Pages.Fields;

using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>
/// The validators' reasons (English, written once in Core and Matching and kept by the JSON API) in the page's
/// language: each kind of reason is one entry of <see cref="Entries"/>, a pattern of its English wording and the
/// <see cref="PageStrings"/> key whose value says it (the English catalog value is the reason's own wording, so English
/// pages read as before). Values the reason carries (a column, a length, a character) fill the placeholders in order;
/// a value the person typed (a token, a field name) goes in first-strong isolated (<see cref="Core.Words.TypedText"/>),
/// so an Arabic word in an English error, or a Latin one in an Arabic error, cannot reorder the sentence around it.
/// The reasons come from <c>TopicQuery</c>/<c>QueryParser</c> (Matching), <c>FreeText</c>, <c>JsonFields</c>,
/// <c>ContactValidation</c>, <c>TextablePhones</c> and <c>SubscriberRequestParser</c> (Core); the test
/// <c>Every_error_a_page_shows_names_its_subject_in_words</c> collects every reason those validators give for a corpus
/// of bad input and fails when one is not known here.
/// </summary>
public static partial class ValidatorReasonWords
{
    // One kind of reason: its English wording (anchored; groups are the values it carries), the key that says it and
    // whether its first group holds what the person typed (a token, a field name), which goes in isolated.
    private sealed record Entry(Regex Pattern, string Key, bool FirstIsTyped = false);

    private const bool Typed = true;

    private static readonly Entry[] Entries =
    [
        new(new("^unexpected '\\)' with no matching '\\('$"), nameof(PageStrings.ReasonUnmatchedClose)),
        new(new("^unexpected '(.+)'$"), nameof(PageStrings.ReasonUnexpected), Typed),
        new(new("^the topic is empty$"), nameof(PageStrings.ReasonTopicEmpty)),
        new(new("^has only invisible characters \\(such as a zero-width space\\), so there is nothing to search for$"), nameof(PageStrings.ReasonOnlyInvisible)),
        new(new("^the topic is longer than (\\d+) characters$"), nameof(PageStrings.ReasonTopicTooLong)),
        new(new("^(?:the topic nests parentheses|parentheses are nested) too deeply$"), nameof(PageStrings.ReasonNestedTooDeeply)),
        new(new("^unclosed parenthesis$"), nameof(PageStrings.ReasonUnclosedParenthesis)),
        new(new("^empty parentheses$"), nameof(PageStrings.ReasonEmptyParentheses)),
        new(new("^'=' needs a word or phrase right after it$"), nameof(PageStrings.ReasonExactNeedsWord)),
        new(new("^unknown field '(.*)' \\(known: (.*)\\)$"), nameof(PageStrings.ReasonUnknownField), Typed),
        new(new("^a field scope cannot be nested in another$"), nameof(PageStrings.ReasonNestedField)),
        new(new("^(\\w+): needs a word, phrase or group after it$"), nameof(PageStrings.ReasonFieldNeedsWord), Typed),
        new(new("^unclosed quote$"), nameof(PageStrings.ReasonUnclosedQuote)),
        new(new("^urgency: needs a number from 1 to 9, optionally after <, <=, > or >=$"), nameof(PageStrings.ReasonUrgencyNumber)),
        new(new("^urgency: needs a number from 1 to 9, optionally after <, <=, > or >= \\(at least 1\\)$"), nameof(PageStrings.ReasonUrgencyAtLeast)),
        new(new("^urgency: needs a number from 1 to 9, optionally after <, <=, > or >= \\(at most 9\\)$"), nameof(PageStrings.ReasonUrgencyAtMost)),
        new(new("^(\\w+): needs a value right after it$"), nameof(PageStrings.ReasonFieldNeedsValue), Typed),
        new(new("^empty phrase$"), nameof(PageStrings.ReasonEmptyPhrase)),
        new(new("^'\\*' is allowed only at the end of a word, as a prefix wildcard$"), nameof(PageStrings.ReasonStarAtEnd)),
        new(new("^a prefix wildcard needs at least 3 letters or digits before '\\*'$"), nameof(PageStrings.ReasonStarNeedsLetters)),
        new(new("^'(.*)' has no letters or digits$"), nameof(PageStrings.ReasonNoLetters), Typed),
        new(new("^(OR|AND|NOT|NEAR) needs a term after it$"), nameof(PageStrings.ReasonNeedsTermAfter)),
        new(new("^(OR|AND) needs a term before it$"), nameof(PageStrings.ReasonNeedsTermBefore)),
        new(new("^too many nested NOTs$"), nameof(PageStrings.ReasonTooManyNots)),
        new(new("^NEAR/ needs a distance from 1 to 50 words$"), nameof(PageStrings.ReasonNearDistance)),
        new(new("^NEAR/ needs a distance from 1 to 50 words \\(at least 1\\)$"), nameof(PageStrings.ReasonNearAtLeast)),
        new(new("^NEAR/ needs a distance from 1 to 50 words \\(at most 50\\)$"), nameof(PageStrings.ReasonNearAtMost)),
        new(new("^NEAR needs a word or phrase after it$"), nameof(PageStrings.ReasonNearNeedsWord)),
        new(new("^NEAR joins words or phrases only$"), nameof(PageStrings.ReasonNearJoinsWords)),
        new(new("^is required(?: \\(or .*\\))?$"), nameof(PageStrings.ReasonRequired)),
        new(new("^is longer than (\\d+) characters$"), nameof(PageStrings.ReasonLongerThan)),
        new(new("^must be a string$"), nameof(PageStrings.ReasonNotText)),
        new(new("^must be a whole number from (-?\\d+) to (-?\\d+)$"), nameof(PageStrings.ReasonWholeNumber)),
        new(new("^must be a whole number from (-?\\d+) to (-?\\d+) \\(at least -?\\d+\\)$"), nameof(PageStrings.ReasonWholeNumberAtLeast)),
        new(new("^must be a whole number from (-?\\d+) to (-?\\d+) \\(at most -?\\d+\\)$"), nameof(PageStrings.ReasonWholeNumberAtMost)),
        new(new("^at most (\\d+) topics are allowed$"), nameof(PageStrings.ReasonTooManyTopics)),
        new(new("^an email address or a phone number is required$"), nameof(PageStrings.ReasonEmailOrPhone)),
        new(new("^needs a domain such as example\\.com after the @$"), nameof(PageStrings.ReasonEmailNeedsDomain)),
        new(new("^has more than one \\+; write a single \\+ before the country code$"), nameof(PageStrings.ReasonMoreThanOnePlus)),
        new(new("^has an extension; texts cannot go to an extension, so give the mobile number alone$"), nameof(PageStrings.ReasonPhoneExtension)),
        new(new("^is not a valid phone number for its country code$"), nameof(PageStrings.ReasonPhoneInvalidForCountry)),
        new(new("^contains U\\+[0-9A-F]{4,6} \\(([^)]*)\\), (which can reorder text|which is not allowed in text|a control character, which is not allowed in text|which is not a whole character|which has no agreed meaning and can show as nothing|which can hide text); remove it$"), nameof(PageStrings.ReasonHiddenCharacter)),
    ];

    // The kinds of character FreeText refuses and of number TextablePhones does not text, as the reasons name them.
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["a right-to-left override"] = nameof(PageStrings.CharacterRightToLeftOverride),
        ["a left-to-right override"] = nameof(PageStrings.CharacterLeftToRightOverride),
        ["a bidi control"] = nameof(PageStrings.TextDirectionMark),
        ["a null character"] = nameof(PageStrings.CharacterNull),
        ["a control character"] = nameof(PageStrings.CharacterControl),
        ["an invisible formatting character"] = nameof(PageStrings.CharacterInvisible),
        ["a private-use character"] = nameof(PageStrings.CharacterPrivateUse),
        ["an invisible or private-use character"] = nameof(PageStrings.CharacterInvisibleOrPrivate),
        ["half of a character pair"] = nameof(PageStrings.CharacterHalfPair),
        ["which can reorder text"] = nameof(PageStrings.HarmReorder),
        ["which is not allowed in text"] = nameof(PageStrings.HarmNotAllowed),
        ["a control character, which is not allowed in text"] = nameof(PageStrings.HarmControlNotAllowed),
        ["which is not a whole character"] = nameof(PageStrings.HarmNotWhole),
        ["which has no agreed meaning and can show as nothing"] = nameof(PageStrings.HarmNoMeaning),
        ["which can hide text"] = nameof(PageStrings.HarmHide),
        ["a landline"] = nameof(PageStrings.NumberLandline),
        ["a premium-rate number"] = nameof(PageStrings.NumberPremiumRate),
        ["a toll-free number"] = nameof(PageStrings.NumberTollFree),
        ["a shared-cost number"] = nameof(PageStrings.NumberSharedCost),
        ["a VoIP number"] = nameof(PageStrings.NumberVoip),
        ["a personal (forwarding) number"] = nameof(PageStrings.NumberPersonal),
        ["a pager number"] = nameof(PageStrings.NumberPager),
        ["a company number (UAN)"] = nameof(PageStrings.NumberCompany),
        ["a voicemail number"] = nameof(PageStrings.NumberVoicemail),
        ["a number of no known type"] = nameof(PageStrings.NumberUnknownType),
    };

    /// <summary>
    /// <paramref name="reason"/> in the page's language, or null when it is of no kind known here. A reason ending in
    /// " at column N" (<c>TopicParseResult.Error</c>) is its reason with <see cref="PageStrings.ReasonAtColumn"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public static string? Of(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (AtColumn().Match(reason) is { Success: true } at)
        {
            return Of(at.Groups["reason"].Value) is { } words
                ? string.Format(CultureInfo.CurrentCulture, PageStrings.ReasonAtColumn, words, int.Parse(at.Groups["column"].Value, CultureInfo.InvariantCulture))
                : null;
        }

        foreach (var entry in Entries)
        {
            if (entry.Pattern.Match(reason) is { Success: true } match)
            {
                var values = match.Groups.Cast<Group>().Skip(1)
                    .Select((g, i) => (object)(i == 0 && entry.FirstIsTyped ? Core.Words.TypedText.Isolate(g.Value) : Kind(g.Value) ?? g.Value)).ToArray();
                return string.Format(CultureInfo.CurrentCulture, PageStrings.Text(entry.Key), values);
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="reason"/> in the page's language (<see cref="Of"/>); a reason of no known kind is itself on an
    /// English page and <see cref="PageStrings.ReasonOther"/> ("cannot be used as it is") on others, so no page shows English
    /// words after a translated subject.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public static string InWords(string reason) =>
        Of(reason) ?? (Languages.PageCulture.Language == "en" ? reason : PageStrings.ReasonOther);

    /// <summary>The kind of character or number a reason names ("a landline") in the page's language; null for another text.</summary>
    public static string? Kind(string kind) => Kinds.TryGetValue(kind, out var key) ? PageStrings.Text(key) : null;

    [GeneratedRegex("^(?<reason>.+) at column (?<column>\\d+)$")]
    private static partial Regex AtColumn();
}
