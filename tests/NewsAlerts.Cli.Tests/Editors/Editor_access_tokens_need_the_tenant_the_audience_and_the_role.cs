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
