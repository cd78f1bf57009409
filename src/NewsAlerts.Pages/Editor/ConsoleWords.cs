namespace NewsAlerts.Pages.Editor;

using System.Globalization;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.Editor;
using NewsAlerts.Core.Texts;

/// <summary>
/// Every value the console shows that code names (a version's decision, an audit action, a ledger state, a kind of
/// message, a cost, an encoding) in the words of <see cref="ConsoleStrings"/>: no enum or code name reaches a page.
/// </summary>
public static partial class ConsoleWords
{
    /// <summary>What a version is, as one sentence: "A new story: it alerts the subscribers below."</summary>
    public static string Decision(VersionDecision decision) => decision switch
    {
        VersionDecision.NewStory => ConsoleStrings.DecisionNewStory,
        VersionDecision.Upgrade => ConsoleStrings.DecisionUpgrade,
        VersionDecision.Correction => ConsoleStrings.DecisionCorrection,
        VersionDecision.Withdrawal => ConsoleStrings.DecisionWithdrawal,
        VersionDecision.MajorCorrection => ConsoleStrings.DecisionMajorCorrection,
        VersionDecision.Duplicate => ConsoleStrings.DecisionDuplicate,
        VersionDecision.Stale => ConsoleStrings.DecisionStale,
        VersionDecision.UnknownStory => ConsoleStrings.DecisionUnknownStory,
        _ => ConsoleStrings.DecisionAfterWithdrawal,
    };

    /// <summary>
    /// Who a withdrawal's or major correction's follow-up cannot reach, as one sentence with the true count
    /// (<see cref="Core.FollowUps.MissedFollowUps"/>): "2 people who got an earlier version have since stopped alerts;
    /// they will not get the correction." (<paramref name="done"/>: "had since … did not get"); null when
    /// <paramref name="count"/> is 0 or <paramref name="withdrawal"/> and a correction are not what the version is.
    /// </summary>
    /// <param name="count">People who received the story and have since stopped alerts on every channel that carried it.</param>
    /// <param name="withdrawal">True for a withdrawal, false for a major correction.</param>
    /// <param name="done">True once it was sent (the story page), false for the preview.</param>
    public static string? Missed(int count, bool withdrawal, bool done)
    {
        if (count <= 0)
        {
            return null;
        }

        var format = (withdrawal, done, count == 1) switch
        {
            (false, false, true) => ConsoleStrings.MissedCorrectionOne,
            (false, false, false) => ConsoleStrings.MissedCorrectionMany,
            (true, false, true) => ConsoleStrings.MissedWithdrawalOne,
            (true, false, false) => ConsoleStrings.MissedWithdrawalMany,
            (false, true, true) => ConsoleStrings.MissedCorrectedOne,
            (false, true, false) => ConsoleStrings.MissedCorrectedMany,
            (true, true, true) => ConsoleStrings.MissedWithdrawnOne,
            _ => ConsoleStrings.MissedWithdrawnMany,
        };
        return string.Format(CultureInfo.InvariantCulture, format, count);
    }

    /// <summary>
    /// What a version is, worded by what the story's earlier versions actually did (trial r43 #11: "a story already sent"
    /// for one that had reached nobody): for an upgrade, <paramref name="earlier"/> (the matched subscribers an earlier
    /// version reached or is on its way to, <see cref="NewsAlerts.Core.Planning.MatchedOutcomes.Earlier"/>) says whether it was sent to some, is
    /// only on its way, or was sent to nobody; without it (null), or for any other decision, <see cref="Decision(VersionDecision)"/>.
    /// </summary>
    public static string Decision(VersionDecision decision, NewsAlerts.Core.Planning.EarlierOutcomes? earlier) => decision == VersionDecision.Upgrade && earlier is { } e
        ? e.Sent > 0 ? ConsoleStrings.DecisionUpgradeSent
        : e.Sending + e.AfterQuietHours + e.InDigest > 0 ? ConsoleStrings.DecisionUpgradeOnItsWay
        : ConsoleStrings.DecisionUpgradeSentToNobody
        : Decision(decision);

    /// <summary>An audit action in words: "Flagged as breaking".</summary>
    public static string Action(EditorAction action) => action switch
    {
        EditorAction.Published => ConsoleStrings.ActionPublished,
        EditorAction.Upgraded => ConsoleStrings.ActionUpgraded,
        EditorAction.Updated => ConsoleStrings.ActionUpdated,
        EditorAction.Retracted => ConsoleStrings.ActionRetracted,
        _ => ConsoleStrings.ActionCorrected,
    };

    /// <summary>A ledger state in words: "Held by the daily cap".</summary>
    public static string State(LedgerState state) => state switch
    {
        LedgerState.Claimed => ConsoleStrings.StateClaimed,
        LedgerState.Retrying => ConsoleStrings.StateRetrying,
        LedgerState.Sent => ConsoleStrings.StateSent,
        LedgerState.Delivered => ConsoleStrings.StateDelivered,
        LedgerState.Failed => ConsoleStrings.StateFailed,
        LedgerState.Skipped => ConsoleStrings.StateSkipped,
        LedgerState.HeldStale => ConsoleStrings.StateHeldStale,
        LedgerState.HeldByCap => ConsoleStrings.StateHeldByCap,
        _ => ConsoleStrings.StateDeadLettered,
    };

    /// <summary>
    /// A tally's reason (<see cref="DeliveryTally"/> and <see cref="DigestDeliveryTally"/> key them
    /// <c>"{state}: {reason}"</c>) with the state in words: "Held by the daily cap: over the daily limit".
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static string Reason(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var colon = key.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && Enum.TryParse<LedgerState>(key[..colon], ignoreCase: false, out var state) && Enum.IsDefined(state)
            ? State(state) + key[colon..]
            : key;
    }

    /// <summary>The label of the example numbered <paramref name="number"/> (from 1): no subscriber id on a page.</summary>
    public static string Example(int number) => ConsoleStrings.ExamplePrefix + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How an example is reached, in words: "email now, text now".</summary>
    /// <exception cref="ArgumentNullException"><paramref name="ways"/> is null.</exception>
    public static string Ways(IReadOnlyList<SampleWay> ways)
    {
        ArgumentNullException.ThrowIfNull(ways);
        return string.Join(", ", ways.Select(w => w switch
        {
            SampleWay.EmailNow => ConsoleStrings.WayEmailNow,
            SampleWay.TextNow => ConsoleStrings.WayTextNow,
            SampleWay.TextLater => ConsoleStrings.WayTextLater,
            _ => ConsoleStrings.WayDigest,
        }));
    }

    /// <summary>
    /// A refused article's error as the publish form shows it: for pasted ninjs with the ninjs field the editor wrote
    /// ("body_text: is longer than 50000 characters"); for the form's fields with the field in words ("The body is
    /// longer than 50000 characters").
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="reason"/> is null.</exception>
    public static string ArticleError(string field, string reason, bool pasted)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(reason);
        reason = Typeset(reason);
        if (field == "$")
        {
            // The whole text (not JSON): the reason names the line and column itself (JsonSyntax).
            return reason.Length == 0 ? reason : char.ToUpperInvariant(reason[0]) + reason[1..];
        }

        if (pasted)
        {
            return $"{field}: {reason}";
        }

        var subject = field switch
        {
            "headline" => ConsoleStrings.FieldHeadline,
            "body_text" or "body_html" or "body" => ConsoleStrings.FieldBody,
            "urgency" => ConsoleStrings.FieldUrgency,
            "url" => ConsoleStrings.FieldUrl,
            "uri" or "id" => ConsoleStrings.FieldId,
            "note" or "ednote" => ConsoleStrings.FieldNote,
            "name" => ConsoleStrings.FieldName,
            "language" => ConsoleStrings.FieldLanguage,
            _ => ConsoleStrings.FieldOther,
        };
        return $"{subject} {reason}";
    }

    /// <summary>
    /// A reason worded for the API (Core's validators write ASCII: <c>'en'</c>, <c>field's</c>) in the console's
    /// typography: a quoted value in curly quotes (<c>“en”</c>) and an apostrophe as ’ (trial r41 #7). Double quotes stay:
    /// they are JSON's own syntax in a reason (<c>a field name in double quotes ("headline")</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public static string Typeset(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return QuotedValue().Replace(reason, "“$1”").Replace('\'', '’');
    }

    // 'value' set off by a space, a bracket or the text's edge on the left and by a space, punctuation or the edge on the right.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^|[\s(\[])'([^'\s][^']*?)'(?=$|[\s,.;:)\]])", System.Text.RegularExpressions.RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex QuotedValue();

    /// <summary>A channel's name: "Email", "SMS".</summary>
    public static string Channel(Channel channel) => channel == Core.Delivery.Channel.Sms ? ConsoleStrings.ChannelSms : ConsoleStrings.ChannelEmail;

    /// <summary>A delivery row's label: "SMS: alert", "Email: withdrawal follow-up (version 3)".</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tally"/> is null.</exception>
    public static string Row(ChannelTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var kind = tally.Kind switch
        {
            MessageKind.WithdrawalFollowUp => ConsoleStrings.KindWithdrawalFollowUp,
            MessageKind.CorrectionFollowUp => ConsoleStrings.KindCorrectionFollowUp,
            _ => ConsoleStrings.KindAlert,
        };
        var version = tally.Version is { } v ? string.Format(CultureInfo.InvariantCulture, ConsoleStrings.KindVersion, v) : string.Empty;
        return $"{Channel(tally.Channel)}: {kind}{version}";
    }

    /// <summary>An amount: "1.20 USD".</summary>
    public static string Money(decimal amount, string currency) => $"{amount.ToString("0.00##", CultureInfo.InvariantCulture)} {currency}";

    /// <summary>A cost line's country: "+44 (United Kingdom)".</summary>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is null.</exception>
    public static string Country(SmsCostLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var name = line.Country == "ZZ" ? ConsoleStrings.UnknownCountry : Fields.PhoneHints.CountryName(line.Country);
        return line.CallingCode > 0 ? $"+{line.CallingCode.ToString(CultureInfo.InvariantCulture)} ({name})" : name;
    }

    /// <summary>What an unpriced line lacks: "No price set for +44 (United Kingdom); set Sms:PricePerSegment:GB".</summary>
    /// <exception cref="ArgumentNullException"><paramref name="line"/> is null.</exception>
    public static string NoPrice(SmsCostLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var key = line.Country == "ZZ" ? line.CallingCode.ToString(CultureInfo.InvariantCulture) : line.Country;
        return string.Format(CultureInfo.InvariantCulture, ConsoleStrings.NoPriceFor, Country(line), key);
    }

    /// <summary>
    /// The estimate's total: "1.20 USD" when every country has a price; "at least 1.20 USD; 30 texts to countries
    /// without a price" when some have none; "unknown: no price is set for the countries texted (30 texts)" when none has.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="estimate"/> is null.</exception>
    public static string Total(SmsCostEstimate estimate, string currency)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var unpriced = estimate.UnpricedTexts;
        if (unpriced == 0)
        {
            return Money(estimate.Total, currency);
        }

        return estimate.AnyPriced
            ? string.Format(CultureInfo.InvariantCulture, ConsoleStrings.TotalAtLeast, Money(estimate.Total, currency), Texts(unpriced))
            : string.Format(CultureInfo.InvariantCulture, ConsoleStrings.TotalUnknown, Texts(unpriced));
    }

    /// <summary>A text's measure: "1 segment, GSM-7, 120 septets".</summary>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    public static string Measure(SmsBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var gsm = body.Measure.Encoding == SmsEncoding.Gsm7;
        return string.Format(
            CultureInfo.InvariantCulture, ConsoleStrings.MeasureFormat, Segments(body.Measure.Segments),
            gsm ? ConsoleStrings.Gsm7 : ConsoleStrings.Ucs2, body.Measure.Units, gsm ? ConsoleStrings.Septets : ConsoleStrings.Utf16Units);
    }

    /// <summary>
    /// The warning of a text sent as UCS-2: which characters force it, the segments with and without them, and
    /// whether the link is still in the first segment. Of a story written in another script than Latin
    /// (<see cref="Ucs2Warning.Script"/>), says once that texts in that script go as UCS-2, and names only characters
    /// outside it (trial r43 #13).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="warning"/> is null.</exception>
    public static string Ucs2(Ucs2Warning warning, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(warning);
        if (warning.Script is { } script)
        {
            var said = string.Format(CultureInfo.InvariantCulture, ConsoleStrings.Ucs2ByScript, script, Segments(warning.Segments));
            if (warning.Characters.Count > 0)
            {
                said += " " + string.Format(
                    CultureInfo.InvariantCulture, ConsoleStrings.Ucs2OutsideScript, script, string.Join(" ", warning.Characters), Segments(warning.SegmentsWithout));
                if (warning.HeadlineCut && !warning.HeadlineCutWithout)
                {
                    said += " " + ConsoleStrings.Ucs2HeadlineCut;
                }
            }

            return warning.LinkInFirstSegment == false ? said + " " + ConsoleStrings.Ucs2LinkLater : said;
        }

        if (warning.Characters.Count == 0)
        {
            // Nothing in the headline forces it: the language's own words do (Arabic prefix or opt-out line).
            return string.Format(CultureInfo.InvariantCulture, ConsoleStrings.Ucs2ByWording, LanguageName(language), Segments(warning.Segments));
        }

        var characters = string.Join(" ", warning.Characters);
        var text = string.Format(
            CultureInfo.InvariantCulture, ConsoleStrings.Ucs2Forced, characters, Segments(warning.Segments), Segments(warning.SegmentsWithout));
        if (warning.HeadlineCut && !warning.HeadlineCutWithout)
        {
            text += " " + ConsoleStrings.Ucs2HeadlineCut;
        }

        return warning.LinkInFirstSegment switch
        {
            true => text + " " + ConsoleStrings.Ucs2LinkFits,
            false => text + " " + ConsoleStrings.Ucs2LinkPushed,
            null => text,
        };
    }

    /// <summary>
    /// A language's heading: "French: 3 texts, 4 segments"; "English (nobody is texted; shown as an example)" when none
    /// goes in it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string LanguageTexts(SmsLanguagePreview text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var name = LanguageName(text.Count.Language);
        return text.Count.Texts == 0
            ? string.Format(CultureInfo.InvariantCulture, ConsoleStrings.NoTextsExample, name)
            : string.Format(
                CultureInfo.InvariantCulture, ConsoleStrings.LanguageTextsFormat, name,
                string.Format(CultureInfo.InvariantCulture, text.Count.Texts == 1 ? ConsoleStrings.OneText : ConsoleStrings.ManyTexts, text.Count.Texts),
                Segments(text.Segments));
    }

    /// <summary>A language's English name ("Arabic"), the console being in English.</summary>
    /// <summary>
    /// A language's emails in words: "French: 2 emails, 1 digest entry"; "English (nobody is emailed; shown as an
    /// example)" when the language counts none.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="email"/> is null.</exception>
    public static string LanguageEmails(EmailLanguagePreview email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var name = LanguageName(email.Count.Language);
        var (emails, entries) = (email.Count.Emails, email.Count.DigestEntries);
        if (emails == 0 && entries == 0)
        {
            return string.Format(CultureInfo.InvariantCulture, ConsoleStrings.NoEmailsExample, name);
        }

        var parts = new List<string>();
        if (emails > 0)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, emails == 1 ? ConsoleStrings.OneEmail : ConsoleStrings.ManyEmails, emails));
        }

        if (entries > 0)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, entries == 1 ? ConsoleStrings.OneDigestEntry : ConsoleStrings.ManyDigestEntries, entries));
        }

        return string.Format(CultureInfo.InvariantCulture, ConsoleStrings.EmailFrameLanguageFormat, name, string.Join(", ", parts));
    }

    /// <summary>The title of a language's email frame: "The email as sent (HTML): French".</summary>
    public static string EmailFrameTitle(string language) =>
        string.Format(CultureInfo.InvariantCulture, ConsoleStrings.EmailFrameLanguageFormat, ConsoleStrings.EmailFrameTitle, LanguageName(language));

    /// <summary>The name of a language in English ("French"), as the console names it.</summary>
    public static string LanguageName(string? language) => TextLanguages.CultureOf(language).EnglishName;

    private static string Segments(int count) =>
        string.Format(CultureInfo.InvariantCulture, count == 1 ? ConsoleStrings.OneSegment : ConsoleStrings.ManySegments, count);

    private static string Texts(int count) =>
        string.Format(CultureInfo.InvariantCulture, count == 1 ? ConsoleStrings.OneTextUnpriced : ConsoleStrings.TextsUnpriced, count);
}
