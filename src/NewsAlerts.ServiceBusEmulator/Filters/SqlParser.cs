using System.Text.RegularExpressions;
using NewsAlerts.ServiceBusEmulator.Entities;

namespace NewsAlerts.ServiceBusEmulator.Filters;

/// <summary>
/// Parses the Service Bus SQL filter subset NewsAlerts needs into a predicate: comparisons, AND/OR/NOT,
/// IN, LIKE, IS [NOT] NULL, EXISTS, and <c>sys.</c>/<c>user.</c> property names. Evaluation follows SQL's
/// three-valued logic: a missing property makes a comparison unknown (null).
/// </summary>
internal sealed class SqlParser
{
    private readonly List<SqlToken> tokens;
    private int position;

    private SqlParser(List<SqlToken> tokens) => this.tokens = tokens;

    public static Func<IncomingMessage, object?> Parse(string expression)
    {
        var parser = new SqlParser(SqlTokenizer.Tokenize(expression));
        var result = parser.ParseOr();
        if (parser.position != parser.tokens.Count)
        {
            throw new FormatException($"Unexpected '{parser.tokens[parser.position].Text}' in SQL filter.");
        }

        return result;
    }

    private SqlToken? Current => position < tokens.Count ? tokens[position] : null;

    private bool Accept(string text)
    {
        if (Current?.Is(text) == true)
        {
            position++;
            return true;
        }

        return false;
    }

    private void Expect(string text)
    {
        if (!Accept(text))
        {
            throw new FormatException($"Expected '{text}' in SQL filter, found '{Current?.Text ?? "end"}'.");
        }
    }

    private Func<IncomingMessage, object?> ParseOr()
    {
        var left = ParseAnd();
        while (Accept("OR"))
        {
            var (l, r) = (left, ParseAnd());
            left = m => (l(m), r(m)) switch
            {
                (true, _) or (_, true) => true,
                (false, false) => false,
                _ => null,
            };
        }

        return left;
    }

    private Func<IncomingMessage, object?> ParseAnd()
    {
        var left = ParseNot();
        while (Accept("AND"))
        {
            var (l, r) = (left, ParseNot());
            left = m => (l(m), r(m)) switch
            {
                (false, _) or (_, false) => false,
                (true, true) => true,
                _ => null,
            };
        }

        return left;
    }

    private Func<IncomingMessage, object?> ParseNot()
    {
        if (Accept("NOT"))
        {
            var inner = ParseNot();
            return m => inner(m) is bool b ? !b : null;
        }

        return ParsePredicate();
    }

    private Func<IncomingMessage, object?> ParsePredicate()
    {
        if (Accept("EXISTS"))
        {
            Expect("(");
            var name = ExpectWord();
            Expect(")");
            var property = SqlProperty.Create(name);
            return m => property.Exists(m);
        }

        if (Current?.Is("(") == true)
        {
            position++;
            var inner = ParseOr();
            Expect(")");
            return inner;
        }

        var left = ParseOperand();
        if (Accept("IS"))
        {
            var negate = Accept("NOT");
            Expect("NULL");
            return m => (left(m) is null) != negate;
        }

        var not = Accept("NOT");
        if (Accept("IN"))
        {
            Expect("(");
            var values = new List<Func<IncomingMessage, object?>> { ParseOperand() };
            while (Accept(","))
            {
                values.Add(ParseOperand());
            }

            Expect(")");
            return m => In(left(m), values, m) is bool b ? b != not : null;
        }

        if (Accept("LIKE"))
        {
            var pattern = Current is { Kind: SqlTokenKind.String } token ? token.Text : throw new FormatException("LIKE needs a string pattern.");
            position++;
            var regex = new Regex("^" + Regex.Escape(pattern).Replace("%", ".*", StringComparison.Ordinal).Replace("_", ".", StringComparison.Ordinal) + "$", RegexOptions.Singleline);
            return m => left(m) is string s ? regex.IsMatch(s) != not : null;
        }

        if (not)
        {
            throw new FormatException("NOT must be followed by IN or LIKE here.");
        }

        var op = Current?.Kind == SqlTokenKind.Symbol ? Current.Text : throw new FormatException("Expected a comparison in SQL filter.");
        position++;
        var right = ParseOperand();
        return op switch
        {
            "=" => m => SqlValues.Compare(left(m), right(m)) is { } c ? c == 0 : null,
            "<>" or "!=" => m => SqlValues.Compare(left(m), right(m)) is { } c ? c != 0 : null,
            "<" => m => SqlValues.Compare(left(m), right(m)) is { } c ? c < 0 : null,
            "<=" => m => SqlValues.Compare(left(m), right(m)) is { } c ? c <= 0 : null,
            ">" => m => SqlValues.Compare(left(m), right(m)) is { } c ? c > 0 : null,
            ">=" => m => SqlValues.Compare(left(m), right(m)) is { } c ? c >= 0 : null,
            _ => throw new FormatException($"Unknown operator '{op}' in SQL filter."),
        };
    }

    private static object? In(object? value, List<Func<IncomingMessage, object?>> candidates, IncomingMessage message)
    {
        if (value is null)
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (SqlValues.AreEqual(value, candidate(message)))
            {
                return true;
            }
        }

        return false;
    }

    private Func<IncomingMessage, object?> ParseOperand()
    {
        var token = Current ?? throw new FormatException("The SQL filter ends too early.");
        position++;
        switch (token.Kind)
        {
            case SqlTokenKind.String:
                return _ => token.Text;
            case SqlTokenKind.Number:
                return _ => token.Value;
            case SqlTokenKind.Symbol when token.Text == "-" && Current is { Kind: SqlTokenKind.Number } number:
                position++;
                var negative = number.Value is long l ? (object)(-l) : -(double)number.Value!;
                return _ => negative;
            case SqlTokenKind.Word when token.Is("TRUE"):
                return _ => true;
            case SqlTokenKind.Word when token.Is("FALSE"):
                return _ => false;
            case SqlTokenKind.Word when token.Is("NULL"):
                return _ => null;
            case SqlTokenKind.Word:
                var property = SqlProperty.Create(token.Text);
                return property.Read;
            default:
                throw new FormatException($"Unexpected '{token.Text}' in SQL filter.");
        }
    }

    private string ExpectWord()
    {
        if (Current is { Kind: SqlTokenKind.Word } token)
        {
            position++;
            return token.Text;
        }

        throw new FormatException("Expected a property name in SQL filter.");
    }
}
