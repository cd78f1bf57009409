namespace NewsAlerts.Matching.Query;

/// <summary>Scanning primitives: words, spaces, single characters, upper-case keywords and error recording.</summary>
internal sealed partial class QueryParser
{
    private string ReadWord(bool stopAtColon = false)
    {
        var start = pos;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (char.IsWhiteSpace(c) || c is '(' or ')' or '"' || (stopAtColon && c == ':'))
            {
                break;
            }

            pos++;
        }

        return text[start..pos];
    }

    private void SkipSpace()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }
    }

    private bool TryChar(char c)
    {
        if (pos < text.Length && text[pos] == c)
        {
            pos++;
            return true;
        }

        return false;
    }

    private bool PeekKeyword(string keyword, bool allowSlash = false)
    {
        SkipSpace();
        if (string.CompareOrdinal(text, pos, keyword, 0, keyword.Length) != 0)
        {
            return false;
        }

        var after = pos + keyword.Length;
        return after >= text.Length || char.IsWhiteSpace(text[after]) || text[after] is '(' or '"' || (allowSlash && text[after] == '/');
    }

    private bool TryKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            return false;
        }

        pos += keyword.Length;
        return true;
    }

    private void Fail(int at, string reason) => error ??= TopicParseResult.Fail(at + 1, reason);

    private QueryNode? FailNull(int at, string reason)
    {
        Fail(at, reason);
        return null;
    }
}
