namespace NewsAlerts.Core.Dispatch;

/// <summary>
/// The storage a queued message was planned against: the storage account's name and the table prefix, lower case,
/// joined by a slash (<c>devstoreaccount1/t1a2b</c>; <c>newsalertsprod/</c> with no prefix). Every message the app puts
/// on an alert, digest or manage-link queue carries it as the application property <see cref="Property"/>, and a
/// worker whose own scope differs dead-letters the message (<see cref="ScopeCheck"/>) instead of reading its ledger and
/// subscribers, where the message's alerts and subscribers are not. Table names and account names are case-insensitive
/// in Azure Storage, so both parts are folded to lower case.
/// </summary>
/// <param name="Value">The scope as stamped, e.g. <c>devstoreaccount1/t1a2b</c>.</param>
public sealed record StorageScope(string Value)
{
    /// <summary>The application property that carries the scope on every queued message: <c>storageScope</c>.</summary>
    public const string Property = "storageScope";

    /// <summary>The scope of tables prefixed <paramref name="tablePrefix"/> in the account <paramref name="account"/>.</summary>
    /// <param name="account">The storage account's name (see <see cref="StorageAccountName"/>).</param>
    /// <param name="tablePrefix">The table prefix (<c>Storage:TablePrefix</c>); empty for none.</param>
    /// <exception cref="ArgumentException"><paramref name="account"/> is empty or holds a slash.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> or <paramref name="tablePrefix"/> is null.</exception>
    public static StorageScope Of(string account, string tablePrefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(account);
        ArgumentNullException.ThrowIfNull(tablePrefix);
        if (account.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException($"A storage account name has no slash: '{account}'.", nameof(account));
        }

        return new StorageScope($"{account.Trim().ToLowerInvariant()}/{tablePrefix.Trim().ToLowerInvariant()}");
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
