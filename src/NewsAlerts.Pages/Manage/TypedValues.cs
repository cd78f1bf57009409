namespace NewsAlerts.Pages.Manage;

using NewsAlerts.Pages.Layout;

/// <summary>
/// What a person typed into a preference-centre form that was refused as stale (409: another tab saved first), set
/// against what is saved now, so the page can keep the typed values and say which fields differ (issue 16).
/// </summary>
public static class TypedValues
{
    /// <summary>
    /// The labels (<see cref="FieldLabels.Of"/>, once each, in the order typed) of the fields in <paramref name="typed"/>
    /// whose value differs from <paramref name="saved"/> (the names of <see cref="ManageValues.Of"/>) and whose saved value
    /// changed since the page was rendered (<paramref name="seen"/>, <see cref="SeenValues"/>; null: unknown, every
    /// differing field), so a field the person changed themselves is not blamed on another device (trial r36 #6); fields
    /// without a label and values only differing in line endings, surrounding spaces or blank topic lines are left out.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="saved"/> or <paramref name="typed"/> is null.</exception>
    public static IReadOnlyList<string> Differing(IReadOnlyDictionary<string, string> saved, IReadOnlyDictionary<string, string> typed, IReadOnlyDictionary<string, string>? seen = null)
    {
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(typed);
        return [.. typed
            .Where(f => FieldLabels.Of(f.Key) is not null && !f.Key.StartsWith("topic-", StringComparison.Ordinal)
                && Normal(f.Value) != Normal(saved.GetValueOrDefault(f.Key))
                && SeenValues.ChangedSince(seen, f.Key, saved.GetValueOrDefault(f.Key)))
            .Select(f => FieldLabels.Of(f.Key)!)
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The end of the stale notice when the typed values are kept: the fields that differ (none: left out), then that
    /// what was typed is still in the form.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="differing"/> is null.</exception>
    public static string Sentence(IReadOnlyList<string> differing)
    {
        ArgumentNullException.ThrowIfNull(differing);
        return differing.Count == 0
            ? PageStrings.ManageChangedKeptTyped
            : $"{string.Format(System.Globalization.CultureInfo.InvariantCulture, PageStrings.ManageChangedFields, string.Join(PageStrings.ListComma, differing))} {PageStrings.ManageChangedKeptTyped}";
    }

    /// <summary>A field's value as compared: line endings, surrounding spaces and blank lines dropped.</summary>
    internal static string Normal(string? value) =>
        string.Join('\n', (value ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}
