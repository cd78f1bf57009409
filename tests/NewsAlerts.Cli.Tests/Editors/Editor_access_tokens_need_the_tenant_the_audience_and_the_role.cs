namespace NewsAlerts.Cli.Tests.Editors;

using NewsAlerts.Functions.Editors;
using NewsAlerts.Testing.Editors;

public sealed class Editor_access_tokens_need_the_tenant_the_audience_and_the_role : IDisposable
{
    private readonly EditorTokenIssuer tenant = new();
    private readonly EditorTokens tokens;

    public Editor_access_tokens_need_the_tenant_the_audience_and_the_role() => tokens = tenant.Validator();

    [Fact]
    public async Task A_token_of_the_tenant_for_the_app_with_the_role_is_an_editor()
    {
        var check = await tokens.ValidateAsync(tenant.Mint(["Editor"]), CancellationToken.None);
        var uri = await tokens.ValidateAsync(tenant.Mint(["Reader", "Editor"], audience: $"api://{EditorTokenIssuer.ClientId}"), CancellationToken.None);

        Assert.Equal(new Editor("00000000-0000-0000-0000-0000000000e1", "Erin Editor", EditorSource.BearerToken), check.Editor);
        Assert.NotNull(uri.Editor);
    }

    // Microsoft Learn, "Access token claims reference": a v1.0 token's iss is https://sts.windows.net/{tenant}/ and its
    // aud the App ID URI or client id; a v2.0 token's iss ends in /v2.0 and its aud is the client id. The app
    // registration deploy.sh creates leaves requestedAccessTokenVersion unset, so Entra ID issues it v1.0 tokens.
    [Fact]
    public async Task A_v1_token_from_the_tenants_sts_for_the_app_id_uri_is_an_editor()
    {
        var v1 = tenant.Mint(["Editor"], audience: $"api://{EditorTokenIssuer.ClientId}", issuer: $"https://sts.windows.net/{EditorTokenIssuer.TenantId}/");
        var v1ByClientId = tenant.Mint(["Editor"], issuer: $"https://sts.windows.net/{EditorTokenIssuer.TenantId}/");
        var otherTenant = tenant.Mint(["Editor"], audience: $"api://{EditorTokenIssuer.ClientId}", issuer: "https://sts.windows.net/99999999-2222-3333-4444-555555555555/");

        Assert.NotNull((await tokens.ValidateAsync(v1, CancellationToken.None)).Editor);
        Assert.NotNull((await tokens.ValidateAsync(v1ByClientId, CancellationToken.None)).Editor);
        Assert.Equal(EditorRefusal.InvalidToken, (await tokens.ValidateAsync(otherTenant, CancellationToken.None)).Refusal);
    }

    [Fact]
    public async Task A_token_without_the_role_is_not_an_editor()
    {
        var check = await tokens.ValidateAsync(tenant.Mint(["Reader"]), CancellationToken.None);

        Assert.Equal(EditorRefusal.NotAnEditor, check.Refusal);
        Assert.Null(check.Editor);
    }

    [Fact]
    public async Task Tokens_for_another_audience_from_another_issuer_expired_or_signed_by_another_key_are_invalid()
    {
        string[] bad =
        [
            tenant.Mint(["Editor"], audience: "api://another-app"),
            tenant.Mint(["Editor"], issuer: "https://login.microsoftonline.com/another-tenant/v2.0"),
            tenant.Mint(["Editor"], issuedAt: DateTimeOffset.UtcNow.AddHours(-3)),
            tenant.Mint(["Editor"], otherKey: true),
            "e30.e30.",
        ];

        foreach (var token in bad)
        {
            var check = await tokens.ValidateAsync(token, CancellationToken.None);
            Assert.Equal(EditorRefusal.InvalidToken, check.Refusal);
            Assert.Null(check.Editor);
        }
    }

    [Fact]
    public async Task Without_a_tenant_and_client_id_no_token_is_accepted()
    {
        var off = tenant.Validator(configured: false);

        Assert.False(off.Enabled);
        Assert.Equal(EditorRefusal.InvalidToken, (await off.ValidateAsync(tenant.Mint(["Editor"]), CancellationToken.None)).Refusal);
    }

    public void Dispose() => tenant.Dispose();
}
