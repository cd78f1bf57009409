namespace NewsAlerts.Pages.Manage;

/// <summary>A form merged three ways (<see cref="ThreeWayMerge.Of"/>).</summary>
/// <param name="Values">The values to show again, or to save when there is no conflict.</param>
/// <param name="Conflicts">The names of the fields the person changed and another save changed to something else since the page was opened.</param>
public sealed record MergedForm(IReadOnlyDictionary<string, string> Values, IReadOnlyList<string> Conflicts);
