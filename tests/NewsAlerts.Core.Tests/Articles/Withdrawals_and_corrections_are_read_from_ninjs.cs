namespace NewsAlerts.Core.Tests.Articles;

using NewsAlerts.Core.Articles;

public sealed class Withdrawals_and_corrections_are_read_from_ninjs
{
    private const string Base = "\"uri\": \"urn:test:1\", \"version\": 2, \"headline\": \"Truce in Aleppo\", \"body_text\": \"Talks resume.\"";

    [Fact]
    public void Pubstatus_canceled_withdraws_the_story_with_the_ednote_as_its_note()
    {
        var article = Parse($"{{{Base}, \"pubstatus\": \"canceled\", \"ednote\": \"The report could not be verified.\"}}");

        Assert.True(article.IsValid);
        Assert.Equal(new ArticleNotice(NoticeKind.Withdrawn, "The report could not be verified."), article.Value!.Notice);
        Assert.True(article.Value.IsWithdrawn);
    }

    [Fact]
    public void A_major_correction_carries_its_note_and_a_minor_one_is_an_ordinary_version()
    {
        var major = Parse($"{{{Base}, \"correction\": {{\"kind\": \"major\", \"note\": \"The death toll was 12, not 120.\"}}}}");
        var minor = Parse($"{{{Base}, \"correction\": {{\"kind\": \"minor\"}}, \"pubstatus\": \"usable\"}}");

        Assert.Equal(new ArticleNotice(NoticeKind.Corrected, "The death toll was 12, not 120."), major.Value!.Notice);
        Assert.True(minor.IsValid);
        Assert.Null(minor.Value!.Notice);
    }

    [Theory]
    [InlineData("\"pubstatus\": \"withheld\"", "pubstatus")]
    [InlineData("\"pubstatus\": 3", "pubstatus")]
    [InlineData("\"correction\": \"major\"", "correction")]
    [InlineData("\"correction\": {\"kind\": \"big\"}", "correction.kind")]
    [InlineData("\"correction\": {\"note\": \"x\"}", "correction.kind")]
    [InlineData("\"correction\": {\"kind\": \"major\"}", "correction.note")]
    [InlineData("\"pubstatus\": \"canceled\", \"correction\": {\"kind\": \"major\", \"note\": \"x\"}", "correction")]
    public void Each_wrong_field_is_named(string fields, string field)
    {
        var article = Parse($"{{{Base}, {fields}}}");

        Assert.False(article.IsValid);
        Assert.Equal(field, Assert.Single(article.Errors).Field);
    }

    [Fact]
    public void A_note_longer_than_the_limit_is_refused()
    {
        var article = Parse($"{{{Base}, \"pubstatus\": \"canceled\", \"ednote\": \"{new string('x', ArticleNoticeParser.MaxNoteLength + 1)}\"}}");

        Assert.Equal("ednote", Assert.Single(article.Errors).Field);
    }

    private static NewsAlerts.Core.Validation.Validated<Article> Parse(string json) => ArticleParser.Parse(json, TimeProvider.System);
}
