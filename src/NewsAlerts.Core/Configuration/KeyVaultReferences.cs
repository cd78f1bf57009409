namespace NewsAlerts.Core.Configuration;

/// <summary>
/// App Service passes a Key Vault reference it could not resolve (missing secret, missing permission) through as its
/// literal text. Such a value must never be used as a secret: the text is public (it names the vault and the secret).
/// </summary>
public static class KeyVaultReferences
{
    private const string Prefix = "@Microsoft.KeyVault(";

    /// <summary>Whether <paramref name="value"/> is a Key Vault reference the platform left unresolved.</summary>
    public static bool IsUnresolved(string? value) =>
        value is not null && value.TrimStart().StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The start-up failure for a setting left unresolved.</summary>
    public static string Failure(string setting) =>
        $"Setting '{setting}' is a Key Vault reference the platform could not resolve: check that the secret exists and that the app's identity may read it.";
}
