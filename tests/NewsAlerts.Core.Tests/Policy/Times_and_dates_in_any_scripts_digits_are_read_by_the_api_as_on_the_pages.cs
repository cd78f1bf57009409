namespace NewsAlerts.Core.Tests.Policy;

using System.Text.Json;
using NewsAlerts.Core.Pausing;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Stop 34, left 3: the pages read times and dates typed in Arabic-Indic (٠-٩) and Extended Arabic-Indic (۰-۹) digits,
/// the API refused them without saying why. One rule now: every time and date string of the API (digest time, quiet
/// hours' start and end, a pause date) takes any script's decimal digits, as the pages do (<see cref="Words.TypedDigits"/>);
/// numbers (caps, SMS urgency) are JSON numbers, whose grammar has only 0-9, and a number sent as a string in any
/// script is refused with the reason saying to send a JSON number.
/// </summary>
public sealed class Times_and_dates_in_any_scripts_digits_are_read_by_the_api_as_on_the_pages
{
    public static TheoryData<string, string> Times => new()
    {
        { "٢٢:٣٠", "22:30" }, // Arabic-Indic
        { "۲۲:۳۰", "22:30" }, // Extended Arabic-Indic (Persian, Urdu)
        { "٠٧:٠٥", "07:05" },
        { "۰۷:۰۵", "07:05" },
        { "\u2068٢٢:٣٠\u2069", "22:30" }, // as an Arabic text carries it, in direction isolates
    };

    [Theory]
    [MemberData(nameof(Times))]
    public void The_digest_time_and_both_quiet_hours_bounds_take_them(string typed, string ascii)
    {
        var time = TimeOnly.ParseExact(ascii, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (start, end) in new[] { (typed, "12:00"), ("12:00", typed) })
        {
            var json = Body("{\"email\": {\"frequency\": \"daily\", \"at\": \"" + typed + "\"}, \"quietHours\": {\"start\": \"" + start + "\", \"end\": \"" + end + "\"}}");

            var parsed = DeliveryPreferencesParser.Parse(json, DeliveryPreferences.Default, null);

            Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
            Assert.Equal(time, parsed.Value!.Email.At);
            Assert.Equal(time, start == typed ? parsed.Value.QuietHours!.Start : parsed.Value.QuietHours!.End);
        }
    }

    [Theory]
    [InlineData("٢٥:٠٠", "'25:00' is not a time of day")]
    [InlineData("۲۲.۳۰", "must be a local time HH:mm from 00:00 to 23:59")]
    public void A_wrong_time_in_those_digits_is_refused_with_the_reason_of_a_wrong_ascii_one(string typed, string reason)
    {
        var parsed = DeliveryPreferencesParser.Parse(Body("{\"quietHours\": {\"start\": \"" + typed + "\", \"end\": \"07:00\"}}"), DeliveryPreferences.Default, null);

        var error = Assert.Single(parsed.Errors);
        Assert.Equal("preferences.quietHours.start", error.Field);
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("٢٠٢٦-١٢-٢٤")]
    [InlineData("۲۰۲۶-۱۲-۲۴")]
    public void A_pause_date_takes_them_through_the_settings_api(string typed)
    {
        var settings = SubscriberRequestParser.ParseSettings(Body($$"""{"pause": "{{typed}}"}"""));

        Assert.True(settings.IsValid, string.Join("; ", settings.Errors));
        Assert.Equal(new PauseChange(PauseLength.UntilDate, new DateOnly(2026, 12, 24)), settings.Value!.Pause);
    }

    [Theory]
    [InlineData("""{"preferences": {"caps": {"email": "٥"}}}""", "preferences.caps.email")]
    [InlineData("""{"preferences": {"caps": {"sms": "۵"}}}""", "preferences.caps.sms")]
    [InlineData("""{"smsMaxUrgency": "٣"}""", "smsMaxUrgency")]
    [InlineData("""{"smsMaxUrgency": "۳"}""", "smsMaxUrgency")]
    public void A_number_sent_as_a_string_in_those_digits_is_refused_saying_to_send_a_json_number(string body, string field)
    {
        var settings = SubscriberRequestParser.ParseSettings(Body(body));

        var error = Assert.Single(settings.Errors);
        Assert.Equal(field, error.Field);
        Assert.EndsWith("(a JSON number, not a string)", error.Reason, StringComparison.Ordinal);
    }

    private static JsonElement Body(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
