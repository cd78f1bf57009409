namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Cli.Tests.Pages.Languages;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages.Messages;

/// <summary>
/// Trial r35 #6: after "Send me a new code" on a phone-only code page, the page said "a new link (and a new code, for a
/// phone number) is on its way. Earlier links no longer work." The notice names only what the sign-up waits on.
/// </summary>
public sealed class A_resend_is_worded_by_the_channels_the_sign_up_has
{
    public static TheoryData<string> Languages => [.. TextLanguages.Offered];

    [Fact]
    public void A_phone_only_sign_up_is_told_of_a_code_only()
    {
        using var scope = new PageLanguageScope("en");

        Assert.Equal(
            "If this sign-up is still waiting for confirmation, a new code is on its way. Earlier codes no longer work.",
            ResentWords.Message(email: false, sms: true));
        Assert.DoesNotContain("code", ResentWords.Message(email: true, sms: false), StringComparison.Ordinal);
        Assert.Contains("a new link and a new code", ResentWords.Message(email: true, sms: true), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_language_has_three_different_notices(string language)
    {
        using var scope = new PageLanguageScope(language);

        string[] notices = [ResentWords.Message(false, true), ResentWords.Message(true, false), ResentWords.Message(true, true)];

        Assert.Equal(3, notices.Distinct(StringComparer.Ordinal).Count());
        Assert.All(notices, n => Assert.DoesNotContain("(", n, StringComparison.Ordinal));
    }
}
