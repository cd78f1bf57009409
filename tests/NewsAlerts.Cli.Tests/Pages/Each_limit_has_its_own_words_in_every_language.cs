namespace NewsAlerts.Cli.Tests.Pages;

using System.Reflection;
using NewsAlerts.Cli.Tests.Pages.Languages;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages.Messages;

/// <summary>
/// Trial r35 #5: after 20 codes to +44740… numbers from anyone, a new person's sign-up read "Trop de demandes sont
/// venues d'ici" (too many requests came from here), blaming their connection for a per-number-prefix limit.
/// <see cref="LimitWords"/> maps each limit to its own words; only the per-client limits say "from here".
/// </summary>
public sealed class Each_limit_has_its_own_words_in_every_language
{
    private static readonly string[] PerClient =
        [SignUpLimits.Client, SignUpLimits.ResendClient, SignUpLimits.ManageLinkClient, SignUpLimits.ContactChangeClient, SignUpLimits.ConfirmClient, SignUpLimits.InFlight];

    public static TheoryData<string> Languages => [.. TextLanguages.Offered];

    [Fact]
    public void The_trials_prefix_limit_does_not_blame_the_connection()
    {
        using var scope = new PageLanguageScope("fr");

        var message = LimitWords.Message(SignUpLimits.Prefix, 3420);

        Assert.DoesNotContain("d’ici", message, StringComparison.Ordinal);
        Assert.Contains("numéros qui commencent comme celui-ci", message, StringComparison.Ordinal);
        Assert.EndsWith("Réessayez dans " + WaitWords.Of(3420) + ".", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_limit_is_worded_here()
    {
        // A new limit in SignUpLimits fails here until it is given words (or listed as per client).
        var limits = typeof(SignUpLimits).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!);
        using var scope = new PageLanguageScope("en");

        Assert.All(limits, limit => Assert.True(
            PerClient.Contains(limit) || LimitWords.Message(limit, 60) != WaitWords.Message(60), $"{limit} is told as a per-client limit"));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_limit_that_is_not_per_client_has_its_own_words_with_the_wait(string language)
    {
        using var scope = new PageLanguageScope(language);
        string[] others = [SignUpLimits.Contact, SignUpLimits.Prefix, SignUpLimits.SmsBudget, SignUpLimits.Unavailable];

        var messages = others.Select(limit => LimitWords.Message(limit, 3600)).ToList();

        Assert.Equal(others.Length, messages.Distinct(StringComparer.Ordinal).Count());
        Assert.All(messages, m =>
        {
            Assert.NotEqual(WaitWords.Message(3600), m);
            Assert.Contains(WaitWords.Of(3600), m, StringComparison.Ordinal);
            Assert.DoesNotContain("{", m, StringComparison.Ordinal);
        });
        Assert.Equal(LimitWords.Message(SignUpLimits.Contention, 3600), LimitWords.Message(SignUpLimits.Unavailable, 3600));
        Assert.All(PerClient, limit => Assert.Equal(WaitWords.Message(3600), LimitWords.Message(limit, 3600)));
        if (language != "en")
        {
            using var english = new PageLanguageScope("en");
            Assert.DoesNotContain(LimitWords.Message(SignUpLimits.Prefix, 3600), messages);
        }
    }
}
