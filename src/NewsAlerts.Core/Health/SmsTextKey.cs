namespace NewsAlerts.Core.Health;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// Names a text for counting refusals (<see cref="SmsConfigurationFault.Texts"/>): every attempt at one text has the same
/// key, so a text retried 20 times counts once (trial r38 #1). A key is 16 hex digits of a SHA-256, never the number or
/// the message.
/// </summary>
public static class SmsTextKey
{
    private const int Length = 16;

    /// <summary>The key of the text <paramref name="message"/> to <paramref name="recipient"/> (a subscriber id or number).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Of(string recipient, string message)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(message);
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{recipient}\n{message}"));
        return Convert.ToHexStringLower(digest)[..Length];
    }

    /// <summary>
    /// The keys refused so far (comma-separated, as stored; null or empty for none) with <paramref name="key"/> added unless
    /// it is there already, and how many texts they count; at most <see cref="SmsConfigurationFault.MaxTextsCounted"/> keys
    /// are kept, and a key beyond them is not stored (the count then stays at that many: "at least").
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static (string Keys, int Texts) Add(string? keys, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var known = string.IsNullOrEmpty(keys) ? [] : keys.Split(',').ToList();
        if (!known.Contains(key, StringComparer.Ordinal) && known.Count < SmsConfigurationFault.MaxTextsCounted)
        {
            known.Add(key);
        }

        return (string.Join(',', known), known.Count);
    }
}
