namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Trial s42 #B on the real stack: <c>PATCH /api/subscribers/{id}</c> took <c>EST5EDT</c>, <c>US/Eastern</c>,
/// <c>Asia/Calcutta</c>, <c>GMT</c> and <c>Europe/Kiev</c> as given; /manage, whose list lacked them, showed UTC selected,
/// and saving only "SMS per day" moved the person to UTC. One zone rule for the API, the sign-up and the pages: an
/// alias is kept as its canonical zone, and a page always shows the stored zone selected, so saving another setting keeps it.
/// </summary>
public sealed partial class A_time_zone_alias_is_kept_as_its_zone_and_the_pages_keep_it(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("EST5EDT", "America/New_York")]
    [InlineData("US/Eastern", "America/New_York")]
    [InlineData("Asia/Calcutta", "Asia/Kolkata")]
    [InlineData("GMT", "UTC")]
    [InlineData("Europe/Kiev", "Europe/Kyiv")]
    [InlineData("Etc/GMT+5", "Etc/GMT+5")]
    public async Task A_settings_change_through_the_api_answers_and_stores_the_canonical_zone(string given, string canonical)
    {
        var confirmed = await ConfirmedAsync("UTC");
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"api/subscribers/{confirmed.Subscriber.Id}") { Content = Api.Json($$"""{"timeZone":"{{given}}"}""") };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", confirmed.ManageToken);

        using var response = await host.Client.SendAsync(request);
        var body = await Api.BodyAsync(response);

        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal(canonical, body.GetProperty("timeZone").GetString());
        Assert.Equal(canonical, (await StoredAsync(confirmed)).TimeZone);
    }

    [Theory]
    // Saved before ids were canonical: shown as its zone, and a save of another setting keeps that zone.
    [InlineData("EST5EDT", "America/New_York")]
    [InlineData("US/Eastern", "America/New_York")]
    [InlineData("Asia/Calcutta", "Asia/Kolkata")]
    [InlineData("GMT", "UTC")]
    // A zone the list leaves out: offered after UTC, selected, and kept.
    [InlineData("Etc/GMT+5", "Etc/GMT+5")]
    [InlineData("Etc/GMT-14", "Etc/GMT-14")]
    public async Task The_manage_page_shows_the_stored_zone_selected_and_saving_the_sms_cap_keeps_it(string stored, string shown)
    {
        var confirmed = await ConfirmedAsync(stored);
        var page = await host.Client.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}", UriKind.Relative));

        var selected = SelectedZone(page);
        // What a browser posts when the person changes only "SMS per day": every field as the page shows it.
        var (saved, savedPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(page, "settings"),
            [new("emailFrequency", "immediate"), new("digestTime", "07:00"), new("weekday", "monday"), new("quietStart", ""), new("quietEnd", ""),
             new("smsMaxUrgency", "2"), new("timeZone", selected), new("language", "en"), new("capEmail", ""), new("capSms", "3")]);

        Assert.Equal(shown, selected);
        Assert.Single(ZoneOptions(page), zone => zone.Value == shown);
        Assert.True(saved.StatusCode == HttpStatusCode.OK, savedPage);
        var after = await StoredAsync(confirmed);
        Assert.Equal((shown, 3), (after.TimeZone, after.EffectivePreferences.Caps.Sms));
        Assert.Equal(shown, SelectedZone(savedPage));
    }

    [Fact]
    public async Task The_sign_up_page_shows_an_alias_posted_as_its_zone()
    {
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();

        var (response, html) = await HtmlForms.PostAsync(host.Client, form,
            [new("email", $"alias-{Tag()}@example.com"), new("topics", "Syria AND ("), new("timeZone", "Asia/Calcutta"), new("emailFrequency", "immediate")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Asia/Kolkata", SelectedZone(html));
        Assert.DoesNotContain(ZoneOptions(html), zone => zone.Value == "Asia/Calcutta");
    }

    [Theory]
    [InlineData("US/Eastern", "America/New_York")]
    [InlineData("Europe/Kiev", "Europe/Kyiv")]
    public async Task A_sign_up_through_the_api_or_the_page_keeps_the_canonical_zone(string given, string canonical)
    {
        using var created = await Api.PostJsonAsync(host.Client, "api/subscribers", new { email = $"api-{Tag()}@example.com", timeZone = given, topics = new[] { "Syria" } });
        var body = await Api.BodyAsync(created);
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();
        var email = $"page-{Tag()}@example.com";
        var (page, _) = await HtmlForms.PostAsync(host.Client, form, [new("email", email), new("topics", "Syria"), new("timeZone", given), new("emailFrequency", "immediate")]);

        Assert.True(created.StatusCode == HttpStatusCode.Accepted, body.ToString());
        var signUps = host.Services.GetRequiredService<SignUpService>();
        Assert.Equal(canonical, (await signUps.FindAsync(body.GetProperty("signUpId").GetString()!, CancellationToken.None))!.TimeZone);
        Assert.True(page.StatusCode is HttpStatusCode.OK or HttpStatusCode.SeeOther, page.StatusCode.ToString());
        var fromPage = await host.Services.GetRequiredService<ISignUpStore>().FindByEmailAsync(email, CancellationToken.None);
        Assert.Equal(canonical, Assert.Single(fromPage).TimeZone);
    }

    private static string SelectedZone(string html) => Assert.Single(ZoneOptions(html), zone => zone.Selected).Value;

    // The time zone select's options: value and whether it is selected.
    private static List<(string Value, bool Selected)> ZoneOptions(string html) =>
        [.. OptionPattern().Matches(ZoneSelectPattern().Match(html).Value).Select(m => (WebUtility.HtmlDecode(m.Groups["zone"].Value), m.Groups["selected"].Success))];

    private static string Tag() => Guid.NewGuid().ToString("N")[..10];

    private async Task<ConfirmedSignUp> ConfirmedAsync(string zone) =>
        await SignUps.ConfirmedAsync(host, new SubscriberRequest($"zone-{Tag()}@example.com", TestPhones.NewValid(), zone, [("Syria", false)], 2));

    private async Task<Subscriber> StoredAsync(ConfirmedSignUp confirmed) =>
        (await host.Services.GetRequiredService<SubscriberService>().GetAsync(confirmed.Subscriber.Id, confirmed.ManageToken, CancellationToken.None)).Subscriber!;

    [GeneratedRegex("""<select id="field-timeZone".*?</select>""", RegexOptions.Singleline)]
    private static partial Regex ZoneSelectPattern();

    [GeneratedRegex("""<option value="(?<zone>[^"]*)"(?<selected> selected)?""")]
    private static partial Regex OptionPattern();
}
