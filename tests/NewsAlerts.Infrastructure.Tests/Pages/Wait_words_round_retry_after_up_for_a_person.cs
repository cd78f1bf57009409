namespace NewsAlerts.Infrastructure.Tests.Pages;

using NewsAlerts.Pages.Messages;

public sealed class Wait_words_round_retry_after_up_for_a_person
{
    [Theory]
    [InlineData(0, "about a minute")]
    [InlineData(1, "about a minute")]
    [InlineData(60, "about a minute")]
    [InlineData(61, "about 2 minutes")]
    [InlineData(700, "about 12 minutes")]
    [InlineData(5400, "about 90 minutes")]
    [InlineData(5401, "about 2 hours")]
    [InlineData(86400, "about 24 hours")]
    public void Seconds_become_minutes_or_hours(int seconds, string words) => Assert.Equal(words, WaitWords.Of(seconds));

    [Fact]
    public void The_message_names_the_wait() =>
        Assert.Equal("Too many requests came from here. Try again in about 12 minutes.", WaitWords.Message(700));

    [Theory]
    [InlineData(1, "Please wait a moment")]
    [InlineData(120, "Please wait a moment")]
    [InlineData(121, "Please try again later")]
    [InlineData(3420, "Please try again later")]
    [InlineData(86400, "Please try again later")]
    public void The_title_fits_the_wait(int seconds, string title) => Assert.Equal(title, WaitWords.Title(seconds));
}
