namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Core.Words;
using NewsAlerts.Pages.Fields;

/// <summary>
/// Trial r33 #10: quiet hours typed "٢٢:٠٠" (Arabic-Indic digits) were refused ("must be a time like 22:00") while codes
/// took any script's digits. Every number and time on the pages (quiet hours, digest time, caps, the SMS threshold)
/// is read with the same digit normalisation as codes, per script.
/// </summary>
public sealed class Numbers_typed_in_any_scripts_digits_read_as_the_same_numbers
{
    // The digits 0-9 of each script a phone keyboard may type; ASCII is the reference.
    public static TheoryData<string, string> Scripts() => new()
    {
        { "ASCII", "0123456789" },
        { "Arabic-Indic", "٠١٢٣٤٥٦٧٨٩" },
        { "Extended Arabic-Indic (Persian, Urdu)", "۰۱۲۳۴۵۶۷۸۹" },
        { "Devanagari", "०१२३४५६७८९" },
        { "Bengali", "০১২৩৪৫৬৭৮৯" },
        { "Full-width", "０１２３４５６７８９" },
        { "Thai", "๐๑๒๓๔๕๖๗๘๙" },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Every_number_field_of_the_settings_form_reads_each_scripts_digits(string script, string digits)
    {
        string In(string ascii) => string.Concat(ascii.Select(c => char.IsAsciiDigit(c) ? digits[c - '0'] : c));

        var json = FormFields.SettingsChange(new Dictionary<string, string>
        {
            ["quietStart"] = In("22:00"), ["quietEnd"] = In("07:30"), ["emailFrequency"] = "daily", ["digestTime"] = In("18:45"),
            ["smsMaxUrgency"] = In("3"), ["capEmail"] = In("10"), ["capSms"] = In("5"),
        });

        Assert.True(
            json.ToJsonString() == """{"smsMaxUrgency":3,"preferences":{"email":{"frequency":"daily","at":"18:45"},"quietHours":{"start":"22:00","end":"07:30","flashThrough":false},"caps":{"email":10,"sms":5}}}""",
            $"{script}: {json.ToJsonString()}");
    }

    [Fact]
    public void A_time_copied_from_an_arabic_text_with_its_isolates_and_a_full_width_colon_reads_too()
    {
        var json = FormFields.SignUp(new Dictionary<string, string> { ["email"] = "a@example.com", ["quietStart"] = "\u2066٢٢:٠٠\u2069", ["quietEnd"] = "\u200F٠٧：٠٠" });

        Assert.Equal("""{"start":"22:00","end":"07:00","flashThrough":false}""", json["preferences"]!["quietHours"]!.ToJsonString());
    }

    [Theory]
    [InlineData("٢٢h٠٠", "22h00")]
    [InlineData("ten", "ten")]
    [InlineData("٢٥:٠٠", "25:00")]
    public void What_is_not_a_number_stays_wrong_for_the_parser_to_name(string typed, string read) => Assert.Equal(read, TypedDigits.Normalised(typed));
}
