namespace NewsAlerts.Core.Validation;

using System.Text.Json;

/// <summary>
/// What <see cref="JsonText.Read(ReadOnlyMemory{byte}, string)"/> made of a JSON text: the document (null when
/// <see cref="Error"/> stopped the reading; the caller disposes it) and every key given twice in one object, named by its
/// path (<see cref="JsonText.GivenTwice"/>), which a reader reports together with its own errors rather than instead of
/// them (trial s43 #7).
/// </summary>
public sealed record JsonReading(JsonDocument? Document, FieldError? Error, IReadOnlyList<FieldError> GivenTwice);
