namespace NewsAlerts.Core.Validation;

using System.Text.Json;

/// <summary>
/// The one rule for members a JSON request does not define, at every level of every API body: each unknown member is
/// a <see cref="FieldError"/> naming its path and the known ones, e.g. <c>quietHours: is not a sign-up field (known:
/// email, phone, …); it belongs in preferences</c>, so a misplaced setting is refused rather than silently lost (trial r34 #4).
/// </summary>
public static class KnownMembers
{
    /// <summary>The reason for an unknown member: <c>is not {what} (known: a, b, c)</c>.</summary>
    /// <param name="what">What the known members are, with its article: <c>a preference</c>, <c>a feed field</c>.</param>
    /// <param name="known">The members the object may have, in the order a reader should see them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="what"/> or <paramref name="known"/> is null.</exception>
    public static string Reason(string what, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(what);
        ArgumentNullException.ThrowIfNull(known);
        return $"is not {what} (known: {string.Join(", ", known)})";
    }

    /// <summary>
    /// Adds an error for each member of <paramref name="json"/> (an object; anything else adds nothing) whose name is
    /// not in <paramref name="known"/> (ordinal: JSON names are case-sensitive), named <c>{path}.{name}</c>, or just
    /// <c>{name}</c> at the top (<paramref name="path"/> empty or <c>$</c>). A name that <paramref name="elsewhere"/>
    /// knows gets its hint added after a semicolon (<c>it belongs in preferences</c>); a name that differs from a known
    /// one only in case gets <c>names are case-sensitive: write correction</c> (trial r35 #2: <c>"Correction"</c> was
    /// silently ignored).
    /// </summary>
    /// <param name="json">The object to check.</param>
    /// <param name="path">The JSON path of <paramref name="json"/> in the request.</param>
    /// <param name="what">As for <see cref="Reason"/>.</param>
    /// <param name="known">The members allowed.</param>
    /// <param name="errors">Where errors are added.</param>
    /// <param name="elsewhere">A hint for a name that is known at another place, or null.</param>
    /// <exception cref="ArgumentNullException">A reference argument other than <paramref name="elsewhere"/> is null.</exception>
    public static void Refuse(JsonElement json, string path, string what, IReadOnlyCollection<string> known, List<FieldError> errors, Func<string, string?>? elsewhere = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(known);
        if (json.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in json.EnumerateObject())
        {
            if (known.Contains(property.Name, StringComparer.Ordinal))
            {
                continue;
            }

            var field = path is "" or "$" ? property.Name : $"{path}.{property.Name}";
            var hint = elsewhere?.Invoke(property.Name) ?? CaseHint(property.Name, known);
            errors.Add(new FieldError(field, Reason(what, known) + (hint is null ? string.Empty : "; " + hint)));
        }
    }

    /// <summary>The hint for a name that is a known one in other case (<c>names are case-sensitive: write code</c>), or null.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string? CaseHint(string name, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(known);
        return known.FirstOrDefault(k => k.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } match
            ? $"names are case-sensitive: write {match}"
            : null;
    }
}
