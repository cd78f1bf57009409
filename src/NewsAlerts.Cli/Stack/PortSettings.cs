namespace NewsAlerts.Cli.Stack;

using System.Reflection;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;

/// <summary>
/// The range check of the local stack's and host's port settings (<c>LocalHost:Port</c>, <c>Stack:Azurite:TablePort</c>
/// and the rest), each declared once as <c>[Range(0, 65535)]</c> on its property: a TCP port is 1 to 65535 (RFC 793),
/// and 0 asks for a free one. A port outside it used to end <c>dev</c> with an unhandled ArgumentOutOfRangeException
/// from the socket (the s41 trial, #8: <c>dev --LocalHost:Port=99999</c>, exit 134); it is now one configuration-error line.
/// </summary>
public static class PortSettings
{
    /// <summary>
    /// One line per port of <paramref name="options"/> (and of the objects its properties hold) outside its declared
    /// range, named by its setting under <paramref name="section"/>: <c>Stack:Azurite:TablePort: 70000 is not a port
    /// from 0 to 65535 (0 picks a free one)</c>.
    /// </summary>
    /// <param name="options">Bound options, such as <see cref="StackOptions"/>.</param>
    /// <param name="section">The configuration section it was bound from, such as <c>Stack</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<string> Failures(object options, string section)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(section);
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setting = $"{section}:{property.Name}";
            if (property.PropertyType == typeof(int) && SettingRange.Of(property) is { } range)
            {
                var value = (int)property.GetValue(options)!;
                if (!range.Contains(value))
                {
                    yield return Failure(setting, value, range);
                }
            }
            else if (property.PropertyType.IsNested && property.PropertyType.DeclaringType == options.GetType() && property.GetValue(options) is { } inner)
            {
                foreach (var failure in Failures(inner, setting))
                {
                    yield return failure;
                }
            }
        }
    }

    /// <summary>The line for <paramref name="setting"/> holding <paramref name="value"/> outside <paramref name="range"/>.</summary>
    public static string Failure(string setting, long value, SettingRange range) =>
        $"{setting}: {value} is not a port {range} (0 picks a free one)";

    /// <summary>Throws when <see cref="Failures"/> finds any, as a setting of the wrong type does.</summary>
    /// <exception cref="OptionsValidationException">A port is out of range; one failure line per port.</exception>
    public static void Check(object options, string section)
    {
        var failures = Failures(options, section).ToList();
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, options.GetType(), failures);
        }
    }
}
