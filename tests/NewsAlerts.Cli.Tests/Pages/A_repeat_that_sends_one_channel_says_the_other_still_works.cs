namespace NewsAlerts.Cli.Tests.Pages;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using NewsAlerts.Cli.Tests.Pages.Languages;
using NewsAlerts.Functions.Pages;
using NewsAlerts.Pages;

/// <summary>
/// Issue 16 (s43 leftover): a sign-up sent again whose link was spent while its texted code still works sends a new link
/// alone; its code page said the usual "we sent a link" and "we texted you a code" although no code went. It says that
/// a new link went and the code held still works, as the converse (a new code, the link kept) already did.
/// </summary>
public sealed class A_repeat_that_sends_one_channel_says_the_other_still_works
{
    public static TheoryData<string> Languages => ["en", "fr", "de", "es", "it", "nl", "pt", "ar"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_new_link_alone_says_the_code_still_works_and_no_code_was_sent(string language)
    {
        using var scope = new PageLanguageScope(language);
        var location = SignUpSent.Location("u1", email: true, sms: true, [], embed: false, language, resent: true, codeKept: true);

        var notices = SignUpSent.CodePageNotices(QueryOf(location));

        Assert.Equal([PageStrings.ResentLinkMessage, PageStrings.ResentLinkCodeKept], notices);
        Assert.DoesNotContain(PageStrings.CheckPhoneMessage, notices);
    }

    [Fact]
    public void A_new_code_alone_still_says_the_link_works()
    {
        using var scope = new PageLanguageScope("en");
        var location = SignUpSent.Location("u1", email: false, sms: true, [], embed: false, "en", resent: true, linkKept: true);

        Assert.Equal([PageStrings.ResentCodeMessage, PageStrings.ResentCodeLinkKept], SignUpSent.CodePageNotices(QueryOf(location)));
    }

    [Fact]
    public void A_new_link_whose_sending_failed_does_not_claim_one_went()
    {
        using var scope = new PageLanguageScope("en");
        var location = SignUpSent.Location("u1", email: true, sms: true, ["email"], embed: false, "en", resent: true, codeKept: true);

        var notices = SignUpSent.CodePageNotices(QueryOf(location));

        Assert.DoesNotContain(PageStrings.ResentLinkMessage, notices);
        Assert.DoesNotContain(PageStrings.ResentLinkAndCodeMessage, notices);
    }

    private static QueryCollection QueryOf(string location) =>
        new(QueryHelpersParse(location[(location.IndexOf('?', StringComparison.Ordinal) + 1)..]));

    private static Dictionary<string, StringValues> QueryHelpersParse(string query) =>
        query.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => new StringValues(Uri.UnescapeDataString(p.Length > 1 ? p[1] : string.Empty)), StringComparer.Ordinal);
}
