namespace NewsAlerts.Core.Tests.Configuration;

using System.ComponentModel.DataAnnotations;
using NewsAlerts.Core.Configuration;

/// <summary>
/// Review of s41 and the s42 trial (#B): the port settings' range check duplicated the options validators' own, each
/// worded its own way, and a port that was not a number quoted int's range. One check reads every [Range] and words
/// every refusal, out of range or not a number, with the setting's name and its declared range.
/// </summary>
public sealed class Every_ranged_setting_is_checked_and_worded_in_one_place
{
    [Fact]
    public void Each_setting_outside_its_declared_range_is_named_with_its_value_and_range()
    {
        var options = new AlertsOptions { ConfirmationDeadlineSeconds = 0, IndexRefreshSeconds = 301 };

        Assert.Equal(
            [
                "Alerts:IndexRefreshSeconds: 301 is not a whole number from 1 to 300",
                "Alerts:ConfirmationDeadlineSeconds: 0 is not a whole number from 1 to 60",
            ],
            SettingRange.Failures(options, AlertsOptions.SectionName).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void Settings_inside_their_ranges_and_the_bounds_themselves_pass()
    {
        Assert.Empty(SettingRange.Failures(new AlertsOptions(), AlertsOptions.SectionName));
        Assert.Empty(SettingRange.Failures(new AlertsOptions { ConfirmationDeadlineSeconds = 60, IndexRefreshSeconds = 1 }, AlertsOptions.SectionName));
        Assert.Empty(SettingRange.Failures(new RateLimitOptions { ForwardedForHops = 0 }, RateLimitOptions.SectionName));
    }

    [Fact]
    public void A_range_that_says_what_its_value_is_words_both_refusals_so()
    {
        var range = SettingRange.Of<Worded>(nameof(Worded.Copies));

        Assert.Equal("7 is not a count of copies from 1 to 5 (five at most)", range.Refusal("7"));
        Assert.Equal("'many' is not a count of copies from 1 to 5 (five at most)", range.Refusal("'many'"));
        Assert.Equal("'many' is not a whole number from 0 to 10", SettingRange.Of<RateLimitOptions>(nameof(RateLimitOptions.ForwardedForHops)).Refusal("'many'"));
    }

    [Fact]
    public void Fractional_and_duration_settings_are_worded_as_numbers_and_durations_with_their_ranges()
    {
        var options = new Worded { Speed = 0.25, Wait = TimeSpan.FromMinutes(2) };

        Assert.Equal(
            [
                "Test:Speed: 0.25 is not a number from 0.5 to 2.5",
                "Test:Wait: 00:02:00 is not a duration from 00:00:01 to 00:01:00",
            ],
            SettingRange.Failures(options, "Test"));
        Assert.Equal("'fast' is not a number from 0.5 to 2.5", SettingRange.Of<Worded>(nameof(Worded.Speed)).Refusal("'fast'"));
        Assert.Equal("'soon' is not a duration from 00:00:01 to 00:01:00", SettingRange.Of<Worded>(nameof(Worded.Wait)).Refusal("'soon'"));
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(1e300, "1E+300")]
    public void A_fractional_value_that_is_not_a_finite_number_in_range_is_refused(double value, string shown)
    {
        Assert.Equal([$"Test:Speed: {shown} is not a number from 0.5 to 2.5"], SettingRange.Failures(new Worded { Speed = value }, "Test"));
    }

    [Fact]
    public void Fractional_and_duration_bounds_themselves_pass()
    {
        Assert.Empty(SettingRange.Failures(new Worded { Speed = 0.5, Wait = TimeSpan.FromSeconds(1) }, "Test"));
        Assert.Empty(SettingRange.Failures(new Worded { Speed = 2.5, Wait = TimeSpan.FromMinutes(1) }, "Test"));
    }

    [Fact]
    public void Nested_settings_are_named_by_their_whole_path()
    {
        var options = new Worded { Copies = 3 };
        options.Inner.Depth = -1;

        Assert.Equal(["Test:Inner:Depth: -1 is not a whole number from 0 to 9"], SettingRange.Failures(options, "Test"));
    }

    [Fact]
    public void A_property_without_a_range_is_not_checked_and_asking_for_its_range_says_so()
    {
        Assert.Null(SettingRange.Of(typeof(Worded).GetProperty(nameof(Worded.Free))));
        Assert.Throws<InvalidOperationException>(() => SettingRange.Of<Worded>(nameof(Worded.Free)));
    }

    public sealed class Worded
    {
        [Range(1, 5, ErrorMessage = "a count of copies from {1} to {2} (five at most)")]
        public int Copies { get; set; } = 1;

        public int Free { get; set; } = -100;

        [Range(0.5, 2.5)]
        public double Speed { get; set; } = 1;

        [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
        public TimeSpan Wait { get; set; } = TimeSpan.FromSeconds(30);

        public Nested Inner { get; } = new();

        public sealed class Nested
        {
            [Range(0, 9)]
            public long Depth { get; set; }
        }
    }
}
