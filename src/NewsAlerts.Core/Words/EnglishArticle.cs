namespace NewsAlerts.Core.Words;

/// <summary>
/// English's indefinite article for a word that is filled into a sentence built from parts (a problem+json reason, a log
/// line): "an unspecified address", "a loopback address", "an SMS delivery batch" (trial r33 #8 read "a unspecified").
/// The rule is by sound, approximated by spelling: "an" before a vowel letter, except where it sounds like "you" or
/// "wun" (unique, user, one, euro); "an" before an initialism read letter by letter whose first letter's name starts with
/// a vowel sound (SMS, HTML, NAT, MX); "a" otherwise (Cambridge Grammar of English, §"a/an").
/// </summary>
public static class EnglishArticle
{
    // Words starting with a vowel letter that sound like a consonant ("a unique", "a one-off", "a user", "a euro").
    private static readonly string[] ConsonantSounds = ["uni", "use", "usu", "uti", "ure", "uro", "eu", "ewe"];

    // Whole words with a vowel letter that sound like a consonant, and words with a silent h.
    private static readonly string[] ConsonantWords = ["one", "once"];
    private static readonly string[] SilentH = ["hour", "hourly", "honest", "honour", "honor", "heir"];

    // Letters whose English names begin with a vowel sound: eff, aitch, el, em, en, ar, ess, ex.
    private const string VowelNamedLetters = "FHLMNRSX";

    /// <summary>"a" or "an" for <paramref name="word"/> (its first word, as written); "a" for an empty word.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public static string For(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var first = word.TrimStart();
        if (first.Length == 0 || !char.IsAsciiLetter(first[0]))
        {
            return "a";
        }

        var end = first.IndexOfAny([' ', '-', '/', '.']);
        var head = end < 0 ? first : first[..end];
        if (head.Length > 1 && head.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
        {
            return "AEIO".Contains(head[0], StringComparison.Ordinal) || VowelNamedLetters.Contains(head[0], StringComparison.Ordinal) ? "an" : "a";
        }

        var lower = head.ToLowerInvariant();
        if (SilentH.Contains(lower, StringComparer.Ordinal))
        {
            return "an";
        }

        return "aeiou".Contains(lower[0], StringComparison.Ordinal)
            && !ConsonantWords.Contains(lower, StringComparer.Ordinal)
            && !ConsonantSounds.Any(p => lower.StartsWith(p, StringComparison.Ordinal)) ? "an" : "a";
    }

    /// <summary><paramref name="word"/> with its indefinite article before it, e.g. <c>an unspecified</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public static string With(string word) => $"{For(word)} {word}";
}
