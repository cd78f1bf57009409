namespace NewsAlerts.Channels.Sms;

using System.Globalization;
using NewsAlerts.Core.Delivery;

/// <summary>
/// Says when an alert's text goes as UCS-2 (an emoji, a letter of another script: anything <see cref="GsmTransliterator"/>
/// cannot spell in GSM-7), which characters force it, and what the text would be without them: UCS-2 fits 70 units in a
/// segment instead of 160, so the headline is cut shorter or the text takes more segments.
/// </summary>
public static class Ucs2Warnings
{
    /// <summary>
    /// The warning for the text <see cref="SmsText.Compose"/> makes of <paramref name="content"/> with
    /// <paramref name="link"/> in <paramref name="language"/> (BCP 47; null: English), or null when it goes as GSM-7.
    /// Its characters are those of the headline that force UCS-2; none when the language's own words do (Arabic). Of a
    /// headline written in another script than Latin (<see cref="WritingScripts.Of"/>), the letters of that script are
    /// not listed (trial r43 #13: an Arabic story's 23 letters were named as the cause, and "without them" meant without
    /// the headline): the warning names the script once, and lists only characters outside it (a stray emoji), with the
    /// segments the text would make without those.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public static Ucs2Warning? Of(AlertContent content, Uri? link, bool isFirstMessage, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var body = SmsText.Compose(content, link, isFirstMessage, language);
        if (body.Measure.Encoding == SmsEncoding.Gsm7)
        {
            return null;
        }

        var script = WritingScripts.Of(content.Headline);
        var forcing = new List<string>();
        var kept = new System.Text.StringBuilder();
        var graphemes = StringInfo.GetTextElementEnumerator(content.Headline);
        while (graphemes.MoveNext())
        {
            var grapheme = graphemes.GetTextElement();
            if (!GsmAlphabet.IsGsm7(GsmTransliterator.Transliterate(grapheme)) && (script is null || !WritingScripts.IsOf(grapheme, script)))
            {
                if (!forcing.Contains(grapheme, StringComparer.Ordinal))
                {
                    forcing.Add(grapheme);
                }

                continue;
            }

            kept.Append(grapheme);
        }

        var without = SmsText.Compose(content with { Headline = kept.ToString() }, link, isFirstMessage, language);
        return new Ucs2Warning(
            forcing, body.Measure.Segments, without.Measure.Segments, link is null ? null : LinkInFirstSegment(body, link),
            IsCut(body, content.Headline), IsCut(without, kept.ToString()), script);
    }

    // Whether the text up to the end of the link fits one segment of its encoding (of a split text: a split segment).
    private static bool LinkInFirstSegment(SmsBody body, Uri link)
    {
        var at = body.Text.IndexOf(link.AbsoluteUri, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var room = body.Measure.Encoding == SmsEncoding.Gsm7
            ? body.Measure.Segments > 1 ? GsmAlphabet.MultiGsm7 : GsmAlphabet.SingleGsm7
            : body.Measure.Segments > 1 ? GsmAlphabet.MultiUcs2 : GsmAlphabet.SingleUcs2;
        return GsmAlphabet.Cost(body.Text[..(at + link.AbsoluteUri.Length)], body.Measure.Encoding) <= room;
    }

    // Whether the composer cut the headline: the text lacks it as written in the text's encoding.
    private static bool IsCut(SmsBody body, string headline) =>
        !body.Text.Contains(SmsText.HeadlineAsSent(headline, body.Measure.Encoding), StringComparison.Ordinal);
}
