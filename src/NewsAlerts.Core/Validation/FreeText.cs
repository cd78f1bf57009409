namespace NewsAlerts.Core.Validation;

using System.Globalization;
using System.Text;

/// <summary>
/// The characters free text people or editors send (topics, an article's headline, body, byline, source and notes, a
/// feed's source and categories, every text field of a JSON request: <see cref="JsonFields"/>) may hold. Follows RFC 8264 (PRECIS FreeformClass): control
/// characters (Unicode category Cc) and format characters (Cf) are refused, except the join controls ZWJ U+200D and
/// ZWNJ U+200C, which Persian, Arabic and Indic scripts need to spell words (RFC 5892 CONTEXTJ; Unicode UTS #39
/// section 3.1 keeps them); the prepended concatenation marks that write a number sign in Arabic and Kaithi text
/// (U+0600-U+0605, U+06DD, U+0890-U+0891, U+08E2, U+110BD, U+110CD: Unicode's Prepended_Concatenation_Mark property); and
/// the tag characters of an emoji tag sequence (U+1F3F4, then U+E0020-U+E007E, ended by U+E007F: the flags of England,
/// Scotland and Wales, Unicode UTS #51 ED-14a), which draw a flag and hide nothing. Tags anywhere else are refused (they
/// can carry hidden ASCII). The embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069) are refused
/// because they reorder what a reader sees (Unicode UTS #55, "Trojan Source"). The implicit direction marks LRM U+200E,
/// RLM U+200F and ALM U+061C, which Arabic, Hebrew and Persian copy from newsroom systems carries around numbers and
/// punctuation and which cannot reorder text beyond the neutral characters next to them, are removed, as are the
/// invisible characters that only break or glue words without changing them (zero-width space U+200B, word joiner
/// U+2060, byte order mark U+FEFF, soft hyphen U+00AD), so a pasted word reads as the word. Surrogates without a pair
/// and private-use characters are refused too.
/// </summary>
public static class FreeText
{
    /// <summary>
    /// <paramref name="text"/> without the invisible characters that are removed (see the type), or the reason it is
    /// refused, naming the first refused character as U+XXXX and what it does, e.g. <c>contains U+202E (a right-to-left
    /// override), which can reorder text; remove it</c> or <c>contains U+0000 (a null character), a control character,
    /// which is not allowed in text; remove it</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static (string? Text, string? Reason) Clean(string text) => Clean(text, lineBreaks: false);

    /// <summary>
    /// As <see cref="Clean(string)"/>; with <paramref name="lineBreaks"/> the line and tab controls a longer text is
    /// written with (U+0009, U+000A, U+000D) are kept, as in an article's body or a note.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static (string? Text, string? Reason) Clean(string text, bool lineBreaks)
    {
        var (cleaned, reason, _) = Check(text, lineBreaks);
        return (cleaned, reason);
    }

    /// <summary>
    /// The article text rule for a source that cannot be asked to fix its text (a feed's item, polled or pushed; trial
    /// s42 #A: a feed's U+202E and U+200B reached an email the API would have refused): what can be removed without
    /// changing what the text says is removed, the rest is checked as <see cref="Clean(string, bool)"/> checks an editor's.
    /// Removed: the embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069; without them the text reads
    /// in its natural order), and what <see cref="Removed"/> removes (zero-width space, word joiner, byte order mark, soft
    /// hyphen, direction marks). Then each line's white space (tabs, no-break and other spaces) is one space, lines
    /// trimmed (<paramref name="lineBreaks"/>: lines kept, joined by U+000A; without: one line). What is still refused (a control character, a private-use
    /// character, another invisible formatting character, a lone surrogate) gives the reason instead, as
    /// <see cref="Clean(string)"/> words it, e.g. <c>contains U+0007 (a control character), which is not allowed in
    /// text; remove it</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static (string? Text, string? Reason) Salvage(string text, bool lineBreaks)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Every line break as U+000A and every other white space (tab, no-break and em spaces) as a space: normalised below.
        var spaced = new string(text.Where(c => !IsBidiControl(c)).ToArray()).ReplaceLineEndings("\n");
        var (cleaned, reason, _) = Check(new string(Array.ConvertAll(spaced.ToCharArray(), c => c != '\n' && char.IsWhiteSpace(c) ? ' ' : c)), lineBreaks: true);
        if (cleaned is null)
        {
            return (null, reason);
        }

        var lines = cleaned.Split('\n').Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        return (string.Join(lineBreaks ? "\n" : " ", lines).Trim(), null);
    }

    /// <summary>Whether <paramref name="c"/> is an embedding, override or isolate control (U+202A-U+202E, U+2066-U+2069), which can reorder text.</summary>
    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>
    /// The one check of a free-text field on every way in (API JSON, console forms, sign-in; trial r36 #3: a console
    /// note took U+202E the API refused): <paramref name="text"/> trimmed, refused when longer than
    /// <paramref name="maxLength"/> UTF-16 characters (<c>is longer than 500 characters</c>) or holding a refused
    /// character (<see cref="Clean(string, bool)"/>), else cleaned and trimmed again. Empty text is <c>("", null)</c>.
    /// Both faults are named together when both are there (<see cref="Faults"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static (string? Text, string? Reason) Field(string text, int maxLength, bool lineBreaks)
    {
        var (cleaned, reasons) = Faults(text, maxLength, lineBreaks);
        return reasons.Count == 0 ? (cleaned, null) : (null, string.Join(", and it ", reasons));
    }

    /// <summary>
    /// As <see cref="Field"/>, with every fault of the text, each its own reason: its length and its first refused
    /// character are both named, so an editor does not fix one and then learn of the other (trial r37 #13). No
    /// reasons: the cleaned, trimmed text.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static (string? Text, IReadOnlyList<string> Reasons) Faults(string text, int maxLength, bool lineBreaks)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var reasons = new List<string>(2);
        if (trimmed.Length > maxLength)
        {
            reasons.Add($"is longer than {maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)} characters");
        }

        var (cleaned, reason) = Clean(trimmed, lineBreaks);
        if (reason is not null)
        {
            reasons.Add(reason);
        }

        return reasons.Count == 0 ? (cleaned!.Trim(), reasons) : (null, reasons);
    }

    /// <summary>
    /// As <see cref="Clean(string)"/>, with the 0-based index (UTF-16 code units) in <paramref name="text"/> of the first refused
    /// character, or -1 when none is, so a caller can point at its column; <paramref name="lineBreaks"/> as in
    /// <see cref="Clean(string, bool)"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static (string? Text, string? Reason, int Index) Check(string text, bool lineBreaks = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]))
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    var pair = char.ConvertToUtf32(text[i], text[i + 1]);
                    var tags = pair == BlackFlag ? TagSequenceLength(text, i + 2) : 0;
                    if (tags > 0)
                    {
                        kept.Append(text, i, 2 + tags);
                        i += 1 + tags;
                        continue;
                    }

                    if (CharUnicodeInfo.GetUnicodeCategory(pair) is UnicodeCategory.PrivateUse or UnicodeCategory.Format && !IsNumberSign(pair))
                    {
                        return (null, Refused(pair, CharUnicodeInfo.GetUnicodeCategory(pair) == UnicodeCategory.PrivateUse ? "a private-use character" : "an invisible formatting character"), i);
                    }

                    kept.Append(text, i, 2);
                    i++;
                    continue;
                }

                return (null, Refused(text[i], "half of a character pair"), i);
            }

            var c = text[i];
            if (Removed(c))
            {
                continue;
            }

            var kind = lineBreaks && c is '\t' or '\n' or '\r' ? null : Kind(c);
            if (kind is not null)
            {
                return (null, Refused(c, kind), i);
            }

            kept.Append(c);
        }

        return (kept.ToString(), null, -1);
    }

    /// <summary>
    /// The reason for a topic or word that holds characters but only invisible ones (<see cref="IsBlank"/>, not empty:
    /// U+200B, U+FEFF, U+2060...), which are removed, so nothing is left to search for (trial s42 #B: such a topic was
    /// told "the topic is empty").
    /// </summary>
    public const string OnlyInvisibleReason = "has only invisible characters (such as a zero-width space), so there is nothing to search for";

    /// <summary>
    /// Whether <paramref name="text"/> shows nothing to a reader: null, empty, white space, or only characters
    /// <see cref="Removed"/> (a line holding just U+200B or a direction mark reads as an empty line, trial r41 #9).
    /// </summary>
    public static bool IsBlank(string? text) => text is null || text.All(c => char.IsWhiteSpace(c) || Removed(c));

    /// <summary>Whether <paramref name="c"/> is removed silently: U+200B, U+2060, U+FEFF, U+00AD, and the direction marks U+200E, U+200F, U+061C.</summary>
    public static bool Removed(char c) => c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD' or '\u200E' or '\u200F' or '\u061C';

    // WAVING BLACK FLAG, the base of every emoji tag sequence in Unicode's recommended set (UTS #51).
    private const int BlackFlag = 0x1F3F4;

    // The UTF-16 length of the tag spec and cancel tag that follow a black flag at index start (U+E0020-U+E007E at
    // least once, then U+E007F), or 0 when what follows is not one.
    private static int TagSequenceLength(string text, int start)
    {
        var i = start;
        while (i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]) && char.ConvertToUtf32(text[i], text[i + 1]) is >= 0xE0020 and <= 0xE007E)
        {
            i += 2;
        }

        return i > start && i + 1 < text.Length && char.IsSurrogatePair(text[i], text[i + 1]) && char.ConvertToUtf32(text[i], text[i + 1]) == 0xE007F
            ? i + 2 - start
            : 0;
    }

    // The prepended concatenation marks (number signs written before the digits they span).
    private static bool IsNumberSign(int codePoint) =>
        codePoint is (>= 0x0600 and <= 0x0605) or 0x06DD or 0x0890 or 0x0891 or 0x08E2 or 0x110BD or 0x110CD;

    // What a refused character is, or null when it is allowed.
    private static string? Kind(char c) => c switch
    {
        '\u200C' or '\u200D' => null,
        '\u202E' => "a right-to-left override",
        '\u202D' => "a left-to-right override",
        _ when IsBidiControl(c) => "a bidi control",
        _ when IsNumberSign(c) => null,
        '\0' => "a null character",
        _ => CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control => "a control character",
            UnicodeCategory.Format => "an invisible formatting character",
            UnicodeCategory.PrivateUse => "a private-use character",
            _ => null,
        },
    };

    private static string Refused(int codePoint, string kind) =>
        string.Create(CultureInfo.InvariantCulture, $"contains U+{codePoint:X4} ({kind}), {Harm(codePoint, kind)}; remove it");

    // What the refused character would do: each kind gets its own truth (a null or other control character hides and
    // reorders nothing, it is simply not text).
    private static string Harm(int codePoint, string kind) => codePoint switch
    {
        < 0x10000 when IsBidiControl((char)codePoint) => "which can reorder text",
        _ when codePoint < 0x10000 && CharUnicodeInfo.GetUnicodeCategory((char)codePoint) == UnicodeCategory.Control =>
            kind == "a control character" ? "which is not allowed in text" : "a control character, which is not allowed in text",
        _ when kind == "half of a character pair" => "which is not a whole character",
        _ when kind == "a private-use character" => "which has no agreed meaning and can show as nothing",
        _ => "which can hide text",
    };
}
