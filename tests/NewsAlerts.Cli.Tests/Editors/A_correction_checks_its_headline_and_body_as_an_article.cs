namespace NewsAlerts.Cli.Tests.Editors;

using NewsAlerts.Core.Articles;
using NewsAlerts.Functions.EditorConsole;
using NewsAlerts.Pages.Editor;

/// <summary>
/// Issue 17 (console17): the console's correction changes the headline and body too. The corrected text is checked as a
/// published article's (a headline required and at most 400 characters, no control or bidi characters), a field not
/// posted keeps the stored text, and the next version carries the corrected text with the notice.
/// </summary>
public sealed class A_correction_checks_its_headline_and_body_as_an_article
{
    private static readonly Article Stored = new(
        "urn:test:c", 2, "Toll rises to 120", "Officials said 120.", null, null, "en", [], 3, null, DateTimeOffset.UnixEpoch);

    [Fact]
    public void The_next_version_carries_the_corrected_headline_body_and_note()
    {
        var (text, errors) = CorrectionFields.Check(Stored, "  Toll rises to 12 ", "Officials said 12.\r\nNot 120.");
        var next = StoryActions.Next(Stored, "correct", "The toll was 12, not 120.", DateTimeOffset.UnixEpoch.AddHours(1), text)!;

        Assert.Empty(errors);
        Assert.Equal((3, "Toll rises to 12", "Officials said 12.\nNot 120."), (next.Version, next.Headline, next.Body));
        Assert.Equal(new ArticleNotice(NoticeKind.Corrected, "The toll was 12, not 120."), next.Notice);
    }

    [Fact]
    public void Fields_not_posted_keep_the_stored_text()
    {
        var (text, errors) = CorrectionFields.Check(Stored, null, null);

        Assert.Empty(errors);
        Assert.Equal(new CorrectedText(Stored.Headline, Stored.Body), text);
    }

    [Theory]
    [InlineData("", "Enter the corrected headline")]
    [InlineData("   ", "Enter the corrected headline")]
    [InlineData("Toll \u202Erises", "U+202E")]
    [InlineData("Toll\nrises", "U+000A")]
    public void A_headline_that_cannot_be_published_is_refused_on_its_field(string headline, string words)
    {
        var (text, errors) = CorrectionFields.Check(Stored, headline, "Body.");

        Assert.Null(text);
        var error = Assert.Single(errors);
        Assert.Equal(CorrectionFields.Headline, error.Field);
        Assert.Contains(words, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_longer_than_an_article_takes_is_refused_and_a_body_with_a_bidi_control_too()
    {
        var (_, errors) = CorrectionFields.Check(Stored, new string('a', ArticleParser.MaxHeadlineLength + 1), "Body \u202E.");

        Assert.Equal([CorrectionFields.Headline, CorrectionFields.Body], errors.Select(e => e.Field));
        Assert.Contains("400", errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith(ConsoleStrings.FieldBody, errors[1].Message, StringComparison.Ordinal);
    }
}
