namespace NewsAlerts.Matching.Composition;

using System.Text;

/// <summary>
/// Writes a <see cref="TopicRecipe"/> as a topic of the topic language, so the builder's plain fields and the raw
/// topic text reach the same parser. Everything a person types is taken literally: a word the language would read as
/// syntax (a quote, a parenthesis, a colon, a leading <c>-</c> or <c>=</c>, a <c>*</c>) becomes a quoted phrase with its
/// quotes turned into spaces (the analysis splits words there anyway), an operator word (<c>AND</c>, <c>OR</c>,
/// <c>NOT</c>, <c>NEAR</c>) is written in lower case (an ordinary word; case never matters to matching), and a piece with
/// no letter or digit is left out, named in <see cref="ComposedTopic.LeftOut"/>. Pure; the round-trip tests hold it to the parser.
/// </summary>
public static class TopicComposer
{
    private static readonly string[] Operators = ["AND", "OR", "NOT", "NEAR"];

    /// <summary>The topic for <paramref name="recipe"/>: all words, the phrase, the any-group, the excluded words,
    /// scoped to the headline or body when asked, then the subject filter. Empty when the recipe asks for nothing.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="recipe"/> is null.</exception>
    public static ComposedTopic Compose(TopicRecipe recipe)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var text = new StringBuilder();
        var spans = new List<ComposedSpan>();
        var leftOut = new List<LeftOutPiece>();

        void Append(RecipePart part, string piece, int sourceIndex)
        {
            if (text.Length > 0 && text[^1] is not '(')
            {
                text.Append(' ');
            }

            spans.Add(new ComposedSpan(part, text.Length, piece.Length, sourceIndex + 1));
            text.Append(piece);
        }

        var scoped = recipe.Scope != TopicScope.Anywhere;
        var words = Pieces(recipe.AllWords, commasOnly: false, RecipePart.AllWords, leftOut).Select(p => (RecipePart.AllWords, Term(p.Text), p.Index)).ToList();
        if (Phrase(recipe.Phrase, RecipePart.Phrase, leftOut) is { } phrase)
        {
            words.Add((RecipePart.Phrase, phrase.Text, phrase.Index));
        }

        var any = Pieces(recipe.AnyWords, commasOnly: recipe.AnyWords?.IndexOfAny([',', '，', '、']) >= 0, RecipePart.AnyWords, leftOut).ToList();
        var none = Pieces(recipe.NoneWords, commasOnly: false, RecipePart.NoneWords, leftOut).ToList();
        if (words.Count + any.Count + none.Count > 0)
        {
            if (scoped)
            {
                Append(RecipePart.AllWords, recipe.Scope == TopicScope.Headline ? "headline:(" : "body:(", 0);
                spans.RemoveAt(spans.Count - 1);
            }

            foreach (var (part, piece, index) in words)
            {
                Append(part, piece, index);
            }

            for (var i = 0; i < any.Count; i++)
            {
                var open = any.Count > 1 && i == 0 ? "(" : string.Empty;
                var close = any.Count > 1 && i == any.Count - 1 ? ")" : string.Empty;
                Append(RecipePart.AnyWords, open + Term(any[i].Text) + close, any[i].Index);
                if (i < any.Count - 1)
                {
                    text.Append(" OR");
                }
            }

            foreach (var (piece, index) in none)
            {
                Append(RecipePart.NoneWords, "-" + Term(piece), index);
            }

            if (scoped)
            {
                text.Append(')');
            }
        }

        if (Phrase(recipe.Subject, RecipePart.Subject, leftOut) is { } subject)
        {
            Append(RecipePart.Subject, "subject:" + subject.Text, subject.Index);
        }

        return new ComposedTopic(text.ToString(), spans, leftOut);
    }

    // Words (or, with commasOnly, comma-separated items) with their 0-based index in the field; pieces without a
    // letter or digit are left out, added to leftOut.
    private static List<(string Text, int Index)> Pieces(string? field, bool commasOnly, RecipePart part, List<LeftOutPiece> leftOut)
    {
        var pieces = new List<(string Text, int Index)>();
        if (string.IsNullOrEmpty(field))
        {
            return pieces;
        }

        var start = -1;
        for (var i = 0; i <= field.Length; i++)
        {
            var separator = i == field.Length || field[i] is ',' or '，' or '、' || (!commasOnly && char.IsWhiteSpace(field[i]));
            if (!separator && start < 0)
            {
                start = char.IsWhiteSpace(field[i]) ? -1 : i;
            }
            else if (separator && start >= 0)
            {
                var piece = field[start..i].TrimEnd();
                if (piece.Any(char.IsLetterOrDigit))
                {
                    pieces.Add((piece, start));
                }
                else
                {
                    leftOut.Add(new LeftOutPiece(part, start + 1, piece));
                }

                start = -1;
            }
        }

        return pieces;
    }

    // A word as itself when the parser reads it as that word, else as a phrase.
    private static string Term(string piece)
    {
        if (piece.Any(c => char.IsWhiteSpace(c) || c is '"' or '(' or ')' or ':' or '*') || piece[0] is '-' or '=')
        {
            return Quoted(piece);
        }

        return Operators.Any(o => piece == o || piece.StartsWith(o + "/", StringComparison.Ordinal)) ? piece.ToLowerInvariant() : piece;
    }

    private static (string Text, int Index)? Phrase(string? field, RecipePart part, List<LeftOutPiece> leftOut)
    {
        if (string.IsNullOrEmpty(field) || !field.Any(char.IsLetterOrDigit))
        {
            var start = field?.TakeWhile(char.IsWhiteSpace).Count() ?? 0;
            if (field is not null && start < field.Length)
            {
                leftOut.Add(new LeftOutPiece(part, start + 1, field.Trim()));
            }

            return null;
        }

        var index = field.TakeWhile(c => char.IsWhiteSpace(c) || c == '"').Count();
        return (Quoted(field), index);
    }

    private static string Quoted(string piece) =>
        "\"" + string.Join(' ', piece.Replace('"', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + "\"";
}
