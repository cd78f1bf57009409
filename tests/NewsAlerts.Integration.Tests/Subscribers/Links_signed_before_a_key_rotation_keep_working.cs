namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>The host runs with a new signing key and the test host's usual key configured as the previous one.</summary>
public sealed class Links_signed_before_a_key_rotation_keep_working(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly string NewKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly TokenSigner oldSigner = new(Convert.FromBase64String(TestFunctionHost.SigningKey), TimeProvider.System);
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?>
    {
        ["Alerts:SigningKey"] = NewKey,
        ["Alerts:PreviousSigningKey"] = TestFunctionHost.SigningKey,
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_manage_link_and_an_unsubscribe_link_signed_with_the_previous_key_are_honoured()
    {
        var id = (await SignUpAsync()).Subscriber.Id;
        var manage = oldSigner.Issue(TokenPurpose.Manage, id, TimeSpan.FromDays(90));
        var unsubscribe = oldSigner.Issue(TokenPurpose.Unsubscribe, id, TimeSpan.FromDays(90));

        using var read = await host.Client.GetAsync(new Uri($"api/subscribers/{id}?token={Uri.EscapeDataString(manage)}", UriKind.Relative));
        using var page = await host.Client.GetAsync(new Uri($"api/unsubscribe?token={Uri.EscapeDataString(unsubscribe)}", UriKind.Relative));
        using var unsubscribed = await host.Client.PostAsync(new Uri($"api/unsubscribe?token={Uri.EscapeDataString(unsubscribe)}", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
        Assert.Equal("OptedOut", (await host.Services.GetRequiredService<SubscriberService>().GetAsync(id, manage, CancellationToken.None)).Subscriber!.EmailStatus.ToString());
    }

    [Fact]
    public async Task New_links_use_the_new_key_and_a_key_that_was_never_configured_is_refused()
    {
        var signUp = await SignUpAsync();
        var id = signUp.Subscriber.Id;
        var stranger = new TokenSigner(RandomNumberGenerator.GetBytes(32), TimeProvider.System).Issue(TokenPurpose.Manage, id, TimeSpan.FromDays(1));

        using var refused = await host.Client.GetAsync(new Uri($"api/subscribers/{id}?token={Uri.EscapeDataString(stranger)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.NotNull(new TokenSigner(Convert.FromBase64String(NewKey), TimeProvider.System).Verify(signUp.ManageToken, TokenPurpose.Manage));
        Assert.Null(oldSigner.Verify(signUp.ManageToken, TokenPurpose.Manage));
    }

    [Fact]
    public async Task A_previous_key_that_is_not_a_32_byte_base64_key_stops_start_up_naming_the_setting()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestFunctionHost.StartAsync(
            fixture.Stack, overrides: new Dictionary<string, string?> { ["Alerts:PreviousSigningKey"] = "c2hvcnQ=" }));

        Assert.Contains("'Alerts:PreviousSigningKey'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unresolved_key_vault_reference_as_signing_key_stops_start_up_naming_it()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TestFunctionHost.StartAsync(
            fixture.Stack, overrides: new Dictionary<string, string?> { ["Alerts:PreviousSigningKey"] = "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/alerts-previous-signing-key/)" }));

        Assert.Contains("'Alerts:PreviousSigningKey' is a Key Vault reference the platform could not resolve", error.Message, StringComparison.Ordinal);
    }

    private Task<ConfirmedSignUp> SignUpAsync() =>
        SignUps.ConfirmedAsync(host, new SubscriberRequest("reader@example.com", null, "Europe/London", [("Syria", false)], 2));
}
