namespace NewsAlerts.Functions.Editors;

using System.Text;
using System.Text.Json;

/// <summary>
/// The principal App Service built-in authentication puts in the <c>X-MS-CLIENT-PRINCIPAL</c> header: base64 of
/// <c>{"auth_typ":"aad","claims":[{"typ":..,"val":..}],"name_typ":..,"role_typ":..}</c> (Microsoft Learn, "Work with
/// user identities in Azure App Service authentication", Decode the client principal header). Claim types go through
/// the platform's claims mapping, so an Entra ID app role arrives as <c>roles</c> (the token's claim) or as the type
/// <c>role_typ</c> names (<c>http://schemas.microsoft.com/ws/2008/06/identity/claims/role</c>); both are read.
/// </summary>
/// <param name="Id">The object id (<c>oid</c> claim, long or short form), or null.</param>
/// <param name="Name">The display name (<c>name_typ</c>, <c>name</c> or <c>preferred_username</c> claim), or null.</param>
/// <param name="Roles">The app roles (claims of type <c>role_typ</c> or <c>roles</c>).</param>
public sealed record ClientPrincipal(string? Id, string? Name, IReadOnlyList<string> Roles)
{
    /// <summary>The header the platform sets.</summary>
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    private const string ObjectIdClaim = "http://schemas.microsoft.com/identity/claims/objectidentifier";
    private const string RoleClaim = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role";

    /// <summary>Whether the principal holds the app role <paramref name="role"/> (ordinal, as Entra ID compares role values).</summary>
    public bool HasRole(string role) => Roles.Contains(role, StringComparer.Ordinal);

    /// <summary>The principal in <paramref name="header"/>, or null when it is missing or not valid base64 JSON of that shape.</summary>
    public static ClientPrincipal? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || header.Length > 32_768)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Decode(header.Trim())));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var nameType = Text(root, "name_typ");
            var roleType = Text(root, "role_typ") ?? RoleClaim;
            var pairs = claims.EnumerateArray()
                .Where(c => c.ValueKind == JsonValueKind.Object)
                .Select(c => (Type: Text(c, "typ"), Value: Text(c, "val")))
                .Where(c => c.Type is not null && c.Value is not null)
                .ToList();
            string? First(params string?[] types) =>
                types.Where(t => t is not null).Select(t => pairs.FirstOrDefault(p => p.Type == t).Value).FirstOrDefault(v => !string.IsNullOrEmpty(v));
            var roles = pairs.Where(p => p.Type == roleType || p.Type == "roles").SelectMany(p => RoleValues(p.Value!)).Distinct(StringComparer.Ordinal).ToList();
            return new ClientPrincipal(First(ObjectIdClaim, "oid"), First(nameType, "name", "preferred_username"), roles);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or DecoderFallbackException)
        {
            return null;
        }
    }

    // Base64 as the platform writes it (RFC 4648 §4, padded); also unpadded and the URL-safe alphabet (§5), which
    // proxies and other front ends re-encoding the header write, so a real principal is not refused for its padding.
    private static byte[] Decode(string text)
    {
        var standard = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String((standard.Length % 4) switch
        {
            2 => standard + "==",
            3 => standard + "=",
            _ => standard,
        });
    }

    // One role per claim, as the platform maps the token's "roles" array; a value that is itself a JSON array of
    // strings (a token's claim copied as it is) is its roles.
    private static IEnumerable<string> RoleValues(string value)
    {
        if (!value.StartsWith('['))
        {
            return [value];
        }

        try
        {
            return JsonSerializer.Deserialize<string[]>(value)?.Where(r => !string.IsNullOrEmpty(r)) ?? [];
        }
        catch (JsonException)
        {
            return [value];
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
