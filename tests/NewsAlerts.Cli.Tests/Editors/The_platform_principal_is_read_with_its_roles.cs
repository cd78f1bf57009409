namespace NewsAlerts.Cli.Tests.Editors;

using System.Text;
using NewsAlerts.Functions.Editors;

public sealed class The_platform_principal_is_read_with_its_roles
{
    private static string Encode(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Name_id_and_roles_come_from_the_claim_types_the_principal_names()
    {
        var header = Encode("""
            {"auth_typ":"aad","name_typ":"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name","role_typ":"http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
             "claims":[{"typ":"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name","val":"erin@news.example"},
                       {"typ":"http://schemas.microsoft.com/identity/claims/objectidentifier","val":"oid-1"},
                       {"typ":"http://schemas.microsoft.com/ws/2008/06/identity/claims/role","val":"Editor"},
                       {"typ":"roles","val":"Reader"}]}
            """);

        var principal = ClientPrincipal.Parse(header)!;

        Assert.Equal(("oid-1", "erin@news.example"), (principal.Id, principal.Name));
        Assert.True(principal.HasRole("Editor"));
        Assert.True(principal.HasRole("Reader"));
        Assert.False(principal.HasRole("editor"));
    }

    [Fact]
    public void A_principal_without_the_role_claim_holds_no_role()
    {
        var principal = ClientPrincipal.Parse(Encode("""{"auth_typ":"aad","claims":[{"typ":"name","val":"Sam"}]}"""))!;

        Assert.Equal("Sam", principal.Name);
        Assert.False(principal.HasRole("Editor"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("bm90IGpzb24=")]
    [InlineData("WzFd")]
    [InlineData("eyJjbGFpbXMiOjF9")]
    public void Anything_else_is_no_principal(string? header) => Assert.Null(ClientPrincipal.Parse(header));
}
