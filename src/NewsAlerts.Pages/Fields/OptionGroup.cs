namespace NewsAlerts.Pages.Fields;

/// <summary>Options of a select shown under one heading (an <c>&lt;optgroup&gt;</c>).</summary>
/// <param name="Label">The heading, or null for options outside any group (shown first).</param>
/// <param name="Options">The options: value and text.</param>
public sealed record OptionGroup(string? Label, IReadOnlyList<KeyValuePair<string, string>> Options);
