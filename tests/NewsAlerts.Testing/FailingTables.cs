namespace NewsAlerts.Testing;

using System.Collections.Concurrent;
using global::Azure;
using global::Azure.Core;
using global::Azure.Core.Pipeline;

/// <summary>
/// A table client policy (for <see cref="RecordedTables"/>) that fails every request to the tables a test names, as a
/// storage outage of those tables would: <see cref="RequestFailedException"/> 503, thrown before the request leaves,
/// so the real stores see the real SDK's exception. Nothing fails until <see cref="Fail"/>; <see cref="Heal"/> ends it.
/// </summary>
public sealed class FailingTables : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentDictionary<string, byte> failing = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many requests were failed so far (a test checks its outage was met).</summary>
    public int Failed => failed;

    private int failed;

    /// <summary>Fails from now every request to a table whose name (without the host's prefix) is one of <paramref name="tables"/>, e.g. <c>alerthistory</c>.</summary>
    public void Fail(params string[] tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        foreach (var table in tables)
        {
            failing[table] = 0;
        }
    }

    /// <summary>Ends every outage.</summary>
    public void Heal() => failing.Clear();

    /// <inheritdoc />
    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (failing.IsEmpty)
        {
            return;
        }

        // The path is /{account}/{prefix}{table}(...) or /{account}/{prefix}{table}()?...: the second segment up to "(".
        var parts = Uri.UnescapeDataString(message.Request.Uri.Path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var table = parts.Length > 1 ? parts[1].Split('(')[0] : string.Empty;
        if (failing.Keys.Any(t => table.EndsWith(t, StringComparison.OrdinalIgnoreCase)))
        {
            Interlocked.Increment(ref failed);
            throw new RequestFailedException(503, $"The table is unavailable (a test's outage of {table}).", "ServerBusy", null);
        }
    }
}
