namespace NewsAlerts.Infrastructure.Tests.Pages;

using NewsAlerts.Core.Policy;
using NewsAlerts.Pages.Fields;

public sealed class The_confirmation_page_repeats_the_email_schedule_in_words
{
    [Fact]
    public void The_default_daily_digest_says_one_email_a_day_at_its_time_in_their_zone() =>
        Assert.Equal("You’ll get one email a day at 07:00 (London time).", ScheduleWords.Sentence(EmailSchedule.Default, "Europe/London"));

    [Fact]
    public void A_weekly_digest_names_its_day_and_time() =>
        Assert.Equal(
            "You’ll get one email a week, on Fridays at 18:30 (UTC time).",
            ScheduleWords.Sentence(new EmailSchedule(EmailFrequency.Weekly, new TimeOnly(18, 30), DayOfWeek.Friday), "UTC"));

    [Theory]
    [InlineData(EmailFrequency.Immediate, "You’ll get an email for each story as soon as it matches your topics.")]
    [InlineData(EmailFrequency.Hourly, "You’ll get at most one email an hour, listing the stories that matched.")]
    public void Immediate_and_hourly_say_what_they_mean(EmailFrequency frequency, string expected) =>
        Assert.Equal(expected, ScheduleWords.Sentence(EmailSchedule.Default with { Frequency = frequency }, "UTC"));
}
