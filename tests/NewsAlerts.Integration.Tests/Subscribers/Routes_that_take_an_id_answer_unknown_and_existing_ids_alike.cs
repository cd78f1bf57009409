namespace NewsAlerts.Integration.Tests.Subscribers;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Every route with an id in its path, sent the same request with a real id and with an unknown one (without the
/// secret it needs): status and body are the same, so no answer tells whether a sign-up or subscriber exists.
/// (<c>GET /api/a/{code}</c> is left out on purpose: short links lead to published articles, which are public. A
/// well-formed code or token posted for an unknown sign-up is a 404 naming <c>signUp</c> since trial r33 #8: a sign-up
/// id is 120 random bits the sign-up answered with, so naming it tells nothing a guesser could use, while "the code is
/// wrong" sent people checking a code that was never the problem.)
/// </summary>
public sealed class Routes_that_take_an_id_answer_unknown_and_existing_ids_alike(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private const string Unknown = "uNoSuchIdAtAll0000000000";

    private static readonly (string Method, string Path, string? Body)[] Routes =
    [
        ("POST", "api/sign-ups/{id}/resend", null),
        ("POST", "api/sign-ups/{id}/confirm-sms", """{"code":"12"}"""),
        ("GET", "api/sign-ups/{id}/confirm-email?token=not-a-token", null),
        ("GET", "api/subscribers/{id}?token=not-a-token", null),
        ("GET", "api/subscribers/{id}", null),
        ("PATCH", "api/subscribers/{id}?token=not-a-token", """{"timeZone":"UTC"}"""),
        ("PUT", "api/subscribers/{id}/topics?token=not-a-token", """{"topics":["Syria"]}"""),
        ("DELETE", "api/subscribers/{id}?token=not-a-token", null),
        ("POST", "api/subscribers/{id}/stop?token=not-a-token", null),
    ];

    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Every_route_answers_an_existing_and_an_unknown_id_the_same()
    {
        var signUp = await PendingSignUpIdAsync();
        var subscriber = await SubscriberIdAsync();
        var differences = new List<string>();
        foreach (var (method, path, body) in Routes)
        {
            var existing = path.StartsWith("api/sign-ups", StringComparison.Ordinal) ? signUp : subscriber;
            var known = await SendAsync(method, path.Replace("{id}", existing, StringComparison.Ordinal), body, existing);
            var unknown = await SendAsync(method, path.Replace("{id}", Unknown, StringComparison.Ordinal), body, Unknown);
            if (known != unknown)
            {
                differences.Add($"{method} {path}: existing {known}, unknown {unknown}");
            }
        }

        Assert.Empty(differences);
    }

    private async Task<string> PendingSignUpIdAsync() =>
        (await host.Services.GetRequiredService<SignUpService>().SignUpAsync(
            new SubscriberRequest($"alike-{Guid.NewGuid():N}@example.com", TestPhones.NewValid(), "UTC", [("Syria", false)], 2), CancellationToken.None)).SignUp.Id;

    private async Task<string> SubscriberIdAsync() =>
        (await SignUps.ConfirmedAsync(host, new SubscriberRequest($"alike-{Guid.NewGuid():N}@example.com", null, "UTC", [("Syria", false)], 2))).Subscriber.Id;

    // The id itself may appear in the body (the resend answer names it), and a page's form token is new on every render
    // (a fresh nonce): both are masked before comparing.
    private async Task<(int Status, string Body)> SendAsync(string method, string path, string? body, string id)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var masked = System.Text.RegularExpressions.Regex.Replace(text, "name=\"formToken\" value=\"[^\"]*\"", "name=\"formToken\" value=\"\"");
        return ((int)response.StatusCode, masked.Replace(id, "{id}", StringComparison.Ordinal));
    }
}
