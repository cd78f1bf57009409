namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Functions.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16 (trial r35): <c>POST /api/sign-ups/{id}/confirm-email?token=…</c> with the same token in the body too (a
/// form posting to the link's URL with a hidden field) was refused as "it takes no body". The token may come from the
/// query, a JSON body or a form field, or both when they are the same; two different ones are named, not guessed between.
/// </summary>
public sealed class The_email_link_confirms_with_its_token_in_the_query_the_body_or_both(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_same_token_in_the_query_and_a_json_body_confirms()
    {
        var started = await SignUpAsync();
        var token = started.EmailConfirmationToken!;

        using var response = await host.Client.PostAsync(Link(started.SignUp.Id, token), Api.Json($$"""{"token":"{{token}}"}"""));

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_form_with_the_token_in_a_hidden_field_confirms_with_or_without_the_query()
    {
        var first = await SignUpAsync();
        var second = await SignUpAsync();

        using var both = await host.Client.PostAsync(Link(first.SignUp.Id, first.EmailConfirmationToken!), Form(first.EmailConfirmationToken!));
        using var bodyOnly = await host.Client.PostAsync(new Uri($"api/sign-ups/{second.SignUp.Id}/confirm-email", UriKind.Relative), Form(second.EmailConfirmationToken!));

        Assert.True(both.StatusCode == HttpStatusCode.OK, await both.Content.ReadAsStringAsync());
        Assert.True(bodyOnly.StatusCode == HttpStatusCode.OK, await bodyOnly.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Two_different_tokens_are_refused_naming_token_and_confirm_nothing()
    {
        var started = await SignUpAsync();
        var other = await SignUpAsync();

        using var json = await host.Client.PostAsync(Link(started.SignUp.Id, started.EmailConfirmationToken!), Api.Json($$"""{"token":"{{other.EmailConfirmationToken}}"}"""));
        using var form = await host.Client.PostAsync(Link(started.SignUp.Id, started.EmailConfirmationToken!), Form(other.EmailConfirmationToken!));
        using var unknownField = await host.Client.PostAsync(Link(started.SignUp.Id, started.EmailConfirmationToken!), new FormUrlEncodedContent([new("token", started.EmailConfirmationToken!), new("step", "confirm")]));

        foreach (var (response, field, reason) in new[] { (json, "token", EmailTokenSources.Differs), (form, "token", EmailTokenSources.Differs), (unknownField, "step", "is not a field") })
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains($"\"{field}\"", body, StringComparison.Ordinal);
            Assert.Contains(reason.Split('?')[0], body, StringComparison.Ordinal);
        }

        // Nothing was confirmed: the link still confirms on its own.
        using var confirmed = await host.Client.PostAsync(Link(started.SignUp.Id, started.EmailConfirmationToken!), null);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
    }

    private static Uri Link(string signUpId, string token) =>
        new($"api/sign-ups/{Uri.EscapeDataString(signUpId)}/confirm-email?token={Uri.EscapeDataString(token)}", UriKind.Relative);

    private static FormUrlEncodedContent Form(string token) => new([new KeyValuePair<string, string>("token", token)]);

    private Task<SignUpStarted> SignUpAsync() =>
        host.Services.GetRequiredService<SignUpService>().SignUpAsync(
            new SubscriberRequest($"both-{Guid.NewGuid():N}@example.com", null, "Europe/London", [("Syria", false)], 2), CancellationToken.None);
}
