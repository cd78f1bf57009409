using System.Globalization;
using NewsAlerts.Matching.Analysis;

namespace NewsAlerts.Matching.Query;

/// <summary>Words, phrases, groups, scopes and filters, and the small scanning primitives.</summary>
internal sealed partial class QueryParser
{
    private static readonly string[] FieldNames = ["headline", "body", "source", "subject", "lang", "urgency"];

    private QueryNode? ParsePrimary(FieldScope scope)
    {
        SkipSpace();
        if (pos >= text.Length)
        {
            return null;
        }

        var at = pos;
        var c = text[pos];
        if (c == '(')
        {
            pos++;
            if (++depth > MaxDepth)
            {
                return FailNull(at, "parentheses are nested too deeply");
            }

            var inner = ParseOr(scope);
            depth--;
            if (error is not null)
            {
                return null;
            }

            SkipSpace();
            if (!TryChar(')'))
            {
                return FailNull(at, "unclosed parenthesis");
            }

            return inner ?? FailNull(at, "empty parentheses");
        }

        if (c == ')')
        {
            return null;
        }

        if (c == '"')
        {
            return ParsePhrase(scope, exact: false, at);
        }

        if (c == '=')
        {
            pos++;
            if (pos < text.Length && text[pos] == '"')
            {
                return ParsePhrase(scope, exact: true, at);
            }

            var word = ReadWord();
            return word.Length == 0 ? FailNull(at, "'=' needs a word or phrase right after it") : MakeWord(word, scope, exact: true, at);
        }

        var raw = ReadWord(stopAtColon: true);
        if (pos < text.Length && text[pos] == ':')
        {
            var field = raw.ToLowerInvariant();
            if (!FieldNames.Contains(field))
            {
                return FailNull(at, $"unknown field '{raw}' (known: {string.Join(", ", FieldNames)})");
            }

            pos++;
            return ParseField(field, scope, at);
        }

        if (raw.Length == 0)
        {
            return FailNull(at, $"unexpected '{c}'");
        }

        return MakeWord(raw, scope, exact: false, at);
    }

    private QueryNode? ParseField(string field, FieldScope scope, int at)
    {
        if (field is "headline" or "body")
        {
            if (scope != FieldScope.Any)
            {
                return FailNull(at, "a field scope cannot be nested in another");
            }

            var inner = ParsePrimary(field == "headline" ? FieldScope.Headline : FieldScope.Body);
            return error is not null ? null : inner ?? FailNull(at, $"{field}: needs a word, phrase or group after it");
        }

        var valueAt = pos;
        string value;
        if (pos < text.Length && text[pos] == '"')
        {
            var end = text.IndexOf('"', pos + 1);
            if (end < 0)
            {
                return FailNull(valueAt, "unclosed quote");
            }

            value = text[(pos + 1)..end].Trim();
            pos = end + 1;
        }
        else
        {
            value = ReadWord();
        }

        // A value of only marks or spaces (a lone combining accent) folds to nothing: as good as none.
        if (value.Length == 0 || (field != "urgency" && NormalizeValue(value).Length == 0))
        {
            return FailNull(at, $"{field}: needs a value right after it");
        }

        return field switch
        {
            "source" => new FilterQuery(FilterKind.Source, NormalizeValue(value), Comparison.Equal, 0),
            "subject" => new FilterQuery(FilterKind.Subject, NormalizeValue(value), Comparison.Equal, 0),
            "lang" => new FilterQuery(FilterKind.Language, NormalizeValue(value), Comparison.Equal, 0),
            _ => ParseUrgency(value, valueAt),
        };
    }

    private FilterQuery? ParseUrgency(string value, int at)
    {
        var (comparison, digits) = value switch
        {
            _ when value.StartsWith("<=", StringComparison.Ordinal) => (Comparison.LessOrEqual, value[2..]),
            _ when value.StartsWith(">=", StringComparison.Ordinal) => (Comparison.GreaterOrEqual, value[2..]),
            _ when value.StartsWith('<') => (Comparison.Less, value[1..]),
            _ when value.StartsWith('>') => (Comparison.Greater, value[1..]),
            _ when value.StartsWith('=') => (Comparison.Equal, value[1..]),
            _ => (Comparison.Equal, value),
        };
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 9)
        {
            // A number past a bound names the bound crossed (trial r38 #11's kind): urgency:0, urgency:>=10.
            var side = digits.Length == 0 || !digits.All(char.IsAsciiDigit) ? string.Empty : number == 0 && digits.TrimStart('0').Length == 0 ? " (at least 1)" : " (at most 9)";
            FailNull(at, "urgency: needs a number from 1 to 9, optionally after <, <=, > or >=" + side);
            return null;
        }

        return new FilterQuery(FilterKind.Urgency, string.Empty, comparison, number);
    }

    private static string NormalizeValue(string value) => string.Join(' ', TextFolding.FoldTopicText(value).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private QueryNode? ParsePhrase(FieldScope scope, bool exact, int at)
    {
        var open = pos;
        var end = text.IndexOf('"', open + 1);
        if (end < 0)
        {
            return FailNull(open, "unclosed quote");
        }

        pos = end + 1;
        var content = NormalizeValue(text[(open + 1)..end].Replace('\t', ' ').Replace('\n', ' '));
        if (!HasWordChar(content))
        {
            return FailNull(open, "empty phrase");
        }

        return Note(new PhraseQuery(content, scope, exact, at + 1), text[(open + 1)..end]);
    }

    private QueryNode? MakeWord(string raw, FieldScope scope, bool exact, int at)
    {
        var folded = TextFolding.FoldTopicText(raw);
        var star = folded.IndexOf('*', StringComparison.Ordinal);
        if (star >= 0)
        {
            if (star != folded.Length - 1 || exact)
            {
                return FailNull(at + star, "'*' is allowed only at the end of a word, as a prefix wildcard");
            }

            var prefix = folded[..^1];
            var letters = prefix.Count(char.IsLetterOrDigit);
            if (letters < 3 || letters != prefix.Length)
            {
                return FailNull(at, "a prefix wildcard needs at least 3 letters or digits before '*'");
            }

            return Note(new PrefixQuery(prefix, scope, at + 1), raw);
        }

        if (!HasWordChar(folded))
        {
            return FailNull(at, $"'{raw}' has no letters or digits");
        }

        return Note(new TermQuery(folded, scope, exact, at + 1, Expansion.AcronymDictionary.IsAcronym(raw)), raw);
    }

    // The words as written, on one line (white space runs as one space), kept only when asked for (Written).
    private QueryNode Note(QueryNode node, string written)
    {
        Written?.Add((node, string.Join(' ', written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        return node;
    }

    private static bool HasWordChar(string s) => s.Any(char.IsLetterOrDigit);
}
