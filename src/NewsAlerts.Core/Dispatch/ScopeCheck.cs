namespace NewsAlerts.Core.Dispatch;

/// <summary>
/// Whether a queue worker may handle a message, by the <see cref="StorageScope"/> stamped on it: a message planned
/// against another storage (another deployment's tables, or another table prefix) is dead-lettered at once with
/// <see cref="OtherStorage"/>, before anything is claimed, recorded or skipped in this worker's ledger: its subscribers
/// and ledger rows are not in this storage, so handling it would record every alert "skipped: subscriber gone" and lose
/// it. A message with no stamp (queued before stamps existed, or sent by hand) is handled as before. Rule: a message that
/// cannot be handled goes to the dead-letter queue with a reason, never silently away.
/// </summary>
public static class ScopeCheck
{
    /// <summary>The dead-letter reason of a message stamped for another storage: <c>OtherStorage</c>.</summary>
    public const string OtherStorage = "OtherStorage";

    /// <summary>
    /// How to settle a message stamped for another storage, or null when this worker handles it (no stamp, or this
    /// worker's own scope). Costs one dictionary lookup and one ordinal string comparison.
    /// </summary>
    /// <param name="properties">The message's application properties.</param>
    /// <param name="own">This worker's scope, computed once at start.</param>
    /// <returns>A dead-letter settlement with reason <see cref="OtherStorage"/> naming both scopes, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="properties"/> or <paramref name="own"/> is null.</exception>
    public static Settlement? Refusal(IReadOnlyDictionary<string, object> properties, StorageScope own)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(own);
        if (!properties.TryGetValue(StorageScope.Property, out var stamp) || stamp is null)
        {
            return null;
        }

        return stamp is string theirs && string.Equals(theirs, own.Value, StringComparison.Ordinal)
            ? null
            : new Settlement(SettlementAction.DeadLetter, OtherStorage, Describe(stamp.ToString() ?? string.Empty, own));
    }

    /// <summary>
    /// The dead-letter description: both scopes first (a listing shows the start), then the likely cause and what to do.
    /// </summary>
    public static string Describe(string theirs, StorageScope own)
    {
        ArgumentNullException.ThrowIfNull(own);
        return $"Planned for storage '{theirs}', received by a worker of storage '{own.Value}'. "
            + "Likely two deployments (or two local runs) share one Service Bus namespace: give each its own namespace "
            + "(or make their Storage settings the same if they are one deployment), then replay this message where "
            + $"storage '{theirs}' is served.";
    }
}
