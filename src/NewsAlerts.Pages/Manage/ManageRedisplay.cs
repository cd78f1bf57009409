namespace NewsAlerts.Pages.Manage;

/// <summary>
/// The values the preference centre shows again after a form it refused (an error, or stale: 409): what is saved
/// (<see cref="ManageValues.Of"/>) with what the person posted on top. A browser posts no field for an unticked
/// checkbox, so a box of the form that was posted means what was posted: absent is unticked, whatever is saved.
/// </summary>
/// <remarks>
/// Which form was posted is told by a field only that form always posts: the settings form is the one with
/// <c>timeZone</c> and <c>language</c>, shown to everyone (<see cref="SettingsChannels"/> hides the email and the text
/// fieldsets, never those). Trial r35 (issue 16): keyed on <c>emailFrequency</c>, which a number-only page does not
/// show, an unticked "flash through quiet hours" came back ticked after an error.
/// </remarks>
public static class ManageRedisplay
{
    // The settings form's checkboxes (their fields absent when unticked).
    private static readonly string[] SettingsBoxes = ["flashThrough", Languages.ReadLanguages.Field];

    /// <summary>The settings form's checkbox fields, absent from a post when unticked.</summary>
    public static IReadOnlyList<string> Boxes => SettingsBoxes;

    /// <summary>
    /// <paramref name="stored"/> with every value of <paramref name="posted"/> over it; when <paramref name="posted"/> came
    /// from the settings form (<see cref="IsSettingsForm"/>), its checkboxes not posted are left out (unticked).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyDictionary<string, string> Values(IReadOnlyDictionary<string, string> stored, IReadOnlyDictionary<string, string> posted)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(posted);
        var merged = new Dictionary<string, string>(stored, StringComparer.Ordinal);
        foreach (var (key, value) in posted)
        {
            merged[key] = value;
        }

        if (IsSettingsForm(posted))
        {
            foreach (var box in SettingsBoxes.Where(b => !posted.ContainsKey(b)))
            {
                merged.Remove(box);
            }
        }

        return merged;
    }

    /// <summary>Whether <paramref name="posted"/> is the settings form's: it has <c>timeZone</c> or <c>language</c>, which every settings form posts.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="posted"/> is null.</exception>
    public static bool IsSettingsForm(IReadOnlyDictionary<string, string> posted)
    {
        ArgumentNullException.ThrowIfNull(posted);
        return posted.ContainsKey("timeZone") || posted.ContainsKey("language");
    }
}
