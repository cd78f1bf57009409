namespace NewsAlerts.Azure.Storage;

using global::Azure.Data.Tables;
using NewsAlerts.Core.Health;

/// <summary>Asks the Table service for one page of its table list: cheap, and needs a working endpoint and credential.</summary>
public sealed class TableStorageProbe(TableServiceClient tables) : IDependencyProbe
{
    /// <inheritdoc />
    public string Name => "tableStorage";

    /// <inheritdoc />
    public async Task<DependencyStatus> ProbeAsync(CancellationToken cancellationToken)
    {
        await foreach (var page in tables.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).AsPages())
        {
            _ = page;
            break;
        }

        return new DependencyStatus(Name, true, tables.Uri.GetLeftPart(UriPartial.Authority), 0);
    }
}
