namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Cli.Tests.Pages.Languages;
using NewsAlerts.Core.Pausing;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Manage;

/// <summary>
/// Trial r34 #1: a pause date that is today, past or too far ahead read "Reprendre le (date) : Ne peut pas être utilisé
/// tel quel" (ar "لا يمكن استخدامه كما هو"). The page now says why and names the first and last dates allowed, in every
/// language the pages are written in.
/// </summary>
public sealed class A_pause_date_out_of_range_gives_the_reason_and_the_range
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    public static TheoryData<string> Languages => [.. TextLanguages.Offered];

    [Fact]
    public void The_api_reason_names_the_first_and_last_dates_allowed()
    {
        Assert.Equal("must be a day after today, from 2026-12-03 to 2027-12-03 (at most 366 days ahead)", Pauses.DateOutOfRange(Today));
        var error = Pauses.Until(new PauseChange(PauseLength.UntilDate, new DateOnly(1999, 1, 1)), new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero), "UTC").Error;
        Assert.Equal(Pauses.DateOutOfRange(Today), error?.Reason);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_language_gives_the_reason_and_both_dates_in_its_words(string language)
    {
        using var scope = new PageLanguageScope(language);
        var form = new Dictionary<string, string> { [PauseFields.Choice] = "date", [PauseFields.Date] = "1999-01-01" };

        var error = PauseFields.ErrorOf(new Core.Validation.FieldError(PauseChange.Field, Pauses.DateOutOfRange(Today)), form);

        Assert.Equal(PauseFields.Date, error.Field);
        Assert.DoesNotContain(PageStrings.ReasonOther, error.Message, StringComparison.Ordinal);
        Assert.Contains(Core.Words.ShortDates.Of(new DateTime(2026, 12, 3), language), error.Message, StringComparison.Ordinal);
        Assert.Contains(Core.Words.ShortDates.Of(new DateTime(2027, 12, 3), language), error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-12-03", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void French_and_arabic_read_as_the_trial_expected()
    {
        using (new PageLanguageScope("fr"))
        {
            Assert.StartsWith("«\u202fReprendre le (date)\u202f» doit tomber après aujourd’hui\u00a0: du ", PauseFields.OutOfRange(Pauses.DateOutOfRange(Today)), StringComparison.Ordinal);
        }

        using (new PageLanguageScope("ar"))
        {
            Assert.StartsWith("يجب أن يكون ”الاستئناف في (تاريخ)“ بعد اليوم", PauseFields.OutOfRange(Pauses.DateOutOfRange(Today)), StringComparison.Ordinal);
        }
    }

    // Trial r38 #11: 2099-01-01 was told "must be after today"; a date too far ahead names the bound it broke.
    [Fact]
    public void A_date_too_far_ahead_is_told_the_last_day_allowed_by_the_api()
    {
        var error = Pauses.Until(new PauseChange(PauseLength.UntilDate, new DateOnly(2099, 1, 1)), new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero), "UTC").Error;

        Assert.Equal("must be at most 366 days after today, by 2027-12-03", error?.Reason);
        Assert.Equal(Pauses.DateTooFarAhead(Today), error?.Reason);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_date_too_far_ahead_is_told_the_last_day_allowed_on_the_page(string language)
    {
        using var scope = new PageLanguageScope(language);
        var form = new Dictionary<string, string> { [PauseFields.Choice] = "date", [PauseFields.Date] = "2099-01-01" };

        var error = PauseFields.ErrorOf(new Core.Validation.FieldError(PauseChange.Field, Pauses.DateTooFarAhead(Today)), form);

        Assert.Equal(PauseFields.Date, error.Field);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.CurrentCulture, PageStrings.PauseUntilTooFar, Core.Words.ShortDates.Of(new DateTime(2027, 12, 3), language), NewsAlerts.Pages.Layout.FieldLabels.Named(PauseFields.Date)), error.Message);
        Assert.DoesNotContain(Core.Words.ShortDates.Of(new DateTime(2026, 12, 3), language), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_reason_is_not_read_as_a_range() =>
        Assert.Null(PauseFields.OutOfRange("must be 1d, 1w, resumed, off or a date (yyyy-MM-dd)"));
}
