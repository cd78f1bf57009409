namespace NewsAlerts.Infrastructure.Tests.Pages;

using NewsAlerts.Core.History;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Messages;

public sealed class Lifetimes_on_pages_come_from_their_settings_in_words
{
    [Theory]
    [InlineData(2 * 24 * 60, "2 days")]
    [InlineData(24 * 60, "1 day")]
    [InlineData(36 * 60, "36 hours")]
    [InlineData(60, "1 hour")]
    [InlineData(90, "90 minutes")]
    [InlineData(15, "15 minutes")]
    [InlineData(1, "1 minute")]
    [InlineData(30 * 24 * 60, "30 days")]
    [InlineData(14 * 24 * 60 + 60, "337 hours")]
    public void A_duration_reads_in_its_largest_exact_unit(int minutes, string words) =>
        Assert.Equal(words, DurationWords.Of(TimeSpan.FromMinutes(minutes)));

    [Theory]
    [InlineData(1, "1 minute")]
    [InlineData(61, "2 minutes")]
    public void Seconds_round_up_to_whole_minutes(int seconds, string words) =>
        Assert.Equal(words, DurationWords.Of(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Each_sentence_names_the_lifetime_that_governs_it()
    {
        Assert.Contains($"for {DurationWords.Of(SubscriberService.EmailConfirmationLifetime)} after we send it", DurationWords.ChangePendingEmail("a@example.com"), StringComparison.Ordinal);
        Assert.Contains("a@example.com", DurationWords.ChangePendingEmail("a@example.com"), StringComparison.Ordinal);
        Assert.Contains($"expires {DurationWords.Of(SubscriberService.SmsCodeLifetime)} after", DurationWords.CodeHint, StringComparison.Ordinal);
        Assert.Contains($"the last {DurationWords.Of(AlertHistory.Window)} and why", DurationWords.RecentHint("Europe/London"), StringComparison.Ordinal);
        Assert.Contains("(London time)", DurationWords.RecentHint("Europe/London"), StringComparison.Ordinal);
        Assert.DoesNotContain("Europe/", DurationWords.RecentHint("Europe/London"), StringComparison.Ordinal);
        Assert.EndsWith($"the last {DurationWords.Of(AlertHistory.Window)}.", DurationWords.RecentNone, StringComparison.Ordinal);
    }

    [Fact]
    public void No_page_string_names_a_length_of_time_as_a_literal()
    {
        // Durations a setting governs are filled in by DurationWords; only the pause choices name fixed periods.
        var literal = new System.Text.RegularExpressions.Regex(@"\b\d+\s*(minute|hour|day|week)s?\b");
        var offenders = typeof(PageStrings).GetFields()
            .Where(f => f.IsLiteral && f.Name is not (nameof(PageStrings.PauseDay) or nameof(PageStrings.PauseWeek)))
            .Where(f => literal.IsMatch((string)f.GetRawConstantValue()!))
            .Select(f => f.Name)
            .ToList();
        Assert.Empty(offenders);
    }
}
