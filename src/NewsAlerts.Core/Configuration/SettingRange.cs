namespace NewsAlerts.Core.Configuration;

using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;

/// <summary>
/// The range a numeric setting is checked against, declared once as <see cref="RangeAttribute"/> on its options
/// property, and the one place that reads it and words a refusal: a value out of range
/// (<see cref="Failures"/>: <c>Alerts:ConfirmationDeadlineSeconds: 0 is not a whole number from 1 to 60</c>) and a
/// value that is not a number at all (<c>Alerts:ConfirmationDeadlineSeconds: 'abc' is not a whole number from 1
/// to 60</c>, review of s41: the message quoted int's range, which the setting would then refuse anyway) alike.
/// Three kinds, by the property's type: whole numbers (int, long), fractional numbers (double, float, decimal:
/// <c>Smtp:MessagesPerSecond: 'fast' is not a number from 0.1 to 10000</c>) and durations (TimeSpan, declared as
/// <c>[Range(typeof(TimeSpan), "00:00:01", "00:05:00")]</c>: <c>Smtp:Timeout: 'soon' is not a duration from 00:00:01 to
/// 00:05:00</c>); review of s45: fractional and duration settings had no range, only "must be greater than 0".
/// The attribute's <see cref="ValidationAttribute.ErrorMessage"/>, when set, says what the value must be, in
/// DataAnnotations' format ({1} the least value, {2} the greatest): <c>a port from {1} to {2} (0 picks a free one)</c>.
/// </summary>
/// <param name="Min">The least value allowed (for a duration: in seconds).</param>
/// <param name="Max">The greatest value allowed (for a duration: in seconds).</param>
public readonly record struct SettingRange(decimal Min, decimal Max)
{
    /// <summary>What a value must be, as the attribute's ErrorMessage words it; null: a value of <see cref="Kind"/> in the range.</summary>
    public string? Must { get; init; }

    /// <summary>What kind of value the setting holds.</summary>
    public SettingKind Kind { get; init; }

    /// <summary>The range declared on <typeparamref name="TOptions"/>'s property <paramref name="property"/>.</summary>
    /// <exception cref="InvalidOperationException">The property declares no range.</exception>
    public static SettingRange Of<TOptions>(string property) =>
        Of(typeof(TOptions).GetProperty(property, BindingFlags.Public | BindingFlags.Instance))
        ?? throw new InvalidOperationException($"{typeof(TOptions).Name}.{property} declares no [Range].");

    /// <summary>The range declared on <paramref name="property"/>, or null when it declares none.</summary>
    /// <exception cref="FormatException">A duration's bounds are not durations such as <c>00:00:30</c>.</exception>
    public static SettingRange? Of(PropertyInfo? property)
    {
        if (property?.GetCustomAttribute<RangeAttribute>() is not { } range)
        {
            return null;
        }

        var kind = KindOf(property.PropertyType);
        return new SettingRange(Bound(range.Minimum, kind), Bound(range.Maximum, kind))
        {
            Kind = kind,
            Must = range.ErrorMessage is null ? null : range.FormatErrorMessage(property.Name),
        };
    }

    /// <summary>
    /// One line per numeric property of <paramref name="options"/> (and of the options objects its nested-type
    /// properties hold, such as <c>Stack:Azurite</c>) outside its declared range, named by its setting under
    /// <paramref name="section"/>: <c>Stack:Azurite:TablePort: 70000 is not a port from 0 to 65535 (0 picks a free one)</c>.
    /// A fractional value that is not finite (NaN, Infinity) is outside every range.
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

    /// <summary>Whether <paramref name="value"/> (for a duration: in seconds) is within the range, bounds included.</summary>
    public bool Contains(decimal value) => value >= Min && value <= Max;

    /// <summary>
    /// Why a value, shown as <paramref name="shown"/> (<c>'abc'</c>, <c>70000</c>), is refused: <c>'abc' is not a whole
    /// number from 1 to 60</c>, or in the words of the attribute's ErrorMessage.
    /// </summary>
    public string Refusal(string shown) => $"{shown} is not {Must ?? $"{Noun} {this}"}";

    /// <summary><c>from 1 to 60</c>; <c>from 0.1 to 1000</c>; <c>from 00:00:01 to 00:05:00</c>.</summary>
    public override string ToString() => $"from {Show(Min)} to {Show(Max)}";

    private string Noun => Kind switch
    {
        SettingKind.Number => "a number",
        SettingKind.Duration => "a duration",
        _ => "a whole number",
    };

    /// <summary>The kind a property of <paramref name="type"/> holds; null when it is not numeric.</summary>
    private static SettingKind? KindOfValue(Type type) =>
        type == typeof(int) || type == typeof(long) ? SettingKind.WholeNumber
        : type == typeof(double) || type == typeof(float) || type == typeof(decimal) ? SettingKind.Number
        : type == typeof(TimeSpan) ? SettingKind.Duration
        : null;

    private static SettingKind KindOf(Type type) => KindOfValue(type) ?? SettingKind.WholeNumber;

    private static decimal Bound(object bound, SettingKind kind) =>
        kind == SettingKind.Duration
            ? (decimal)(bound as TimeSpan? ?? TimeSpan.Parse(Convert.ToString(bound, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture)).TotalSeconds
            : Convert.ToDecimal(bound, CultureInfo.InvariantCulture);

    private string Show(decimal value) =>
        Kind == SettingKind.Duration
            ? TimeSpan.FromSeconds((double)value).ToString("c", CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);

    // The value as the range compares it (null: not finite, outside every range) and as a refusal shows it.
    private static (decimal? Value, string Shown) Read(object value) => value switch
    {
        TimeSpan duration => ((decimal)duration.TotalSeconds, duration.ToString("c", CultureInfo.InvariantCulture)),
        double d => (double.IsFinite(d) && Math.Abs(d) < 1e27 ? (decimal)d : null, d.ToString(CultureInfo.InvariantCulture)),
        float f => (float.IsFinite(f) && Math.Abs(f) < 1e27f ? (decimal)f : null, f.ToString(CultureInfo.InvariantCulture)),
        _ => (Convert.ToDecimal(value, CultureInfo.InvariantCulture), Convert.ToString(value, CultureInfo.InvariantCulture)!),
    };

    private static IEnumerable<string> FailuresOf(object options, string section)
    {
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setting = $"{section}:{property.Name}";
            if (KindOfValue(property.PropertyType) is not null)
            {
                var (value, shown) = Read(property.GetValue(options)!);
                if (Of(property) is { } range && (value is not { } known || !range.Contains(known)))
                {
                    yield return $"{setting}: {range.Refusal(shown)}";
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
