namespace NewsAlerts.Azure.Tables;

using global::Azure;
using global::Azure.Data.Tables;
using NewsAlerts.Core.Editor;

/// <summary>
/// Editors' console settings in Table storage (<c>editorsettings</c>): one row per editor sign-in in partition
/// <c>editor</c>, keyed by the encoded editor id, with the desk language. Holds an editor id and a language, no contacts.
/// </summary>
public sealed class TableEditorSettings(TableSet tables) : IEditorSettings
{
    private const string TableName = "editorsettings";
    private const string Partition = "editor";

    /// <inheritdoc />
    public async Task<string?> GetDeskLanguageAsync(string editorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(editorId);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, TableKeys.Encode(editorId), ["DeskLanguage"], cancellationToken);
        return row.HasValue ? row.Value!.GetString("DeskLanguage") : null;
    }

    /// <inheritdoc />
    public async Task SetDeskLanguageAsync(string editorId, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(editorId);
        ArgumentNullException.ThrowIfNull(language);
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.UpsertEntityAsync(
            new TableEntity(Partition, TableKeys.Encode(editorId)) { ["DeskLanguage"] = language, ["EditorId"] = editorId }, TableUpdateMode.Merge, cancellationToken);
    }
}
