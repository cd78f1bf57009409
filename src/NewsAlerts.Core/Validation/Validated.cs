namespace NewsAlerts.Core.Validation;

/// <summary>Either a valid value or the errors that stopped it; never both.</summary>
/// <typeparam name="T">The value's type.</typeparam>
public sealed class Validated<T>
    where T : class
{
    private Validated(T? value, IReadOnlyList<FieldError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The value, when valid.</summary>
    public T? Value { get; }

    /// <summary>The errors, when invalid (empty when valid).</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    /// <summary>Whether the input was valid.</summary>
    public bool IsValid => Value is not null;

    /// <summary>
    /// This result with <paramref name="earlier"/> (errors found before the reading, such as keys given twice,
    /// <see cref="JsonReading.GivenTwice"/>) in front of its own: invalid whenever either has an error, so an earlier
    /// error hides none of the reader's (trial s43 #7).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="earlier"/> is null.</exception>
    public Validated<T> After(IReadOnlyList<FieldError> earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return earlier.Count == 0 ? this : Invalid([.. earlier, .. Errors]);
    }

    /// <summary>A valid value.</summary>
    public static Validated<T> Ok(T value) => new(value, []);

    /// <summary>An invalid input.</summary>
    public static Validated<T> Invalid(IReadOnlyList<FieldError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("An invalid result needs at least one error.", nameof(errors)) : new(null, errors);

    /// <summary>An invalid input with one error.</summary>
    public static Validated<T> Invalid(string field, string reason) => Invalid([new FieldError(field, reason)]);
}
