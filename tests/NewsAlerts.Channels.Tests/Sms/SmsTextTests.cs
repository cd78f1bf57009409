namespace NewsAlerts.Channels.Tests.Sms;

using NewsAlerts.Channels.Sms;
using NewsAlerts.Channels.Tests.Support;

public sealed class SmsTextTests
{
    private static readonly Uri Link = new("https://nws.example/a1");

    [Fact]
    public void Breaking_alert_has_the_prefix_and_the_link_in_one_gsm_segment()
    {
        var body = SmsText.Compose(Alerts.Content("Ceasefire agreed in Syria", urgency: 1), Link, isFirstMessage: false);

        Assert.Equal("BREAKING: Ceasefire agreed in Syria https://nws.example/a1", body.Text);
        Assert.Equal(new SmsMeasure(SmsEncoding.Gsm7, body.Text.Length, 1), body.Measure);
    }

    [Fact]
    public void Routine_alert_has_no_prefix()
    {
        var body = SmsText.Compose(Alerts.Content("Markets close higher", urgency: 5), Link, isFirstMessage: false);

        Assert.Equal("Markets close higher https://nws.example/a1", body.Text);
    }

    [Fact]
    public void Smart_quotes_dashes_and_ellipsis_become_gsm7()
    {
        var body = SmsText.Compose(Alerts.Content("“Truce holds” — officials say… it’s fragile", urgency: 5), null, false);

        Assert.Equal("\"Truce holds\" - officials say... it's fragile", body.Text);
        Assert.Equal(SmsEncoding.Gsm7, body.Measure.Encoding);
    }

    [Fact]
    public void Accents_outside_gsm7_are_folded_but_gsm7_letters_are_kept()
    {
        var body = SmsText.Compose(Alerts.Content("Erdoğan meets Müller in Málaga", urgency: 5), null, false);

        Assert.Equal("Erdogan meets Müller in Malaga", body.Text);
        Assert.Equal(SmsEncoding.Gsm7, body.Measure.Encoding);
    }

    [Fact]
    public void Long_headline_is_cut_at_a_word_boundary_with_an_ellipsis_to_fit_one_segment()
    {
        var headline = string.Join(' ', Enumerable.Repeat("Negotiators", 30));

        var body = SmsText.Compose(Alerts.Content(headline, urgency: 1), Link, isFirstMessage: true);

        Assert.Equal(1, body.Measure.Segments);
        Assert.StartsWith("BREAKING: Negotiators", body.Text, StringComparison.Ordinal);
        Assert.Contains("Negotiators... https://nws.example/a1\nReply STOP to opt out", body.Text, StringComparison.Ordinal);
        Assert.True(body.Measure.Units > 140, $"the segment is well used ({body.Measure.Units} septets)");
    }

    [Fact]
    public void Opt_out_wording_only_on_the_first_message()
    {
        var first = SmsText.Compose(Alerts.Content(), Link, isFirstMessage: true);
        var later = SmsText.Compose(Alerts.Content(), Link, isFirstMessage: false);

        Assert.EndsWith("\nReply STOP to opt out", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("STOP", later.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_cannot_be_gsm7_fits_one_ucs2_segment()
    {
        var headline = string.Concat(Enumerable.Repeat("وقف إطلاق النار ", 10));

        var body = SmsText.Compose(Alerts.Content(headline, urgency: 2), Link, false);

        Assert.Equal(SmsEncoding.Ucs2, body.Measure.Encoding);
        Assert.Equal(1, body.Measure.Segments);
        Assert.Contains("\u2026 https://nws.example/a1", body.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extension_characters_in_the_headline_count_twice_when_cutting()
    {
        var headline = string.Join(' ', Enumerable.Repeat("[€]", 60));

        var body = SmsText.Compose(Alerts.Content(headline, urgency: 5), null, false);

        Assert.Equal(1, body.Measure.Segments);
        Assert.True(body.Measure.Units <= 160);
    }
}
