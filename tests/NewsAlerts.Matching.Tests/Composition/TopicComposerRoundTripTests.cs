namespace NewsAlerts.Matching.Tests.Composition;

using CsCheck;
using NewsAlerts.Matching.Composition;
using NewsAlerts.Matching.Query;

/// <summary>
/// Generated recipes full of the language's own syntax (quotes, parentheses, operators, fields, wildcards), other
/// scripts and odd Unicode go through the composer and the parser: a recipe whose pieces have letters always parses,
/// and into exactly the pieces it was given (one leaf per word, the any-group one OR, each excluded word one NOT, the
/// subject one filter, every word in the recipe's scope), so no typed text can inject an operator. Random text either
/// parses or fails at a field of the recipe.
/// </summary>
public sealed class TopicComposerRoundTripTests
{
    private static readonly Gen<string> Hostile = Gen.OneOf(
        "AND", "OR", "NOT", "NEAR", "NEAR/5", "NEAR/x", "\"", "(", ")", "-", "=", "*", ":", ",", "，", "、", "headline:", "body:(", "subject:",
        "urgency:<=3", "lang:en", "colour:", "\\", "\"\"", "x\"", "\")", "OR(", "NOT\"", "-\"", "=\"a", " ", "\t", "\u00A0", "\u3000", "\n");

    private static readonly Gen<string> Wordy = Gen.OneOf(
        "Syria", "ceasefire", "O'Brien", "Zürich", "Путин", "快乐", "東京都", "السلام", "กรุงเทพ", "서울", "cease-fire", "Syria's", "x", "NATO", "٣");

    private static readonly Gen<string> Field = Gen.Select(Gen.Frequency((3, Wordy), (2, Hostile)).Array[0, 8], tokens => string.Concat(tokens));

    private static readonly Gen<TopicRecipe> Recipe = Gen.Select(
        Field, Field, Field, Field, Gen.Enum<TopicScope>(), Gen.Frequency((3, Gen.Const(string.Empty)), (1, Field)),
        (all, phrase, any, none, scope, subject) => new TopicRecipe(all, phrase, any, none, scope, subject));

    [Fact]
    public void Every_composition_parses_into_exactly_the_pieces_given()
    {
        Recipe.Sample(recipe =>
        {
            var composed = TopicComposer.Compose(recipe);
            var spans = composed.Spans;
            var positives = spans.Count(s => s.Part is RecipePart.AllWords or RecipePart.Phrase or RecipePart.AnyWords);
            var parsed = composed.Parse();
            if (composed.IsEmpty || positives == 0 && !spans.Any(s => s.Part == RecipePart.Subject))
            {
                Assert.False(parsed.Success);
                return;
            }

            Assert.True(parsed.Success, $"{composed.Text}: {parsed.Error}");
            var any = spans.Count(s => s.Part == RecipePart.AnyWords);
            var shape = new Shape();
            shape.Visit(parsed.Root!, inOr: false, inNot: false);
            Assert.Equal(positives - (any > 1 ? any : 0), shape.Plain);
            Assert.Equal(any > 1 ? any : 0, shape.Alternatives);
            Assert.Equal(any > 1 ? 1 : 0, shape.Ors);
            Assert.Equal(spans.Count(s => s.Part == RecipePart.NoneWords), shape.Excluded);
            Assert.Equal(spans.Count(s => s.Part == RecipePart.Subject), shape.Filters);
            Assert.All(shape.Scopes, s => Assert.Equal((int)recipe.Scope, (int)s));
        }, iter: 5_000);
    }

    [Fact]
    public void Random_text_parses_or_fails_at_a_field_of_the_recipe()
    {
        Gen.Select(Gen.String[0, 40], Gen.String[0, 40], Gen.String[0, 40], Gen.String[0, 40], Gen.Enum<TopicScope>(), Gen.String[0, 10])
            .Sample((all, phrase, any, none, scope, subject) =>
            {
                var recipe = new TopicRecipe(all, phrase, any, none, scope, subject);
                var composed = TopicComposer.Compose(recipe);
                if (composed.IsEmpty)
                {
                    return;
                }

                var parsed = composed.Parse();
                if (!parsed.Success)
                {
                    var (part, column) = composed.Locate(parsed.Column);
                    var field = part switch
                    {
                        RecipePart.AllWords => all,
                        RecipePart.Phrase => phrase,
                        RecipePart.AnyWords => any,
                        RecipePart.NoneWords => none,
                        _ => subject,
                    };
                    Assert.InRange(column, 1, Math.Max(1, field.Length));
                }
            }, iter: 5_000);
    }

    private sealed class Shape
    {
        public int Plain { get; private set; }

        public int Alternatives { get; private set; }

        public int Ors { get; private set; }

        public int Excluded { get; private set; }

        public int Filters { get; private set; }

        public List<FieldScope> Scopes { get; } = [];

        public void Visit(QueryNode node, bool inOr, bool inNot)
        {
            switch (node)
            {
                case AndQuery both when !inOr && !inNot:
                    both.Children.ToList().ForEach(c => Visit(c, inOr, inNot));
                    break;
                case OrQuery either when !inOr && !inNot:
                    Ors++;
                    either.Children.ToList().ForEach(c => Visit(c, inOr: true, inNot));
                    break;
                case NotQuery negated when !inOr && !inNot:
                    Visit(negated.Child, inOr, inNot: true);
                    break;
                case TermQuery { Exact: false } term:
                    Leaf(term.Scope, inOr, inNot);
                    break;
                case PhraseQuery { Exact: false } phrase:
                    Leaf(phrase.Scope, inOr, inNot);
                    break;
                case FilterQuery when !inOr && !inNot:
                    Filters++;
                    break;
                default:
                    Assert.Fail($"unexpected {node.GetType().Name} {node}");
                    break;
            }
        }

        private void Leaf(FieldScope scope, bool inOr, bool inNot)
        {
            Scopes.Add(scope);
            if (inNot)
            {
                Excluded++;
            }
            else if (inOr)
            {
                Alternatives++;
            }
            else
            {
                Plain++;
            }
        }
    }
}
