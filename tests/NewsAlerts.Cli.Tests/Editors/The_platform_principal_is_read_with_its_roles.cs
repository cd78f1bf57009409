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

    // The shape Microsoft Learn documents for X-MS-CLIENT-PRINCIPAL ("Decode the client principal header"), with the
    // claims an Entra ID v2.0 sign-in maps into it: the app role as "roles" (one claim per role), name_typ naming a
    // claim the principal may not carry, the object id under its mapped type.
    private const string EntraPrincipal = """
        {"auth_typ":"aad",
         "claims":[{"typ":"aud","val":"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"},
                   {"typ":"iss","val":"https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0"},
                   {"typ":"name","val":"Erin Editor"},
                   {"typ":"http://schemas.microsoft.com/identity/claims/objectidentifier","val":"00000000-0000-0000-0000-0000000000e1"},
                   {"typ":"preferred_username","val":"erin@news.example"},
                   {"typ":"roles","val":"Reader"},
                   {"typ":"roles","val":"Editor"},
                   {"typ":"ver","val":"2.0"}],
         "name_typ":"http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
         "role_typ":"http://schemas.microsoft.com/ws/2008/06/identity/claims/role"}
        """;

    [Fact]
    public void The_documented_entra_principal_is_an_editor_named_by_its_name_claim()
    {
        var principal = ClientPrincipal.Parse(Encode(EntraPrincipal))!;

        Assert.Equal(("00000000-0000-0000-0000-0000000000e1", "Erin Editor"), (principal.Id, principal.Name));
        Assert.Equal(["Reader", "Editor"], principal.Roles);
    }

    [Fact]
    public void The_principal_is_read_without_its_base64_padding_and_in_the_url_safe_alphabet()
    {
        var json = EntraPrincipal;
        while (!Encode(json).EndsWith('='))
        {
            json += " ";
        }

        var padded = Encode(json);

        var unpadded = ClientPrincipal.Parse(padded.TrimEnd('='));
        var urlSafe = ClientPrincipal.Parse(padded.TrimEnd('=').Replace('+', '-').Replace('/', '_'));

        Assert.True(unpadded!.HasRole("Editor"));
        Assert.True(urlSafe!.HasRole("Editor"));
    }

    [Fact]
    public void A_roles_claim_holding_the_tokens_array_gives_each_role()
    {
        var principal = ClientPrincipal.Parse(Encode("""{"auth_typ":"aad","claims":[{"typ":"roles","val":"[\"Reader\",\"Editor\"]"}]}"""))!;

        Assert.Equal(["Reader", "Editor"], principal.Roles);
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
