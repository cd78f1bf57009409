using System.Globalization;
using System.Text;

namespace NewsAlerts.ServiceBusEmulator.Filters;

/// <summary>Splits a Service Bus SQL filter into tokens: words, quoted strings, numbers, operators.</summary>
internal static class SqlTokenizer
{
    public static List<SqlToken> Tokenize(string text)
    {
        var tokens = new List<SqlToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '\'')
            {
                var value = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("Unterminated string literal in SQL filter.");
                    }

                    if (text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                    {
                        value.Append('\'');
                        i += 2;
                    }
                    else if (text[i] == '\'')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        value.Append(text[i++]);
                    }
                }

                tokens.Add(new SqlToken(SqlTokenKind.String, value.ToString()));
            }
            else if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                var start = i;
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                var number = text[start..i];
                tokens.Add(new SqlToken(SqlTokenKind.Number, number, number.Contains('.', StringComparison.Ordinal)
                    ? double.Parse(number, CultureInfo.InvariantCulture)
                    : long.Parse(number, CultureInfo.InvariantCulture)));
            }
            else if (char.IsLetter(c) || c == '_' || c == '[')
            {
                var word = new StringBuilder();
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.' or '['))
                {
                    if (text[i] == '[')
                    {
                        var close = text.IndexOf(']', i);
                        if (close < 0)
                        {
                            throw new FormatException("Unterminated [identifier] in SQL filter.");
                        }

                        word.Append(text, i + 1, close - i - 1);
                        i = close + 1;
                        continue;
                    }

                    word.Append(text[i++]);
                }

                tokens.Add(new SqlToken(SqlTokenKind.Word, word.ToString()));
            }
            else
            {
                var two = i + 1 < text.Length ? text.Substring(i, 2) : null;
                if (two is "<>" or "!=" or "<=" or ">=")
                {
                    tokens.Add(new SqlToken(SqlTokenKind.Symbol, two));
                    i += 2;
                }
                else if ("=<>(),+-*/%".Contains(c, StringComparison.Ordinal))
                {
                    tokens.Add(new SqlToken(SqlTokenKind.Symbol, c.ToString()));
                    i++;
                }
                else
                {
                    throw new FormatException($"Unexpected character '{c}' in SQL filter.");
                }
            }
        }

        return tokens;
    }
}
