namespace NewsAlerts.Integration.Tests.Pages;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Trial r41 (page server time, p95 over 50 ms under load): <c>/manage</c> read the subscriber three times and the
/// manage link's sign-up twice, one read after another, and the emailed link's <c>/confirm</c> read its sign-up three
/// times. The host's table client here records every request, so each page is held to one read of each record it shows.
/// </summary>
public sealed class A_page_reads_each_record_it_shows_once(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private RecordedTables tables = null!;
    private TestFunctionHost host = null!;

    public async Task InitializeAsync()
    {
        tables = new RecordedTables(fixture.Stack, "r");
        host = await TestFunctionHost.StartAsync(fixture.Stack, configureServices: services => services.AddSingleton(tables.Service));
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_preference_centre_reads_the_subscriber_and_its_change_of_contact_once()
    {
        var confirmed = await SignUps.ConfirmedAsync(host, new SubscriberRequest($"reads-{Guid.NewGuid():N}@example.com", null, "UTC", [("Syria", false)], 2));
        var id = confirmed.Subscriber.Id;
        tables.Requests.Clear();

        var html = await host.Client.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}", UriKind.Relative));

        Assert.Contains("Syria", html, StringComparison.Ordinal);
        var reads = Reads();
        Assert.Single(reads, r => r.Contains($"subscribers(PartitionKey='{id}'", StringComparison.Ordinal));
        Assert.Single(reads, r => r.Contains($"signups(PartitionKey='{SignUpService.ManageSignUpId(id)}'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_emailed_links_page_reads_its_sign_up_once()
    {
        var started = await SignUps.StartAsync(host.Services.GetRequiredService<SignUpService>(), $"reads-{Guid.NewGuid():N}@example.com", null, "Aleppo");
        var signUp = started.SignUp.Id;
        tables.Requests.Clear();

        var html = await host.Client.GetStringAsync(new Uri(
            $"confirm?signUp={Uri.EscapeDataString(signUp)}&token={Uri.EscapeDataString(started.EmailConfirmationToken!)}", UriKind.Relative));

        Assert.Contains("name=\"token\"", html, StringComparison.Ordinal);
        Assert.Single(Reads(), r => r.Contains($"signups(PartitionKey='{signUp}'", StringComparison.Ordinal));
    }

    // Session 42 (review): a /confirm form posted without its language read the sign-up for the language and again in
    // the handler. Each posted form now costs the same table requests with or without it.
    [Theory]
    [InlineData("code")]
    [InlineData("resend")]
    public async Task A_confirm_form_posted_without_its_language_reads_the_sign_up_no_more_than_with_it(string step)
    {
        var started = await SignUps.StartAsync(host.Services.GetRequiredService<SignUpService>(), null, TestPhones.NewValid(), "Aleppo");
        var signUp = started.SignUp.Id;
        var codePage = await host.Browser.GetStringAsync(new Uri($"confirm?signUp={Uri.EscapeDataString(signUp)}", UriKind.Relative));

        var withLanguage = await SignUpRequestsOfAsync(signUp, HtmlForms.WithStep(codePage, step));
        var form = HtmlForms.WithStep(codePage, step);
        Assert.True(form.Hidden.Remove("lang"), "the form carries the page's language");
        var withoutLanguage = await SignUpRequestsOfAsync(signUp, form);

        Assert.Equal(withLanguage, withoutLanguage);
    }

    [Fact]
    public async Task The_confirmed_page_without_a_language_reads_its_sign_up_once()
    {
        var started = await SignUps.StartAsync(host.Services.GetRequiredService<SignUpService>(), null, TestPhones.NewValid(), "Aleppo");
        var signUp = started.SignUp.Id;
        var codePage = await host.Browser.GetStringAsync(new Uri($"confirm?signUp={Uri.EscapeDataString(signUp)}", UriKind.Relative));
        var (right, _) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(codePage, "code"), [new("code", started.SmsCode!)]);
        var done = System.Text.RegularExpressions.Regex.Replace(right.Headers.Location!.OriginalString.TrimStart('/'), "[?&]lang=[a-z]+", string.Empty)
            .Replace("confirm&", "confirm?", StringComparison.Ordinal);
        Assert.Contains("from=", done, StringComparison.Ordinal);
        Assert.DoesNotContain("lang=", done, StringComparison.Ordinal);
        tables.Requests.Clear();

        using var page = await host.Browser.GetAsync(new Uri(done, UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Single(Reads(), r => r.Contains($"signups(PartitionKey='{signUp}'", StringComparison.Ordinal));
    }

    // The table requests about sign-up signUp that posting form with a wrong code made.
    private async Task<int> SignUpRequestsOfAsync(string signUp, (string Action, Dictionary<string, string> Hidden) form)
    {
        tables.Requests.Clear();
        var (response, _) = await HtmlForms.PostAsync(host.Browser, form, [new("code", "000000")]);
        Assert.True((int)response.StatusCode < 500, $"{response.StatusCode}");
        return Reads().Count(r => r.Contains($"signups(PartitionKey='{signUp}'", StringComparison.Ordinal));
    }

    // The table requests the host sent, their URIs decoded (the keys are quoted in them).
    private List<string> Reads() => [.. tables.Requests.Select(r => Uri.UnescapeDataString(r.Uri))];
}
