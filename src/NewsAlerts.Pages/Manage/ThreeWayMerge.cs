namespace NewsAlerts.Pages.Manage;

using NewsAlerts.Pages.Layout;

/// <summary>
/// A preference-centre form posted from a page rendered before the subscriber changed elsewhere (another tab, the API),
/// merged three ways: what the page showed (<see cref="SeenValues"/>), what the person posted, and what is stored now.
/// A field the person left as the page showed it takes the stored value (saved elsewhere, kept); a field they changed
/// keeps what they typed; a field both they and another save changed, to different values, is a conflict (trial r43 #9:
/// "save again" must not write the page's old values over another tab's).
/// </summary>
public static class ThreeWayMerge
{
    /// <summary>
    /// The values to show or save: <paramref name="stored"/> with <paramref name="posted"/> over it as
    /// <see cref="ManageRedisplay.Values"/> does, except that a labelled field (<see cref="FieldLabels.Of"/>; not a
    /// topic-builder row) or settings checkbox whose posted value is the one the page showed takes its stored value; the settings form's
    /// checkboxes not posted count as posted empty (unticked). With <paramref name="seen"/> null (a form without it),
    /// every posted value is kept and every labelled field differing from <paramref name="stored"/> is a conflict.
    /// </summary>
    /// <param name="stored">The values stored now (the names of <see cref="ManageValues.Of"/>).</param>
    /// <param name="posted">The form's fields as posted (hidden fields left out or not: they pass through).</param>
    /// <param name="seen">The fingerprints of what the page showed (<see cref="SeenValues.Parse"/>), or null when unknown.</param>
    /// <returns>The merged values and the names of the conflicting fields, in <paramref name="posted"/>'s order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stored"/> or <paramref name="posted"/> is null.</exception>
    public static MergedForm Of(IReadOnlyDictionary<string, string> stored, IReadOnlyDictionary<string, string> posted, IReadOnlyDictionary<string, string>? seen)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(posted);
        var merged = new Dictionary<string, string>(ManageRedisplay.Values(stored, posted), StringComparer.Ordinal);
        var conflicts = new List<string>();
        foreach (var name in Compared(posted))
        {
            var typed = posted.GetValueOrDefault(name);
            var now = stored.GetValueOrDefault(name);
            if (seen is not null && !SeenValues.ChangedSince(seen, name, typed))
            {
                // Untouched by the person: whatever is saved now, which another save may have changed.
                if (now is null)
                {
                    merged.Remove(name);
                }
                else
                {
                    merged[name] = now;
                }
            }
            else if (TypedValues.Normal(typed) != TypedValues.Normal(now) && SeenValues.ChangedSince(seen, name, now))
            {
                conflicts.Add(name);
            }
        }

        return new MergedForm(merged, conflicts);
    }

    // The labelled fields the posted form holds, and, for the settings form, its checkboxes (absent when unticked).
    private static IEnumerable<string> Compared(IReadOnlyDictionary<string, string> posted) =>
        posted.Keys
            .Concat(ManageRedisplay.IsSettingsForm(posted) ? ManageRedisplay.Boxes : [])
            .Where(k => (FieldLabels.Of(k) is not null || ManageRedisplay.Boxes.Contains(k)) && !k.StartsWith("topic-", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);
}
