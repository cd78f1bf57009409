namespace NewsAlerts.Azure.Storage;

/// <summary>
/// Where Table and Blob storage live. Locally a connection string (Azurite); in Azure the service URIs with the
/// app's managed identity, so no account key is ever configured there.
/// </summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section: <c>Storage</c> (environment variables <c>Storage__...</c>).</summary>
    public const string SectionName = "Storage";

    /// <summary>A storage connection string; used when set (local stack, tests).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The Table service endpoint, e.g. <c>https://account.table.core.windows.net</c>, used with the managed identity.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>The Blob service endpoint, e.g. <c>https://account.blob.core.windows.net</c>, used with the managed identity.</summary>
    public Uri? BlobServiceUri { get; set; }

    /// <summary>A prefix for every table name (letters and digits), so tests and environments can share an account.</summary>
    public string TablePrefix { get; set; } = string.Empty;
}
