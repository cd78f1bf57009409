namespace NewsAlerts.Azure.Tables;

using System.Buffers.Text;
using System.Text;

/// <summary>
/// Turns any id into a valid PartitionKey/RowKey: Table keys may not hold <c>/ \ # ?</c> or control characters,
/// and article ids are URIs, so they are stored base64url-encoded (reversible, order-preserving within a prefix).
/// </summary>
public static class TableKeys
{
    /// <summary>The key for an id.</summary>
    public static string Encode(string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(id));
}
