namespace NewsAlerts.Core.Dispatch;

/// <summary>
/// The storage account's name, read from the app's storage settings as plain text (no client is built): from a
/// connection string or from the Table service's endpoint (the managed-identity setting). Source of the rules: the
/// Azure Storage connection string format (learn.microsoft.com, "Configure Azure Storage connection strings") and the
/// endpoint forms: <c>https://{account}.table.core.windows.net</c> in Azure (the account is the host's first label), and
/// path-style <c>http://127.0.0.1:10002/{account}</c> in Azurite (the account is the path's first segment).
/// </summary>
public static class StorageAccountName
{
    /// <summary>The account the emulator (Azurite) serves for <c>UseDevelopmentStorage=true</c>.</summary>
    public const string DevelopmentAccount = "devstoreaccount1";

    /// <summary>
    /// The account a storage connection string names: its <c>AccountName</c>; <see cref="DevelopmentAccount"/> for
    /// <c>UseDevelopmentStorage=true</c>; otherwise the account of its <c>TableEndpoint</c> (a shared-access-signature
    /// connection string names no account). Keys are case-insensitive; values may hold <c>=</c> (a signature).
    /// </summary>
    /// <param name="connectionString">The connection string (<c>Storage:ConnectionString</c>).</param>
    /// <returns>The account's name, as written.</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty.</exception>
    /// <exception cref="FormatException">The string names no account, development storage nor table endpoint, or its table
    /// endpoint is not an http(s) address; the message says which and reads on from the setting's name.</exception>
    public static string FromConnectionString(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                settings[part[..equals].Trim()] = part[(equals + 1)..].Trim();
            }
        }

        if (settings.TryGetValue("AccountName", out var account) && account.Length > 0)
        {
            return account;
        }

        if (settings.TryGetValue("UseDevelopmentStorage", out var development) && bool.TryParse(development, out var isDevelopment) && isDevelopment)
        {
            return DevelopmentAccount;
        }

        if (settings.TryGetValue("TableEndpoint", out var endpoint))
        {
            // An http(s) address only: on Linux "/path" parses as an absolute file: URI.
            return Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                ? FromServiceUri(uri)
                : throw new FormatException($"has a TableEndpoint that is not an http(s) address: '{endpoint}'.");
        }

        throw new FormatException("names no storage account (no AccountName, UseDevelopmentStorage=true nor TableEndpoint).");
    }

    /// <summary>
    /// The account a Table (or Blob) service endpoint serves: the first segment of its path when it has one (path-style,
    /// as Azurite and other emulators serve accounts: <c>http://127.0.0.1:10002/devstoreaccount1</c>), else the first
    /// label of its host (<c>https://newsalertsprod.table.core.windows.net</c>: <c>newsalertsprod</c>). A host that is an
    /// IP address or <c>localhost</c> with no path names no account; its host and port stand for it.
    /// </summary>
    /// <param name="serviceUri">The endpoint (<c>Storage:TableServiceUri</c>).</param>
    /// <returns>The account's name, as written.</returns>
    /// <exception cref="ArgumentException"><paramref name="serviceUri"/> is not absolute.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="serviceUri"/> is null.</exception>
    public static string FromServiceUri(Uri serviceUri)
    {
        ArgumentNullException.ThrowIfNull(serviceUri);
        if (!serviceUri.IsAbsoluteUri)
        {
            throw new ArgumentException($"A storage endpoint must be an absolute URI: '{serviceUri}'.", nameof(serviceUri));
        }

        var firstSegment = serviceUri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (firstSegment is not null)
        {
            return Uri.UnescapeDataString(firstSegment);
        }

        var host = serviceUri.IdnHost;
        return serviceUri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 || host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            ? serviceUri.Authority
            : host.Split('.')[0];
    }
}
