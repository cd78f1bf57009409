namespace NewsAlerts.Core.Tests.Articles;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Validation;

/// <summary>
/// Trial r35 #2: <c>POST /api/articles</c> took <c>"urgnecy":1</c> (published at the default urgency: a flash became an
/// ordinary story), <c>"bogus":1</c>, <c>correction.x</c> and <c>"Correction"</c> without a word. An article member that
/// is neither read by NewsAlerts nor a ninjs property is refused by name; so is a short alias given beside the ninjs
/// field it stands for (one of the two was silently dropped).
/// </summary>
public sealed class Unknown_article_members_are_refused_by_name
{
    private const string Base = "\"uri\": \"urn:test:r35\", \"version\": 1, \"language\": \"en\", \"headline\": \"Tuvalu test\", \"body_text\": \"x\"";

    [Theory]
    [InlineData("\"urgnecy\": 1", "urgnecy", "is not an article field (known: uri, id, version,")]
    [InlineData("\"bogus\": 1", "bogus", "and the other ninjs fields)")]
    [InlineData("\"Correction\": {\"kind\": \"major\", \"note\": \"n\"}", "Correction", "; names are case-sensitive: write correction")]
    [InlineData("\"Urgency\": 1", "Urgency", "; names are case-sensitive: write urgency")]
    [InlineData("\"correction\": {\"kind\": \"major\", \"note\": \"n\", \"x\": 1}", "correction.x", "is not a correction field (known: kind, note)")]
    [InlineData("\"correction\": {\"Kind\": \"major\", \"note\": \"n\"}", "correction.Kind", "names are case-sensitive: write kind")]
    [InlineData("\"body\": \"<p>y</p>\"", "body", "is given with body_text, which it stands for; give one of them")]
    [InlineData("\"description\": \"d\", \"description_text\": \"d\"", "description", "is given with description_text")]
    [InlineData("\"subjects\": [\"a\"], \"subject\": [\"b\"]", "subjects", "is given with subject")]
    [InlineData("\"subject\": [{\"cdoe\": \"medtop:16000000\", \"name\": \"armed conflict\"}]", "subject[0].cdoe", "is not a subject field (known: code, uri, qcode, name,")]
    [InlineData("\"subject\": [{\"code\": \"medtop:16000000\", \"nmae\": \"x\"}]", "subject[0].nmae", "is not a subject field")]
    [InlineData("\"subjects\": [\"a\", {\"code\": \"medtop:16000000\", \"nmae\": \"x\"}]", "subjects[1].nmae", "is not a subject field")]
    [InlineData("\"subject\": [{\"Code\": \"medtop:16000000\"}]", "subject[0].Code", "names are case-sensitive: write code")]
    public void The_member_is_named_with_the_reason(string members, string field, string reason)
    {
        var parsed = ArticleParser.Parse($"{{{Base}, {members}}}", TimeProvider.System);

        Assert.False(parsed.IsValid);
        Assert.Contains(parsed.Errors, e => e.Field == field && e.Reason.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void The_trials_misspelt_urgency_is_the_only_error_and_no_article_is_made()
    {
        var parsed = ArticleParser.Parse($"{{{Base}, \"urgnecy\": 1}}", TimeProvider.System);

        Assert.Equal("urgnecy", Assert.Single(parsed.Errors).Field);
        Assert.Null(parsed.Value);
    }

    [Fact]
    public void A_full_ninjs_document_with_properties_not_read_is_still_taken()
    {
        var parsed = ArticleParser.Parse(
            $"{{{Base}, \"type\": \"text\", \"place\": [{{\"name\": \"Aleppo\"}}], \"located\": \"Aleppo\", \"embargoed\": null, \"renditions\": {{}}, \"urgency\": 1}}",
            TimeProvider.System);

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        Assert.Equal(1, parsed.Value!.Urgency);
    }

    // Review of s35: ninjs 2.x and 3.x name the entity lists in the plural (iptc/newsinjson ninjs-schema_2.0.json).
    [Theory]
    [InlineData("people")]
    [InlineData("organisations")]
    [InlineData("places")]
    [InlineData("events")]
    [InlineData("objects")]
    [InlineData("infosources")]
    [InlineData("genres")]
    [InlineData("trustindicators")]
    public void A_ninjs_2_document_with_its_plural_lists_is_taken(string member)
    {
        var parsed = ArticleParser.Parse($"{{{Base}, \"{member}\": [{{\"name\": \"n\"}}], \"urgency\": 2}}", TimeProvider.System);

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        Assert.Equal(2, parsed.Value!.Urgency);
    }

    [Fact]
    public void A_ninjs_subject_with_its_other_members_is_taken_with_its_code_and_name()
    {
        var parsed = ArticleParser.Parse(
            $"{{{Base}, \"subject\": [{{\"code\": \"medtop:16000000\", \"name\": \"armed conflict\", \"rel\": \"about\", \"scheme\": \"http://cv.iptc.org/newscodes/mediatopic/\", \"relevance\": 90}}]}}",
            TimeProvider.System);

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        Assert.Equal(["medtop:16000000", "armed conflict"], parsed.Value!.Subjects);
    }

    [Fact]
    public void A_body_alone_is_still_read_as_html()
    {
        var parsed = ArticleParser.Parse("{\"uri\": \"urn:test:b\", \"headline\": \"H\", \"body\": \"<p>Talks resume.</p>\"}", TimeProvider.System);

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        Assert.Contains("Talks resume.", parsed.Value!.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Code", "names are case-sensitive: write code")]
    [InlineData("CODE", "names are case-sensitive: write code")]
    [InlineData("codes", null)]
    public void The_case_hint_names_the_known_spelling_only_for_a_case_difference(string name, string? hint) =>
        Assert.Equal(hint, KnownMembers.CaseHint(name, ["code"]));
}
