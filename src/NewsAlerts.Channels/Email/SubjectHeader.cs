namespace NewsAlerts.Channels.Email;

using System.Globalization;
using System.Text;

/// <summary>
/// The raw value of a <c>Subject:</c> header, folded so that it goes over the wire as RFC 5322 and RFC 2047 ask:
/// plain ASCII folded at spaces into lines of at most 78 characters; any other text as UTF-8 "B" encoded words of at
/// most 75 characters, each on its own line of at most 76 and each holding whole characters (whole grapheme clusters
/// where they fit), so every reader decodes exactly the headline. MimeKit's own encoder can write longer words
/// (a long run without spaces becomes one word), hence this.
/// </summary>
public static class SubjectHeader
{
    private const int MaxEncodedWord = 75;
    private const int MaxEncodedLine = 76;
    private const int MaxTextLine = 78;
    private const string Prefix = "=?utf-8?b?";
    private const string Suffix = "?=";

    /// <summary>The header's raw value: a leading space, folded lines joined by CRLF and a space, a final CRLF.</summary>
    /// <param name="subject">The subject on one line (no CR or LF).</param>
    /// <exception cref="ArgumentException">The subject contains a line break.</exception>
    public static byte[] RawValue(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (subject.Contains('\r', StringComparison.Ordinal) || subject.Contains('\n', StringComparison.Ordinal))
        {
            throw new ArgumentException("A subject is one line.", nameof(subject));
        }

        var lines = IsPlainText(subject) ? FoldText(subject) : EncodedWords(subject);
        return Encoding.ASCII.GetBytes(" " + string.Join("\r\n ", lines) + "\r\n");
    }

    // Printable ASCII that cannot be mistaken for an encoded word and needs no word longer than a line.
    private static bool IsPlainText(string subject) =>
        subject.Length > 0
        && subject.All(c => c is >= ' ' and <= '~')
        && !subject.Contains("=?", StringComparison.Ordinal)
        && subject[0] != ' ' && subject[^1] != ' ' && !subject.Contains("  ", StringComparison.Ordinal)
        && subject.Split(' ').All(word => word.Length <= MaxTextLine - "Subject: ".Length);

    private static List<string> FoldText(string subject)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var room = MaxTextLine - "Subject: ".Length;
        foreach (var word in subject.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > room)
            {
                lines.Add(line.ToString());
                line.Clear();
                room = MaxTextLine - 1;
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    private static List<string> EncodedWords(string subject)
    {
        var words = new List<string>();
        var pending = new List<byte>();

        // The first line also holds "Subject: ", the others one folding space.
        var budget = Budget("Subject: ".Length);
        var elements = StringInfo.GetTextElementEnumerator(subject);
        while (elements.MoveNext())
        {
            foreach (var piece in Pieces(elements.GetTextElement(), Budget(1)))
            {
                if (pending.Count + piece.Length > budget)
                {
                    words.Add(Word(pending));
                    pending.Clear();
                    budget = Budget(1);
                }

                pending.AddRange(piece);
            }
        }

        if (pending.Count > 0 || words.Count == 0)
        {
            words.Add(Word(pending));
        }

        return words;
    }

    // How many UTF-8 bytes fit in one encoded word on a line that already holds `lead` characters.
    private static int Budget(int lead)
    {
        var encoded = Math.Min(MaxEncodedWord, MaxEncodedLine - lead) - Prefix.Length - Suffix.Length;
        return encoded / 4 * 3;
    }

    // A grapheme cluster as one piece when it fits in a word, else as its characters (runes), never split further.
    private static IEnumerable<byte[]> Pieces(string element, int budget)
    {
        var bytes = Encoding.UTF8.GetBytes(element);
        if (bytes.Length <= budget)
        {
            yield return bytes;
            yield break;
        }

        foreach (var rune in element.EnumerateRunes())
        {
            var buffer = new byte[rune.Utf8SequenceLength];
            rune.EncodeToUtf8(buffer);
            yield return buffer;
        }
    }

    private static string Word(List<byte> bytes) => Prefix + Convert.ToBase64String([.. bytes]) + Suffix;
}
