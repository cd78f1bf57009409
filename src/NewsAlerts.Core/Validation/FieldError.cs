namespace NewsAlerts.Core.Validation;

/// <summary>One thing wrong with an input: which field (a JSON path such as <c>topics[1]</c>) and why.</summary>
/// <param name="Field">The field, as the caller named it.</param>
/// <param name="Reason">A readable reason, e.g. "unclosed quote at column 14".</param>
public sealed record FieldError(string Field, string Reason);
