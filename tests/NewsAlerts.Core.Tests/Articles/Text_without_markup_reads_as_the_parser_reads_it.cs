namespace NewsAlerts.Core.Tests.Articles;

using System.Text;
using NewsAlerts.Core.Articles;

/// <summary>
/// A body with no markup, no character reference and no NUL skips the HTML parser; what it gives must be what the
/// parser gives. An empty inline element in front forces the parser without adding or separating any word.
/// </summary>
public sealed class Text_without_markup_reads_as_the_parser_reads_it
{
    private const string Alphabet = "ab c\r\n\t\u000b\u000c\u00a0\u2028\u2003\u200b\u3000\u0085é;\"'=/>xyz  ";

    [Theory]
    [InlineData("Ceasefire talks resume")]
    [InlineData("  Ceasefire\r\n talks\n\nresume  ")]
    [InlineData("line one\nline two\r\rline three")]
    [InlineData("tabs\tand\u00a0no-break\u2003spaces")]
    [InlineData("quotes \"and\" 'apostrophes' > greater")]
    [InlineData("")]
    [InlineData("   ")]
    public void Plain_text_gives_the_parsers_words(string text) =>
        Assert.Equal(HtmlText.ToPlainText("<span></span>" + text), HtmlText.ToPlainText(text));

    [Fact]
    public void Random_plain_text_gives_the_parsers_words()
    {
        var random = new Random(18);
        for (var i = 0; i < 2_000; i++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(0, 40); k > 0; k--)
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            var plain = text.ToString();
            Assert.Equal(HtmlText.ToPlainText("<span></span>" + plain), HtmlText.ToPlainText(plain));
        }
    }
}
