namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>
/// A sign-up waits for its confirmation messages at most <c>Alerts:ConfirmationDeadlineSeconds</c>, retries included: a
/// relay that refuses twice would be passed on the third attempt, but the retries' waits (at least 0.5 s + 1 s) run past
/// a one-second deadline, so the answer is still 202, naming the email as not sent yet (the caller asks again with resend).
/// </summary>
public sealed class A_confirmation_not_sent_by_the_deadline_is_answered_as_not_sent_yet(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private SmtpFaultProxy proxy = null!;
    private HostedStack stack = null!;

    public async Task InitializeAsync()
    {
        proxy = new SmtpFaultProxy(fixture.Stack.SmtpPort);
        stack = await HostedStack.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?>
        {
            ["Smtp:Port"] = $"{proxy.Port}",
            ["Alerts:ConfirmationDeadlineSeconds"] = "1",
        });
    }

    public async Task DisposeAsync()
    {
        await stack.DisposeAsync();
        await proxy.DisposeAsync();
    }

    [Fact]
    public async Task The_sign_up_answers_202_with_the_email_not_sent_yet_instead_of_waiting_for_the_third_attempt()
    {
        var email = $"deadline-{Guid.NewGuid().ToString("N")[..10]}@example.com";
        proxy.CloseAll();
        proxy.RefuseNext(2);
        var connectionsBefore = proxy.Accepted;

        using var created = await Api.PostJsonAsync(stack.Host.Client, "api/subscribers", new { email, timeZone = "UTC", topics = new[] { "Syria" } });

        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
        var body = await Api.BodyAsync(created);
        Assert.Equal(["email"], body.GetProperty("notSent").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["email"], body.GetProperty("pending").EnumerateArray().Select(e => e.GetString()));
        Assert.True(body.GetProperty("signUpId").GetString() is { Length: > 0 });
        // Every connection made was refused: the third attempt, which the relay would have taken, was never made.
        Assert.InRange(proxy.Refused, 1, 2);
        Assert.Equal(proxy.Refused, proxy.Accepted - connectionsBefore);
    }
}
