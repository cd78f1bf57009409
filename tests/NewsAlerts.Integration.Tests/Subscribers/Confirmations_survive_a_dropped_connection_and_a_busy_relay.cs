namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>
/// Confirmation emails take the alerts' retry path: through a proxy in front of smtp4dev, a pooled connection the relay
/// dropped is reopened, and a relay that answers 421 for a moment is tried again, so the sign-up's email arrives.
/// </summary>
public sealed class Confirmations_survive_a_dropped_connection_and_a_busy_relay(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private SmtpFaultProxy proxy = null!;
    private HostedStack stack = null!;

    public async Task InitializeAsync()
    {
        proxy = new SmtpFaultProxy(fixture.Stack.SmtpPort);
        stack = await HostedStack.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?> { ["Smtp:Port"] = $"{proxy.Port}" });
    }

    public async Task DisposeAsync()
    {
        await stack.DisposeAsync();
        await proxy.DisposeAsync();
    }

    [Fact]
    public async Task A_pooled_connection_the_relay_dropped_is_reopened_and_the_next_confirmation_arrives()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        await SignUpAsync($"first-{tag}@example.com");
        await stack.Inbox.WaitForAsync($"first-{tag}@example.com", CancellationToken.None);
        var before = proxy.Accepted;

        proxy.CloseAll();
        await SignUpAsync($"second-{tag}@example.com");

        await stack.Inbox.WaitForAsync($"second-{tag}@example.com", CancellationToken.None);
        Assert.Equal(before + 1, proxy.Accepted);
    }

    [Fact]
    public async Task A_relay_answering_421_at_sign_up_is_tried_again_and_the_confirmation_arrives()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        proxy.CloseAll();
        proxy.RefuseNext(1);

        await SignUpAsync($"busy-{tag}@example.com");

        await stack.Inbox.WaitForAsync($"busy-{tag}@example.com", CancellationToken.None);
        Assert.Equal(1L, proxy.Refused);
    }

    private async Task SignUpAsync(string email)
    {
        using var created = await Api.PostJsonAsync(stack.Host.Client, "api/subscribers", new { email, timeZone = "UTC", topics = new[] { "Syria" } });
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
    }
}
