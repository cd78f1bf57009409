namespace NewsAlerts.Pages.Fields;

using NewsAlerts.Pages.Layout;

/// <summary>What a form shows: the values to keep in its fields and the errors next to them.</summary>
/// <param name="Values">Field values by name.</param>
/// <param name="Errors">Errors, in the order of the summary.</param>
public sealed record FormState(IReadOnlyDictionary<string, string> Values, IReadOnlyList<PageError> Errors)
{
    /// <summary>An empty form.</summary>
    public static FormState Empty { get; } = new(new Dictionary<string, string>(), []);

    /// <summary>The value of <paramref name="name"/>, or null.</summary>
    public string? Value(string name) => Values.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// The errors of <paramref name="name"/>, or null: one error as it is, several each on its own line (joined by
    /// <see cref="FieldErrorLines.Separator"/>, which <c>FieldErrorText</c> shows as a list; trial r41 #9: a field's
    /// topic errors ran together as one sentence).
    /// </summary>
    public string? Error(string name) => FieldErrorLines.Of(Errors, name);
}
