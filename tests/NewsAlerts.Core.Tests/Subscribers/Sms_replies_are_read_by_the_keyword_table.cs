namespace NewsAlerts.Core.Tests.Subscribers;

using NewsAlerts.Core.Subscribers;

public sealed class Sms_replies_are_read_by_the_keyword_table
{
    private static readonly SmsHelp Help = new("NewsAlerts", "help@newsalerts.example");

    // Each word as written, and variants people (and phones) produce: case, punctuation, emoji, odd spaces, full-width letters.
    private static IEnumerable<string> Variants(string phrase) =>
    [
        phrase,
        phrase.ToLowerInvariant(),
        char.ToUpperInvariant(phrase[0]) + phrase[1..].ToLowerInvariant(),
        $"  {phrase}\n",
        $"{phrase}.",
        $"{phrase}!!!",
        $"\"{phrase}\"",
        $"¡{phrase.ToLowerInvariant()}?",
        $"{phrase} 🙏",
        $"👋 {phrase} 👍🏽",
        $"\t{phrase}\u00A0",
        $"{phrase} please",
        $"{phrase} please, thank you",
        $"{phrase}, thanks",
        .. phrase.All(c => c is ' ' or (>= 'A' and <= 'Z')) ? [string.Concat(phrase.Select(c => c == ' ' ? c : (char)(c - 'A' + 'Ａ')))] : Array.Empty<string>(),
    ];

    public static TheoryData<string, SmsKeyword> TableWithVariants()
    {
        var data = new TheoryData<string, SmsKeyword>();
        foreach (var (phrase, keyword, _) in SmsKeywords.Table)
        {
            foreach (var variant in Variants(phrase))
            {
                data.Add(variant, keyword);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TableWithVariants))]
    public void Every_word_of_the_table_is_read_with_case_punctuation_emoji_and_whitespace_variants(string body, SmsKeyword expected) =>
        Assert.Equal(expected, SmsKeywords.Of(body));

    [Fact]
    public void The_table_holds_the_documented_English_words()
    {
        var english = SmsKeywords.Table.Where(t => t.Language == "en").ToList();
        Assert.Equal(
            ["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT", "OPT OUT"],
            english.Where(t => t.Keyword == SmsKeyword.Stop).Select(t => t.Phrase));
        Assert.Equal(["START", "UNSTOP"], english.Where(t => t.Keyword == SmsKeyword.Start).Select(t => t.Phrase));
        Assert.Equal(["HELP", "INFO"], english.Where(t => t.Keyword == SmsKeyword.Help).Select(t => t.Phrase));
    }

    [Theory]
    [InlineData("opt-out", SmsKeyword.Stop)]
    [InlineData("stop sending me these", SmsKeyword.Stop)]
    [InlineData("stop sending me these texts", SmsKeyword.MentionsStop)]
    [InlineData("please stop", SmsKeyword.MentionsStop)]
    [InlineData("how do I unsubscribe?", SmsKeyword.MentionsStop)]
    [InlineData("I want to opt out now", SmsKeyword.MentionsStop)]
    [InlineData("is this the end of the war", SmsKeyword.MentionsStop)]
    [InlineData("stopping", SmsKeyword.None)]
    [InlineData("thanks!", SmsKeyword.None)]
    [InlineData("optional", SmsKeyword.None)]
    [InlineData("🛑", SmsKeyword.None)]
    [InlineData("", SmsKeyword.None)]
    [InlineData(null, SmsKeyword.None)]
    public void A_keyword_may_be_followed_by_at_most_three_words_and_other_replies_may_mention_one(string? body, SmsKeyword expected) =>
        Assert.Equal(expected, SmsKeywords.Of(body));

    [Fact]
    public void HELP_and_INFO_name_the_service_how_to_stop_and_the_contact_address()
    {
        foreach (var body in new[] { "HELP", "info?" })
        {
            var answer = SmsReplyAnswers.For(body, Help);

            Assert.StartsWith("NewsAlerts:", answer, StringComparison.Ordinal);
            Assert.Contains("Reply STOP", answer, StringComparison.Ordinal);
            Assert.Contains("help@newsalerts.example", answer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_reply_mentioning_an_opt_out_word_is_told_how_to_stop_and_other_replies_get_no_answer()
    {
        Assert.Equal("Reply STOP to stop all alerts.", SmsReplyAnswers.For("how do I stop these messages", Help));
        Assert.Null(SmsReplyAnswers.For("thanks", Help));
    }

    [Fact]
    public void The_carrier_confirms_an_exact_opt_out_or_opt_in_word_and_the_app_confirms_the_rest()
    {
        Assert.Null(SmsReplyAnswers.For(" stop ", Help));
        Assert.Null(SmsReplyAnswers.For("UNSTOP", Help));
        Assert.Contains("no more texts", SmsReplyAnswers.For("stop please", Help), StringComparison.Ordinal);
        Assert.Contains("no more texts", SmsReplyAnswers.For("OPT OUT", Help), StringComparison.Ordinal);
        Assert.Contains("resumed", SmsReplyAnswers.For("Start!", Help), StringComparison.Ordinal);
    }
}
