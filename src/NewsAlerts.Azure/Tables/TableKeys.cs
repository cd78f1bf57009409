namespace NewsAlerts.Azure.Tables;

using System.Buffers.Text;
using System.Globalization;
using System.Text;

/// <summary>
/// Turns any id into a valid PartitionKey/RowKey: Table keys may not hold <c>/ \ # ?</c> or control characters,
/// and article ids are URIs, so they are stored base64url-encoded (reversible, order-preserving within a prefix).
/// </summary>
public static class TableKeys
{
    /// <summary>The longest key Table storage accepts, in UTF-16 characters (1 KiB).</summary>
    public const int MaxLength = 512;

    /// <summary>The key for an id.</summary>
    public static string Encode(string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(id));

    /// <summary>
    /// A key part that sorts newest first: the ticks (100 ns) left from <paramref name="at"/> (in UTC) to
    /// <see cref="DateTimeOffset.MaxValue"/>, as 19 zero-padded digits, so ordinal order is time order reversed and
    /// a range query reads the latest rows first. Stored rows use this format; changing it orphans them.
    /// </summary>
    public static string NewestFirst(DateTimeOffset at) =>
        (DateTimeOffset.MaxValue.UtcTicks - at.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>
    /// Whether <paramref name="key"/> can be a PartitionKey or RowKey as it is. A lookup by a key that cannot be one
    /// (an id from a URL) finds nothing, rather than making Table storage refuse the request.
    /// </summary>
    public static bool IsUsable(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length > MaxLength)
        {
            return false;
        }

        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                return false;
            }

            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < key.Length && char.IsLowSurrogate(key[++i])))
            {
                return false;
            }
        }

        return true;
    }
}
