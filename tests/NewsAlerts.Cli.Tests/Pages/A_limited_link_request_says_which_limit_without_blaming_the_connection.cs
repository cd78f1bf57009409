namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Cli.Tests.Pages.Languages;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Messages;

/// <summary>
/// Trial r34 #2: the fourth ask for a link for one number read "Too many requests came from here", the per-client
/// wording, although the per-number limit refused it, and offered no way out. The per-contact limit now says so and
/// points to the link already sent; the per-client limit keeps its wording.
/// </summary>
public sealed class A_limited_link_request_says_which_limit_without_blaming_the_connection
{
    public static TheoryData<string> Languages => [.. TextLanguages.Offered];

    [Fact]
    public void The_per_number_limit_points_to_the_link_already_sent()
    {
        using var scope = new PageLanguageScope("en");

        Assert.Equal(
            "We have already sent several links to this address or number, so we send no more for now; this limit is for the address or number, not your connection. Use the link we already sent you: it works for 365 days. Or ask again in about 24 hours.",
            ManageLinkLimitWords.Message(SignUpLimits.Contact, SignUpLimits.Contact, 86_400, 365));
    }

    [Theory]
    [InlineData(SignUpLimits.ManageLinkClient)]
    [InlineData(SignUpLimits.InFlight)]
    [InlineData(null)]
    public void Another_limit_keeps_the_per_client_words(string? limit)
    {
        using var scope = new PageLanguageScope("en");

        Assert.Equal("No link was sent. " + WaitWords.Message(3600), ManageLinkLimitWords.Message(limit, SignUpLimits.Contact, 3600, 365));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_language_names_the_days_and_the_wait_and_differs_from_the_connection_wording(string language)
    {
        using var scope = new PageLanguageScope(language);

        var message = ManageLinkLimitWords.Message(SignUpLimits.Contact, SignUpLimits.Contact, 86_400, 365);

        Assert.Contains("365", message, StringComparison.Ordinal);
        Assert.Contains(WaitWords.Of(86_400), message, StringComparison.Ordinal);
        Assert.NotEqual(WaitWords.Message(86_400), message);
        Assert.DoesNotContain("{", message, StringComparison.Ordinal);
    }
}
