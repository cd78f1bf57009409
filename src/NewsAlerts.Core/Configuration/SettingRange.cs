namespace NewsAlerts.Core.Configuration;

using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;

/// <summary>
/// The range a whole-number setting is checked against, declared once as <see cref="RangeAttribute"/> on its options
/// property: the options validator checks it, and a value that is not a whole number at all is named with it
/// (<c>Alerts:ConfirmationDeadlineSeconds: 'abc' is not a whole number from 1 to 60</c>, review of s41: the message
/// quoted int's range, which the setting would then refuse anyway).
/// </summary>
/// <param name="Min">The least value allowed.</param>
/// <param name="Max">The greatest value allowed.</param>
public readonly record struct SettingRange(long Min, long Max)
{
    /// <summary>The range declared on <typeparamref name="TOptions"/>'s property <paramref name="property"/>.</summary>
    /// <exception cref="InvalidOperationException">The property declares no range.</exception>
    public static SettingRange Of<TOptions>(string property) =>
        Of(typeof(TOptions).GetProperty(property, BindingFlags.Public | BindingFlags.Instance))
        ?? throw new InvalidOperationException($"{typeof(TOptions).Name}.{property} declares no [Range].");

    /// <summary>The range declared on <paramref name="property"/>, or null when it declares none.</summary>
    public static SettingRange? Of(PropertyInfo? property) =>
        property?.GetCustomAttribute<RangeAttribute>() is { } range
            ? new SettingRange(Convert.ToInt64(range.Minimum, CultureInfo.InvariantCulture), Convert.ToInt64(range.Maximum, CultureInfo.InvariantCulture))
            : null;

    /// <summary>Whether <paramref name="value"/> is within the range, bounds included.</summary>
    public bool Contains(long value) => value >= Min && value <= Max;

    /// <summary><c>from 1 to 60</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"from {Min} to {Max}");
}
