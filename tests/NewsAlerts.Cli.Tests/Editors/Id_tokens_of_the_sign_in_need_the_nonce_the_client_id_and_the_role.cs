namespace NewsAlerts.Cli.Tests.Editors;

using NewsAlerts.Functions.Editors;
using NewsAlerts.Testing.Editors;

public sealed class Id_tokens_of_the_sign_in_need_the_nonce_the_client_id_and_the_role : IDisposable
{
    private const string Nonce = "n-0123456789abcdef";
    private readonly EditorTokenIssuer tenant = new();
    private readonly EditorTokens tokens;

    public Id_tokens_of_the_sign_in_need_the_nonce_the_client_id_and_the_role() => tokens = tenant.Validator();

    [Fact]
    public async Task An_id_token_for_the_app_with_the_nonce_and_the_role_is_an_editor_signed_in_with_microsoft()
    {
        var check = await tokens.ValidateIdTokenAsync(tenant.Mint(["Editor"], nonce: Nonce), Nonce, CancellationToken.None);

        Assert.Equal(new Editor("00000000-0000-0000-0000-0000000000e1", "Erin Editor", EditorSource.MicrosoftSignIn), check.Editor);
    }

    [Fact]
    public async Task A_missing_or_other_nonce_is_invalid()
    {
        var missing = await tokens.ValidateIdTokenAsync(tenant.Mint(["Editor"]), Nonce, CancellationToken.None);
        var other = await tokens.ValidateIdTokenAsync(tenant.Mint(["Editor"], nonce: "another"), Nonce, CancellationToken.None);

        Assert.Equal(EditorRefusal.InvalidToken, missing.Refusal);
        Assert.Equal(EditorRefusal.InvalidToken, other.Refusal);
        Assert.Contains("nonce", other.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_id_token_for_the_api_uri_another_app_expired_or_signed_by_another_key_is_invalid()
    {
        string[] bad =
        [
            tenant.Mint(["Editor"], audience: $"api://{EditorTokenIssuer.ClientId}", nonce: Nonce),
            tenant.Mint(["Editor"], audience: "another-app", nonce: Nonce),
            tenant.Mint(["Editor"], issuedAt: DateTimeOffset.UtcNow.AddHours(-3), nonce: Nonce),
            tenant.Mint(["Editor"], otherKey: true, nonce: Nonce),
        ];

        foreach (var token in bad)
        {
            Assert.Equal(EditorRefusal.InvalidToken, (await tokens.ValidateIdTokenAsync(token, Nonce, CancellationToken.None)).Refusal);
        }
    }

    [Fact]
    public async Task An_id_token_without_the_role_is_not_an_editor()
    {
        var check = await tokens.ValidateIdTokenAsync(tenant.Mint(["Reader"], nonce: Nonce), Nonce, CancellationToken.None);

        Assert.Equal(EditorRefusal.NotAnEditor, check.Refusal);
    }

    [Fact]
    public async Task The_authorize_endpoint_comes_from_the_tenants_metadata_only_when_entra_id_is_configured()
    {
        var off = tenant.Validator(configured: false);

        Assert.Equal(new Uri(EditorTokenIssuer.AuthorizationEndpoint), await tokens.AuthorizationEndpointAsync(CancellationToken.None));
        Assert.Null(await off.AuthorizationEndpointAsync(CancellationToken.None));
    }

    public void Dispose() => tenant.Dispose();
}
