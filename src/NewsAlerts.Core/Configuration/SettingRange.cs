namespace NewsAlerts.Core.Configuration;

using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;

/// <summary>
/// The range a whole-number setting is checked against, declared once as <see cref="RangeAttribute"/> on its options
/// property, and the one place that reads it and words a refusal: a value out of range
/// (<see cref="Failures"/>: <c>Alerts:ConfirmationDeadlineSeconds: 0 is not a whole number from 1 to 60</c>) and a
/// value that is not a whole number at all (<c>Alerts:ConfirmationDeadlineSeconds: 'abc' is not a whole number from 1
/// to 60</c>, review of s41: the message quoted int's range, which the setting would then refuse anyway) alike. The
/// attribute's <see cref="ValidationAttribute.ErrorMessage"/>, when set, says what the value must be, in DataAnnotations'
/// format ({1} the least value, {2} the greatest): <c>a port from {1} to {2} (0 picks a free one)</c>.
/// </summary>
/// <param name="Min">The least value allowed.</param>
/// <param name="Max">The greatest value allowed.</param>
public readonly record struct SettingRange(long Min, long Max)
{
    /// <summary>What a value must be, as the attribute's ErrorMessage words it; null: a whole number in the range.</summary>
    public string? Must { get; init; }

    /// <summary>The range declared on <typeparamref name="TOptions"/>'s property <paramref name="property"/>.</summary>
    /// <exception cref="InvalidOperationException">The property declares no range.</exception>
    public static SettingRange Of<TOptions>(string property) =>
        Of(typeof(TOptions).GetProperty(property, BindingFlags.Public | BindingFlags.Instance))
        ?? throw new InvalidOperationException($"{typeof(TOptions).Name}.{property} declares no [Range].");

    /// <summary>The range declared on <paramref name="property"/>, or null when it declares none.</summary>
    public static SettingRange? Of(PropertyInfo? property) =>
        property?.GetCustomAttribute<RangeAttribute>() is { } range
            ? new SettingRange(Convert.ToInt64(range.Minimum, CultureInfo.InvariantCulture), Convert.ToInt64(range.Maximum, CultureInfo.InvariantCulture))
            {
                Must = range.ErrorMessage is null ? null : range.FormatErrorMessage(property.Name),
            }
            : null;

    /// <summary>
    /// One line per whole-number property of <paramref name="options"/> (and of the options objects its nested-type
    /// properties hold, such as <c>Stack:Azurite</c>) outside its declared range, named by its setting under
    /// <paramref name="section"/>: <c>Stack:Azurite:TablePort: 70000 is not a port from 0 to 65535 (0 picks a free one)</c>.
    /// </summary>
    /// <param name="options">Bound options, such as AlertsOptions.</param>
    /// <param name="section">The configuration section it was bound from, such as <c>Alerts</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<string> Failures(object options, string section)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(section);
        return FailuresOf(options, section);
    }

    /// <summary>Whether <paramref name="value"/> is within the range, bounds included.</summary>
    public bool Contains(long value) => value >= Min && value <= Max;

    /// <summary>
    /// Why a value, shown as <paramref name="shown"/> (<c>'abc'</c>, <c>70000</c>), is refused: <c>'abc' is not a whole
    /// number from 1 to 60</c>, or in the words of the attribute's ErrorMessage.
    /// </summary>
    public string Refusal(string shown) => $"{shown} is not {Must ?? $"a whole number {this}"}";

    /// <summary><c>from 1 to 60</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"from {Min} to {Max}");

    private static IEnumerable<string> FailuresOf(object options, string section)
    {
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setting = $"{section}:{property.Name}";
            if (property.PropertyType == typeof(int) || property.PropertyType == typeof(long))
            {
                var value = Convert.ToInt64(property.GetValue(options), CultureInfo.InvariantCulture);
                if (Of(property) is { } range && !range.Contains(value))
                {
                    yield return $"{setting}: {range.Refusal(value.ToString(CultureInfo.InvariantCulture))}";
                }
            }
            else if (property.PropertyType.IsNested && property.PropertyType.DeclaringType == options.GetType() && property.GetValue(options) is { } inner)
            {
                foreach (var failure in FailuresOf(inner, setting))
                {
                    yield return failure;
                }
            }
        }
    }
}
