namespace NewsAlerts.Azure.Configuration;

using System.Globalization;
using System.Text.RegularExpressions;

/// <summary>
/// Names a setting the configuration binder could not convert to its property's type, in the words of a setting
/// check: <c>Alerts:ConfirmationDeadlineSeconds: 'abc' is not a whole number from -2147483648 to 2147483647</c>.
/// </summary>
public static partial class SettingConversion
{
    /// <summary>
    /// The one-line failure for <paramref name="error"/> when it is the binder's "Failed to convert configuration value
    /// 'v' at 'path' to type 'T'" (Microsoft.Extensions.Configuration.Binder, any source: command line, environment,
    /// appsettings); <see langword="null"/> for any other exception.
    /// </summary>
    public static string? Describe(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error is not InvalidOperationException || BinderFailure().Match(error.Message) is not { Success: true } match)
        {
            return null;
        }

        return $"{match.Groups["path"].Value}: {Reason(match.Groups["value"].Value, match.Groups["type"].Value)}";
    }

    /// <summary>Why <paramref name="value"/> is not a <paramref name="typeName"/> (a CLR full name, as the binder gives it).</summary>
    public static string Reason(string value, string typeName)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(typeName);
        var type = Resolve(NullableInner().Match(typeName) is { Success: true } inner ? inner.Groups["type"].Value : typeName);
        var quoted = $"'{value}'";
        return type switch
        {
            null => $"{quoted} cannot be read as {typeName}",
            _ when type.IsEnum && type.IsDefined(typeof(FlagsAttribute), inherit: false) =>
                $"{quoted} is not one or more of {string.Join(", ", Enum.GetNames(type))} (separated by commas)",
            _ when type.IsEnum => $"{quoted} is not one of {string.Join(", ", Enum.GetNames(type))}",
            _ when type == typeof(bool) => $"{quoted} is not true or false",
            _ when type == typeof(TimeSpan) => $"{quoted} is not a duration such as 00:00:30 (hours:minutes:seconds)",
            _ when type == typeof(Uri) => $"{quoted} is not a URI",
            _ when type == typeof(Guid) => $"{quoted} is not a GUID",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => $"{quoted} is not a date and time such as 2026-01-31T09:30:00Z",
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => $"{quoted} is not a number such as 2.5",
            _ when WholeNumberRange(type) is { } range => $"{quoted} is not a whole number from {range.Min} to {range.Max}",
            _ => $"{quoted} cannot be read as {type.Name}",
        };
    }

    private static (string Min, string Max)? WholeNumberRange(Type type) =>
        type == typeof(int) ? Range(int.MinValue, int.MaxValue)
        : type == typeof(long) ? Range(long.MinValue, long.MaxValue)
        : type == typeof(short) ? Range(short.MinValue, short.MaxValue)
        : type == typeof(byte) ? Range(byte.MinValue, byte.MaxValue)
        : type == typeof(uint) ? Range(uint.MinValue, uint.MaxValue)
        : type == typeof(ulong) ? Range(ulong.MinValue, ulong.MaxValue)
        : type == typeof(ushort) ? Range(ushort.MinValue, ushort.MaxValue)
        : type == typeof(sbyte) ? Range(sbyte.MinValue, sbyte.MaxValue)
        : null;

    private static (string Min, string Max) Range<T>(T min, T max)
        where T : IFormattable =>
        (min.ToString(null, CultureInfo.InvariantCulture), max.ToString(null, CultureInfo.InvariantCulture));

    // The binder names the type without its assembly: the options' own enums live in our assemblies, not in CoreLib.
    private static Type? Resolve(string fullName) =>
        Type.GetType(fullName)
        ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(fullName)).FirstOrDefault(t => t is not null);

    // Error_FailedBinding of Microsoft.Extensions.Configuration.Binder; the value may hold quotes, the path and type do not.
    [GeneratedRegex(@"^Failed to convert configuration value '(?<value>.*)' at '(?<path>[^']*)' to type '(?<type>[^']*)'\.$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex BinderFailure();

    [GeneratedRegex(@"^System\.Nullable`1\[\[?(?<type>[^,\]]+)", RegexOptions.CultureInvariant)]
    private static partial Regex NullableInner();
}
