using System.Globalization;

namespace NewsAlerts.Matching.Explanations;

/// <summary>
/// A <see cref="MatchReason"/> as one string, the shape it travels in (batch recipients, digest entries, the 30-day
/// history): a header line <c>why1</c> TAB the count of further hits, then a line per part: a field code
/// (<c>h</c> headline, <c>b</c> story, <c>s</c> source, <c>j</c> subject, <c>l</c> language, <c>u</c> urgency) TAB
/// its value TAB the topic word TAB the name it matched through. Every value is on one line without tabs
/// (white space runs become one space), so the separators never occur inside one. A reason written before this shape
/// (English words, one line) does not read as one, and is shown as it was stored.
/// </summary>
public static class MatchReasonText
{
    /// <summary>
    /// Most characters (UTF-16 code units) of a written reason (300): every batch message carries one per recipient,
    /// up to 250, and <c>BatchPacking</c> measures each in UTF-8 JSON, so a longer reason means fewer recipients in a
    /// message, never one over the Service Bus limit; quotes are cut (<see cref="CappedText"/>) to keep to it.
    /// </summary>
    public const int MaxLength = 300;

    private const string Header = "why1";

    /// <summary>
    /// The reason as one string of at most <see cref="MaxLength"/> characters: its first <see cref="MatchWords.MaxHits"/>
    /// parts (further ones are counted in), terms cut to <see cref="MatchReason.MaxTermLength"/>, article quotes sharing
    /// the room left by the rest.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public static string Write(MatchReason reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var parts = reason.Parts
            .Take(MatchWords.MaxHits)
            .Select(p => (Code: CodeOf(p.Field), Value: Clean(p.Value), Term: Term(p.Term), Via: Term(p.Via)))
            .ToList();
        var more = Math.Max(0, reason.More) + Math.Max(0, reason.Parts.Count - parts.Count);
        var head = string.Create(CultureInfo.InvariantCulture, $"{Header}\t{more}");
        var fixedLength = head.Length + parts.Sum(p => 5 + p.Term.Length + p.Via.Length);
        var room = Math.Max(1, (MaxLength - fixedLength) / Math.Max(1, parts.Count));
        var lines = parts.Select(p => $"{p.Code}\t{CappedText.Of(p.Value, room)}\t{p.Term}\t{p.Via}");
        return string.Join('\n', lines.Prepend(head));
    }

    /// <summary>
    /// Reads <paramref name="text"/> written by <see cref="Write"/>; false for null, an older worded reason or anything
    /// else not in the shape (the caller shows such text as it is).
    /// </summary>
    public static bool TryRead(string? text, out MatchReason? reason)
    {
        reason = null;
        if (text is null || !text.StartsWith(Header + "\t", StringComparison.Ordinal))
        {
            return false;
        }

        var lines = text.Split('\n');
        if (!int.TryParse(lines[0].AsSpan(Header.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var more))
        {
            return false;
        }

        var parts = new List<ReasonPart>(lines.Length - 1);
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            if (cells.Length != 4 || FieldOf(cells[0]) is not { } field)
            {
                return false;
            }

            parts.Add(new ReasonPart(field, cells[1], NullIfEmpty(cells[2]), NullIfEmpty(cells[3])));
        }

        reason = new MatchReason(parts, more);
        return true;
    }

    private static string Clean(string? value) => value is null ? string.Empty : MatchWords.OneLine(value);

    private static string Term(string? value) => value is null ? string.Empty : CappedText.Of(Clean(value), MatchReason.MaxTermLength);

    private static string? NullIfEmpty(string cell) => cell.Length == 0 ? null : cell;

    private static string CodeOf(ArticleField field) => field switch
    {
        ArticleField.Headline => "h",
        ArticleField.Body => "b",
        ArticleField.Source => "s",
        ArticleField.Subject => "j",
        ArticleField.Language => "l",
        _ => "u",
    };

    private static ArticleField? FieldOf(string code) => code switch
    {
        "h" => ArticleField.Headline,
        "b" => ArticleField.Body,
        "s" => ArticleField.Source,
        "j" => ArticleField.Subject,
        "l" => ArticleField.Language,
        "u" => ArticleField.Urgency,
        _ => null,
    };
}
