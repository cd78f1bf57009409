namespace NewsAlerts.Pages.Manage;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// What the preference centre's fields held when the page was rendered, carried by its versioned forms (field
/// <see cref="Field"/>) as a short fingerprint per field, so a form refused as stale (409) names only the fields saved
/// elsewhere since the page was opened, not the ones the person changed themselves (trial r36 #6). Not a secret and not
/// a check: the page shows the values; a hand-edited or missing value only widens the notice to every differing field.
/// </summary>
public static class SeenValues
{
    /// <summary>The hidden form field carrying <see cref="Encode"/>'s text.</summary>
    public const string Field = "seenValues";

    /// <summary>
    /// <c>name=fingerprint</c> pairs joined by <c>;</c>, one per field of <paramref name="values"/> (the names of
    /// <see cref="ManageValues.Of"/>), each fingerprint 4 characters of base64url of the SHA-256 of the value with line
    /// endings, surrounding spaces and blank lines dropped (as <see cref="TypedValues.Differing"/> compares them).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static string Encode(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return string.Join(';', values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={Fingerprint(v.Value)}"));
    }

    /// <summary>
    /// The fingerprints of <see cref="Encode"/>'s text by field name, or null when <paramref name="text"/> is not one
    /// (missing, a form from before this field, edited).
    /// </summary>
    public static IReadOnlyDictionary<string, string>? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 2000)
        {
            return null;
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in text.Split(';'))
        {
            var parts = pair.Split('=');
            if (parts is not [{ Length: > 0 } name, { Length: 4 } fingerprint] || !seen.TryAdd(name, fingerprint))
            {
                return null;
            }
        }

        return seen;
    }

    /// <summary>
    /// Whether the field <paramref name="name"/> holds <paramref name="value"/> now but held something else when the page
    /// was rendered (a field missing from <paramref name="seen"/> was empty then); always true when <paramref name="seen"/>
    /// is null (unknown).
    /// </summary>
    public static bool ChangedSince(IReadOnlyDictionary<string, string>? seen, string name, string? value) =>
        seen is null || Fingerprint(value) != (seen.GetValueOrDefault(name) ?? Fingerprint(null));

    private static string Fingerprint(string? value) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(TypedValues.Normal(value))), 0, 3).Replace('+', '-').Replace('/', '_');
}
