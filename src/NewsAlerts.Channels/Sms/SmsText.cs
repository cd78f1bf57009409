namespace NewsAlerts.Channels.Sms;

using System.Text;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Texts;

/// <summary>
/// Shapes an alert into SMS text that fits one segment where it can:
/// <c>BREAKING: Headline cut at a word... https://short.link</c> (a follow-up: <c>Withdrawn: Headline ...</c> or
/// <c>Correction: Headline ...</c>, its link leading to the notice), plus <c>Reply STOP to opt out</c> on the first
/// message to a number; those words in the subscriber's language (<see cref="SmsTexts"/>). The whole text is
/// transliterated to GSM-7 (<see cref="GsmTransliterator"/>) when that makes all of it GSM-7, so a curly quote or an
/// accent GSM-7 lacks does not halve the space; when anything in it forces UCS-2 anyway (an Arabic prefix, an emoji, a
/// Greek word), nothing in it is rewritten: the headline, the prefix and the opt-out line keep their accents.
/// </summary>
public static partial class SmsText
{
    /// <summary>The prefix of breaking alerts (urgency 1-2) in English (<see cref="SmsTexts.AlertBreaking"/>).</summary>
    public static string BreakingPrefix => SmsTexts.AlertBreaking(null);

    /// <summary>The opt-out wording carried by the first message to a number, in English (<see cref="SmsTexts.OptOut"/>).</summary>
    public static string OptOutWording => SmsTexts.OptOut(null);

    // Below this many units for the headline, one segment is not worth it: allow two rather than a stub.
    private const int MinimumHeadline = 30;

    /// <summary>Composes the body for an alert, its own words in <paramref name="language"/> (a BCP 47 tag; null: English).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public static SmsBody Compose(AlertContent content, Uri? link, bool isFirstMessage, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var prefix = content.Notice switch
        {
            { Kind: NoticeKind.Withdrawn } => SmsTexts.AlertWithdrawn(language),
            { } => SmsTexts.AlertCorrected(language),
            null when content.IsBreaking => SmsTexts.AlertBreaking(language),
            _ => string.Empty,
        };
        var optOut = isFirstMessage ? SmsTexts.OptOut(language) : null;
        var headline = OneLine(content.Headline);

        // The encoding is decided on the whole untouched text (trial r41 #8: an Arabic prefix made the text UCS-2 while
        // the French headline had lost ê and ’ already): its words are rewritten only when that makes all of it GSM-7.
        if (GsmAlphabet.IsGsm7(GsmTransliterator.Transliterate(prefix + headline + optOut)))
        {
            prefix = GsmTransliterator.Transliterate(prefix);
            headline = GsmTransliterator.Transliterate(headline);
            optOut = optOut is null ? null : GsmTransliterator.Transliterate(optOut);
        }

        var suffix = new StringBuilder();
        if (link is not null)
        {
            suffix.Append(' ').Append(link.AbsoluteUri);
        }

        if (optOut is not null)
        {
            suffix.Append('\n').Append(optOut);
        }

        var encoding = GsmAlphabet.IsGsm7(prefix + headline + suffix) ? SmsEncoding.Gsm7 : SmsEncoding.Ucs2;
        var fixedCost = GsmAlphabet.Cost(prefix + suffix, encoding);
        var budget = (encoding == SmsEncoding.Gsm7 ? GsmAlphabet.SingleGsm7 : GsmAlphabet.SingleUcs2) - fixedCost;
        var segments = 1;
        if (budget < MinimumHeadline)
        {
            budget = (2 * (encoding == SmsEncoding.Gsm7 ? GsmAlphabet.MultiGsm7 : GsmAlphabet.MultiUcs2)) - fixedCost;
            segments = 2;
        }

        var full = headline;
        if (GsmAlphabet.Cost(full, encoding) > budget)
        {
            headline = Shorten(full, Math.Max(budget, 1), encoding);
        }

        var text = prefix + headline + suffix;
        var measure = GsmAlphabet.Measure(text);

        // Segments never split a surrogate pair (or a GSM-7 escape), so a text of exactly the budget can spill into one
        // more segment (found by fuzzing: an emoji across the boundary made three); cut a unit more until it fits.
        while (measure.Segments > segments && budget > 1)
        {
            budget--;
            headline = Shorten(full, budget, encoding);
            text = prefix + headline + suffix;
            measure = GsmAlphabet.Measure(text);
        }

        return new SmsBody(text, measure);
    }

    /// <summary>Cuts <paramref name="text"/> at a word boundary so that it and an ellipsis cost at most <paramref name="budget"/> units.</summary>
    public static string Shorten(string text, int budget, SmsEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        // GSM-7 has no ellipsis character: three dots cost 3 septets; in UCS-2 "…" costs 1 unit.
        var ellipsis = encoding == SmsEncoding.Gsm7 ? "..." : "\u2026";
        var room = budget - GsmAlphabet.Cost(ellipsis, encoding);
        var fits = 0;
        for (var used = 0; fits < text.Length; fits++)
        {
            used += encoding == SmsEncoding.Gsm7 ? GsmAlphabet.Septets(text[fits]) : 1;
            if (used > room)
            {
                break;
            }
        }

        if (fits > 0 && char.IsHighSurrogate(text[fits - 1]))
        {
            fits--;
        }

        // Prefer the last space in the part that fits, unless that would throw away more than half of it.
        var space = text.LastIndexOf(' ', Math.Max(fits, 1) - 1, Math.Max(fits, 1));
        var cut = fits < text.Length && text[fits] == ' ' ? fits : space > fits / 2 ? space : fits;
        return text[..cut].TrimEnd(' ', ',', ';', ':', '-', '.') + ellipsis;
    }

    /// <summary>
    /// <paramref name="headline"/> as <see cref="Compose"/> writes it in a text of <paramref name="encoding"/>, before any
    /// cut: on one line, and in GSM-7 rewritten by <see cref="GsmTransliterator"/>; in UCS-2 every character is kept.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="headline"/> is null.</exception>
    public static string HeadlineAsSent(string headline, SmsEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(headline);
        return encoding == SmsEncoding.Gsm7 ? GsmTransliterator.Transliterate(OneLine(headline)) : OneLine(headline);
    }

    // One line: a line break, a tab or a run of spaces becomes one space; a single space of another kind (a no-break
    // space before French punctuation) is kept as it is, since a UCS-2 text carries it unchanged.
    private static string OneLine(string text) => Breaks().Replace(text, " ").Trim();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s{2,}|[\t\n\v\f\r\u0085\u2028\u2029]")]
    private static partial System.Text.RegularExpressions.Regex Breaks();
}
