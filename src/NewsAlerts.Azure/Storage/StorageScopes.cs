namespace NewsAlerts.Azure.Storage;

using NewsAlerts.Core.Dispatch;

/// <summary>The <see cref="StorageScope"/> of the app's storage settings, computed once at start.</summary>
public static class StorageScopes
{
    /// <summary>
    /// The scope of <paramref name="options"/>: the account of the connection string when one is set (as the Table client
    /// uses it), else of <see cref="StorageOptions.TableServiceUri"/>; and the table prefix.
    /// </summary>
    /// <exception cref="FormatException">The connection string names no account (the options validator refuses it first).</exception>
    /// <exception cref="ArgumentException">Neither setting is given (the options validator refuses that first).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static StorageScope Of(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var account = !string.IsNullOrWhiteSpace(options.ConnectionString)
            ? StorageAccountName.FromConnectionString(options.ConnectionString)
            : options.TableServiceUri is { } uri
                ? StorageAccountName.FromServiceUri(uri)
                : throw new ArgumentException("Neither 'Storage:ConnectionString' nor 'Storage:TableServiceUri' is set.", nameof(options));
        return StorageScope.Of(account, options.TablePrefix);
    }
}
