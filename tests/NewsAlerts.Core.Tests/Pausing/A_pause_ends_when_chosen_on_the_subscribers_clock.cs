namespace NewsAlerts.Core.Tests.Pausing;

using NewsAlerts.Core.Pausing;

public sealed class A_pause_ends_when_chosen_on_the_subscribers_clock
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 22, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("1d", PauseLength.Day)]
    [InlineData("1W", PauseLength.Week)]
    [InlineData(" untilResumed ", PauseLength.UntilResumed)]
    [InlineData("UNTILRESUMED", PauseLength.UntilResumed)]
    [InlineData("off", PauseLength.Resume)]
    [InlineData("2026-12-24", PauseLength.UntilDate)]
    public void Each_written_choice_is_read(string value, PauseLength expected) =>
        Assert.Equal(expected, PauseChange.Parse(value).Value!.Length);

    [Theory]
    [InlineData("")]
    [InlineData("2d")]
    [InlineData("24/12/2026")]
    [InlineData(null)]
    public void Anything_else_is_an_error_of_the_pause_field(string? value)
    {
        var parsed = PauseChange.Parse(value);
        Assert.False(parsed.IsValid);
        Assert.Equal("pause", Assert.Single(parsed.Errors).Field);
    }

    [Theory]
    [InlineData("resumed")]
    [InlineData(" Resumed ")]
    public void Resumed_is_refused_naming_pause_what_each_meaning_is_written_and_every_value(string value)
    {
        // Trial s42 B: an API client sent "resumed" to resume and was paused until 9999-12-31.
        var error = Assert.Single(PauseChange.Parse(value).Errors);

        Assert.Equal("pause", error.Field);
        Assert.Contains("off resumes now, untilResumed pauses until you resume", error.Reason, StringComparison.Ordinal);
        Assert.EndsWith("must be 1d, 1w, untilResumed, off or a date (yyyy-MM-dd)", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_listed_value_is_read_and_none_of_them_reads_as_another()
    {
        var read = PauseChange.Values.Select(v => PauseChange.Parse(v).Value!.Length).ToList();

        Assert.Equal([PauseLength.Day, PauseLength.Week, PauseLength.UntilResumed, PauseLength.Resume], read);
        Assert.All(PauseChange.Values, v => Assert.Contains(v, PauseChange.Allowed, StringComparison.Ordinal));
    }

    [Fact]
    public void A_day_and_a_week_run_from_now_and_until_resumed_never_ends()
    {
        Assert.Equal(Now.AddDays(1), Pauses.Until(new PauseChange(PauseLength.Day), Now, "UTC").Until);
        Assert.Equal(Now.AddDays(7), Pauses.Until(new PauseChange(PauseLength.Week), Now, "UTC").Until);
        Assert.Equal(DateTimeOffset.MaxValue, Pauses.Until(new PauseChange(PauseLength.UntilResumed), Now, "UTC").Until);
        Assert.Equal((null, null), Pauses.Until(PauseChange.Resume, Now, "UTC"));
    }

    [Fact]
    public void A_date_ends_at_its_midnight_on_their_clock()
    {
        var (until, error) = Pauses.Until(new PauseChange(PauseLength.UntilDate, new DateOnly(2026, 12, 24)), Now, "Asia/Tokyo");
        Assert.Null(error);
        Assert.Equal(new DateTimeOffset(2026, 12, 23, 15, 0, 0, TimeSpan.Zero), until);
    }

    [Fact]
    public void Today_on_their_clock_or_a_past_or_far_date_is_refused()
    {
        // 22:30 UTC on 30 Nov is 1 Dec in Tokyo: 1 Dec is today there, so it cannot be the day alerts start again.
        Assert.Equal("pause", Pauses.Until(new PauseChange(PauseLength.UntilDate, new DateOnly(2026, 12, 1)), Now, "Asia/Tokyo").Error?.Field);
        Assert.Null(Pauses.Until(new PauseChange(PauseLength.UntilDate, new DateOnly(2026, 12, 1)), Now, "UTC").Error);
        Assert.NotNull(Pauses.Until(new PauseChange(PauseLength.UntilDate, new DateOnly(2026, 11, 1)), Now, "UTC").Error);
        Assert.NotNull(Pauses.Until(new PauseChange(PauseLength.UntilDate, new DateOnly(2028, 1, 1)), Now, "UTC").Error);
    }

    [Fact]
    public void A_pause_is_in_force_until_its_end_exclusive()
    {
        var until = Now.AddDays(1);
        Assert.True(Pauses.IsPaused(until, Now));
        Assert.True(Pauses.IsPaused(until, until.AddTicks(-1)));
        Assert.False(Pauses.IsPaused(until, until));
        Assert.False(Pauses.IsPaused((DateTimeOffset?)null, Now));
        Assert.True(Pauses.IsPaused(Pauses.UntilResumed, DateTimeOffset.MaxValue.AddYears(-1)));
    }
}
