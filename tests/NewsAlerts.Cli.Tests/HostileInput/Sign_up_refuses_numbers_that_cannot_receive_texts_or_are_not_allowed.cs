namespace NewsAlerts.Cli.Tests.HostileInput;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsAlerts.Cli.Tests.LocalHost;
using NewsAlerts.Testing;

/// <summary>Through the local host with the local stack's allowed countries (GB, US, SG, from local.settings.json).</summary>
public sealed class Sign_up_refuses_numbers_that_cannot_receive_texts_or_are_not_allowed(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestHost host = null!;

    public async Task InitializeAsync() => host = await TestHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("+44 20 7946 0000", "landline")]
    [InlineData("+44 906 123 4567", "premium-rate")]
    [InlineData("+44 800 123 4567", "toll-free")]
    [InlineData("+881 6 1234 5678", "not in any country")]
    [InlineData("+33 6 12 34 56 78", "is in FR")]
    public async Task Landline_premium_satellite_and_foreign_numbers_get_400_naming_phone(string phone, string reason)
    {
        using var response = await host.Client.PostAsJsonAsync("api/subscribers", new { phone, timeZone = "UTC", topics = new[] { "Syria" } });
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        using var problem = JsonDocument.Parse(text);
        Assert.Contains(reason, problem.RootElement.GetProperty("errors").GetProperty("phone")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mobile_number_in_an_allowed_country_signs_up()
    {
        using var response = await host.Client.PostAsJsonAsync("api/subscribers", new { phone = TestPhones.NewValid(), timeZone = "UTC", topics = new[] { "Syria" } });

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
