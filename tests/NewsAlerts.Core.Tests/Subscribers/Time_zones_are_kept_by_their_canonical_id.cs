namespace NewsAlerts.Core.Tests.Subscribers;

using System.Text.Json;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// One time zone rule for the API, the sign-up and the pages (trial s42 #B: <c>EST5EDT</c> was stored as given, the
/// manage page's list lacked it and showed UTC, and saving another setting moved the person to UTC): aliases become the
/// zone the IANA database links them to, every name of UTC is <c>UTC</c>, and what names no zone is refused.
/// </summary>
public sealed class Time_zones_are_kept_by_their_canonical_id
{
    [Theory]
    [InlineData("EST5EDT", "America/New_York")]
    [InlineData("US/Eastern", "America/New_York")]
    [InlineData("Asia/Calcutta", "Asia/Kolkata")]
    [InlineData("Europe/Kiev", "Europe/Kyiv")]
    [InlineData("America/Buenos_Aires", "America/Argentina/Buenos_Aires")]
    [InlineData("Asia/Saigon", "Asia/Ho_Chi_Minh")]
    [InlineData("GB", "Europe/London")]
    [InlineData("europe/london", "Europe/London")]
    [InlineData(" Europe/London ", "Europe/London")]
    [InlineData("Europe/London", "Europe/London")]
    [InlineData("GMT", "UTC")]
    [InlineData("UTC", "UTC")]
    [InlineData("Etc/UTC", "UTC")]
    [InlineData("Etc/GMT", "UTC")]
    [InlineData("Zulu", "UTC")]
    [InlineData("Etc/Universal", "UTC")]
    [InlineData("Etc/GMT+5", "Etc/GMT+5")]
    [InlineData("Etc/GMT-14", "Etc/GMT-14")]
    public void An_alias_becomes_its_canonical_zone(string given, string canonical)
    {
        Assert.Equal(canonical, TimeZoneIds.Canonicalize(given));
    }

    [Theory]
    [InlineData("Eastern Standard Time")]
    [InlineData("Europe/Atlantis")]
    [InlineData("+05:00")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(null)]
    public void What_names_no_zone_is_none(string? given)
    {
        Assert.Null(TimeZoneIds.Canonicalize(given));
    }

    [Fact]
    public void A_stored_id_is_shown_canonical_and_one_no_longer_known_as_it_is()
    {
        Assert.Equal("America/New_York", TimeZoneIds.Shown("US/Eastern"));
        Assert.Equal("Europe/Atlantis", TimeZoneIds.Shown("Europe/Atlantis"));
    }

    [Fact]
    public void Every_canonical_id_is_its_own_canonical_id_and_a_zone_the_machine_knows()
    {
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId))
        {
            if (TimeZoneIds.Canonicalize(zone.Id) is { } canonical)
            {
                Assert.Equal(canonical, TimeZoneIds.Canonicalize(canonical));
                Assert.True(TimeZoneInfo.TryFindSystemTimeZoneById(canonical, out _), canonical);
            }
        }
    }

    [Theory]
    [InlineData("US/Eastern", "America/New_York")]
    [InlineData("Asia/Calcutta", "Asia/Kolkata")]
    [InlineData("GMT", "UTC")]
    public void A_sign_up_and_a_settings_change_keep_the_canonical_id(string given, string canonical)
    {
        using var signUp = JsonDocument.Parse($$"""{"email": "a@example.org", "timeZone": "{{given}}", "topics": ["Syria"]}""");
        using var settings = JsonDocument.Parse($$"""{"timeZone": "{{given}}"}""");

        Assert.Equal(canonical, SubscriberRequestParser.ParseSignUp(signUp.RootElement, new TextablePhones(["GB"])).Value!.TimeZone);
        Assert.Equal(canonical, SubscriberRequestParser.ParseSettings(settings.RootElement).Value!.TimeZone);
    }

    [Fact]
    public void A_name_that_is_no_zone_is_refused_by_the_field()
    {
        using var settings = JsonDocument.Parse("""{"timeZone": "Eastern Standard Time"}""");

        var error = Assert.Single(SubscriberRequestParser.ParseSettings(settings.RootElement).Errors);
        Assert.Equal(("timeZone", "is not an IANA time zone such as Europe/London"), (error.Field, error.Reason));
    }
}
