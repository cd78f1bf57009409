namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

public sealed class The_preference_centre_changes_settings_through_forms_that_carry_the_token(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Topics_and_settings_change_a_bad_topic_is_shown_at_its_line_and_stop_everything_stops()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var confirmed = await SignUps.ConfirmedAsync(host, new SubscriberRequest($"centre-{tag}@example.com", null, "UTC", [("Syria", false)], 2));
        var service = host.Services.GetRequiredService<SubscriberService>();

        using var opened = await host.Client.GetAsync(new Uri($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}", UriKind.Relative));
        var page = await opened.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("no-store", opened.Headers.CacheControl?.ToString());
        Assert.DoesNotContain("href=\"/manage?", page, StringComparison.Ordinal);
        Assert.All(HtmlForms.Of(page), f => Assert.Equal(confirmed.ManageToken, f.Hidden["token"]));

        var (saved, savedPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(page, "topics"), [new("topics", "Syria\nceasefire OR truce")]);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Saved.", savedPage, StringComparison.Ordinal);
        var topics = (await service.GetAsync(confirmed.Subscriber.Id, confirmed.ManageToken, CancellationToken.None)).Subscriber!.Topics;
        Assert.Equal(["Syria", "ceasefire OR truce"], topics.Select(t => t.Text));

        var (bad, badPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(page, "topics"), [new("topics", "Syria\n\nAND")]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Line 3:", badPage, StringComparison.Ordinal);

        // From the page the save led to: the first page's forms were rendered from the version before that save.
        var (changed, _) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(savedPage, "settings"),
            [new("emailFrequency", "weekly"), new("digestTime", "18:30"), new("weekday", "friday"), new("quietStart", "22:00"), new("quietEnd", "07:00"),
             new("smsMaxUrgency", "4"), new("timeZone", "Europe/Berlin"), new("language", "de"), new("capEmail", "5"), new("capSms", "")]);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var now = (await service.GetAsync(confirmed.Subscriber.Id, confirmed.ManageToken, CancellationToken.None)).Subscriber!;
        Assert.Equal(("Europe/Berlin", 4, "de"), (now.TimeZone, now.SmsMaxUrgency, now.Language));
        Assert.Equal(Core.Policy.EmailFrequency.Weekly, now.EffectivePreferences.Email.Frequency);
        Assert.Equal(new TimeOnly(22, 0), now.EffectivePreferences.QuietHours?.Start);
        Assert.Equal(new Core.Policy.DailyCaps(5, null), now.EffectivePreferences.Caps);

        var (badCap, badCapPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(page, "settings"), [new("capEmail", "many"), new("capSms", "")]);
        Assert.Equal(HttpStatusCode.BadRequest, badCap.StatusCode);
        Assert.Contains("href=\"#field-capEmail\"", badCapPage, StringComparison.Ordinal);
        Assert.Contains("value=\"many\"", badCapPage, StringComparison.Ordinal);

        var (_, askedPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(page, "stop"));
        var (stopped, stoppedPage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(askedPage, "stopConfirmed"));
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        // The person chose German above: the page that says everything stopped is in German.
        Assert.Contains("lang=\"de\"", stoppedPage, StringComparison.Ordinal);
        Assert.Contains(NewsAlerts.Pages.PageStrings.Catalog.GetString("StoppedTitle", System.Globalization.CultureInfo.GetCultureInfo("de"))!, WebUtility.HtmlDecode(stoppedPage), StringComparison.Ordinal);
        Assert.Equal(ContactStatus.OptedOut, (await service.GetAsync(confirmed.Subscriber.Id, confirmed.ManageToken, CancellationToken.None)).Subscriber!.EmailStatus);
    }

    [Fact]
    public async Task A_forged_manage_token_or_a_form_token_of_another_subscriber_is_refused()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var mine = await SignUps.ConfirmedAsync(host, new SubscriberRequest($"mine-{tag}@example.com", null, "UTC", [("Syria", false)], 2));
        var theirs = await SignUps.ConfirmedAsync(host, new SubscriberRequest($"theirs-{tag}@example.com", null, "UTC", [("Syria", false)], 2));
        var myPage = await host.Client.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(mine.ManageToken)}", UriKind.Relative));
        var stop = HtmlForms.WithStep(myPage, "stop");
        stop.Hidden["token"] = theirs.ManageToken;

        using var forged = await host.Client.GetAsync(new Uri("manage?token=forged.token", UriKind.Relative));
        var (crossed, _) = await HtmlForms.PostAsync(host.Client, stop);

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crossed.StatusCode);
        var service = host.Services.GetRequiredService<SubscriberService>();
        Assert.Equal(ContactStatus.Confirmed, (await service.GetAsync(theirs.Subscriber.Id, theirs.ManageToken, CancellationToken.None)).Subscriber!.EmailStatus);
    }
}
