namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

public sealed class Quiet_hours_codes_and_errors_read_as_a_person_expects(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Quiet_hours_say_they_hold_texts_only_and_the_flash_box_is_saved_at_sign_up_and_shown_ticked()
    {
        var signup = await host.Client.GetStringAsync(new Uri("signup", UriKind.Relative));
        Assert.Contains("No texts between these times", signup, StringComparison.Ordinal);
        Assert.Contains("Emails are not held", signup, StringComparison.Ordinal);
        Assert.DoesNotContain("No texts or emails", signup, StringComparison.Ordinal);
        Assert.Contains("<input type=\"checkbox\" name=\"flashThrough\" value=\"on\" />", signup, StringComparison.Ordinal);

        var (ticked, tickedManage) = await SignUpWithCodeAsync(ticked: true, typed: code => $"{code[..3]} {code[3..]}");
        var (unticked, _) = await SignUpWithCodeAsync(ticked: false, typed: code => $"{code[..3]}-{code[3..]}");

        Assert.True(ticked.EffectivePreferences.QuietHours?.FlashThrough);
        Assert.False(unticked.EffectivePreferences.QuietHours?.FlashThrough);
        Assert.Contains("name=\"flashThrough\" value=\"on\" checked", tickedManage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preference_centre_saves_the_flash_box_ticked_and_unticked()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        // Quiet hours hold texts only, so only a person with a number is shown them (issue 16); with both, the hint says emails are not held.
        var confirmed = await SignUps.ConfirmedAsync(host, new SubscriberRequest($"flash-{tag}@example.com", TestPhones.NewValid(), "UTC", [("Syria", false)], 2));
        var service = host.Services.GetRequiredService<SubscriberService>();
        var page = await host.Client.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}", UriKind.Relative));
        Assert.Contains("Emails are not held", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"flashThrough\" value=\"on\" checked", page, StringComparison.Ordinal);

        var (on, onPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(page, "settings"),
            [new("quietStart", "22:00"), new("quietEnd", "07:00"), new("flashThrough", "on")]);
        var afterOn = (await service.GetAsync(confirmed.Subscriber.Id, confirmed.ManageToken, CancellationToken.None)).Subscriber!;
        // From the page the save led to: the first page's form was rendered from the version before that save.
        var (off, offPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(onPage, "settings"), [new("quietStart", "22:00"), new("quietEnd", "07:00")]);
        var afterOff = (await service.GetAsync(confirmed.Subscriber.Id, confirmed.ManageToken, CancellationToken.None)).Subscriber!;

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (on.StatusCode, off.StatusCode));
        Assert.True(afterOn.EffectivePreferences.QuietHours?.FlashThrough);
        Assert.Contains("name=\"flashThrough\" value=\"on\" checked", onPage, StringComparison.Ordinal);
        Assert.False(afterOff.EffectivePreferences.QuietHours?.FlashThrough);
        Assert.DoesNotContain("name=\"flashThrough\" value=\"on\" checked", offPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_summary_names_each_field_and_takes_the_focus()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var confirmed = await SignUps.ConfirmedAsync(host, new SubscriberRequest($"caps-{tag}@example.com", null, "UTC", [("Syria", false)], 2));
        var page = await host.Client.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}", UriKind.Relative));

        var (bad, html) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(page, "settings"), [new("capEmail", "5000"), new("capSms", "5000")]);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("tabindex=\"-1\" autofocus", html, StringComparison.Ordinal);
        // Named once, by the label quoted (trial r38 #12), with the bound crossed (trial r38 #11's kind).
        var text = WebUtility.HtmlDecode(html);
        Assert.Matches("href=\"#field-capEmail\">“Emails a day” must be at most 1000[^<]+</a>", text);
        Assert.Matches("href=\"#field-capSms\">“Texts a day” must be at most 1000[^<]+</a>", text);
    }

    [Fact]
    public async Task A_sign_up_error_is_in_plain_words_with_country_names()
    {
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();

        var (bad, html) = await HtmlForms.PostAsync(host.Client, form, [new("phone", "+33 6 12 34 56 78"), new("topics", ""), new("timeZone", "UTC")]);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Add at least one topic", html, StringComparison.Ordinal);
        Assert.Contains("This number is in France; we can only text numbers in", html, StringComparison.Ordinal);
        Assert.Contains("United Kingdom", html, StringComparison.Ordinal);
        Assert.DoesNotContain("texts go only to numbers in", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Syria\u202Eabc", "contains a right-to-left override")] // named in words, not as U+202E
    [InlineData("Syria\u2066abc\u2069", "contains an invisible text-direction mark")]
    [InlineData("-football", "A topic can’t only exclude words")]
    public async Task A_topic_with_an_odd_character_or_only_exclusions_is_refused_on_its_line(string topic, string named)
    {
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();

        var (bad, html) = await HtmlForms.PostAsync(host.Client, form, [new("email", "odd@example.com"), new("topics", "sport\n" + topic), new("timeZone", "UTC")]);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var text = WebUtility.HtmlDecode(html);
        Assert.Contains("Line 2: ", text, StringComparison.Ordinal);
        Assert.Contains(named, text, StringComparison.Ordinal);
    }

    // Signs up on the page with a new number and quiet hours (the flash box ticked or not), enters the texted code as
    // typed(code) on the page, and returns the stored subscriber and the preference centre the confirmation leads to.
    private async Task<(Subscriber Subscriber, string ManagePage)> SignUpWithCodeAsync(bool ticked, Func<string, string> typed)
    {
        var phone = TestPhones.NewValid();
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();
        using var sink = new Cli.Stack.SmsSinkInbox(fixture.Stack.SmsSink);
        KeyValuePair<string, string>[] fields = [new("phone", phone), new("topics", "Syria"), new("timeZone", "UTC"), new("quietStart", "22:00"), new("quietEnd", "07:00")];
        var (_, startedHtml) = await HtmlForms.PostAsync(host.Client, form, ticked ? [.. fields, new("flashThrough", "on")] : fields);
        Assert.DoesNotContain("maxlength=\"6\"", startedHtml, StringComparison.Ordinal);
        var code = Regex.Match((await sink.WaitForAsync(phone, CancellationToken.None))[^1].GetProperty("body").GetString()!, @"\d{6}").Value;

        var (confirmed, confirmedHtml) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(startedHtml, "code"), [new("code", typed(code))]);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("phone number is confirmed", confirmedHtml, StringComparison.Ordinal);
        var store = host.Services.GetRequiredService<ISubscriberStore>();
        var id = await store.FindIdByPhoneAsync(phone, CancellationToken.None);
        var (_, managePage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(confirmedHtml, "open"));
        return ((await store.GetAsync(id!, CancellationToken.None))!, managePage);
    }
}
