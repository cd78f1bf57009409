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

    // The table requests the host sent, their URIs decoded (the keys are quoted in them).
    private List<string> Reads() => [.. tables.Requests.Select(r => Uri.UnescapeDataString(r.Uri))];
}
