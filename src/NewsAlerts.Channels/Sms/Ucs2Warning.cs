namespace NewsAlerts.Channels.Sms;

/// <summary>A text that goes as UCS-2 because of some characters, and what that costs (<see cref="Ucs2Warnings.Of"/>).</summary>
/// <param name="Characters">
/// The characters (whole graphemes, e.g. an emoji or a flag) that no GSM-7 spelling can carry, each once, in order of
/// appearance; of a story written in another script than Latin (<paramref name="Script"/>), only those outside it.
/// </param>
/// <param name="Segments">The segments the text makes with them (UCS-2: 70 units in one, 67 per segment when split).</param>
/// <param name="SegmentsWithout">The segments the same alert would make without them (GSM-7 when nothing else forces UCS-2).</param>
/// <param name="LinkInFirstSegment">Whether the whole link is in the text's first segment; null when the text carries no link.</param>
/// <param name="HeadlineCut">Whether the headline had to be shortened to fit (with those characters).</param>
/// <param name="HeadlineCutWithout">Whether it would be shortened without them.</param>
/// <param name="Script">
/// The script the headline is written in when not Latin (<see cref="WritingScripts.Of"/>: "Arabic", "Greek", ...), whose
/// letters make the text UCS-2 whatever is removed; null for a Latin headline.
/// </param>
public sealed record Ucs2Warning(
    IReadOnlyList<string> Characters, int Segments, int SegmentsWithout, bool? LinkInFirstSegment, bool HeadlineCut, bool HeadlineCutWithout, string? Script = null);
