namespace NewsAlerts.Azure.Configuration;

using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;

/// <summary>
/// Names a setting the configuration binder could not convert to its property's type, in the words of a setting
/// check: <c>Alerts:ConfirmationDeadlineSeconds: 'abc' is not a whole number from 1 to 60</c>, <c>Smtp:Timeout: 'soon' is
/// not a duration from 00:00:01 to 00:05:00</c> (the setting's own range, <see cref="SettingRange"/>, where it declares
/// one; else its type's). Also finds the items of list and dictionary
/// settings that the binder cannot convert, which it drops without a word (<see cref="CollectionFailures"/>).
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

        var path = match.Groups["path"].Value;
        return $"{path}: {Reason(match.Groups["value"].Value, match.Groups["type"].Value, SettingRange.Of(PropertyAt(path)))}";
    }

    /// <summary>
    /// One line per item of a list or dictionary setting (e.g. <c>Sms:PricePerSegment:GB</c>) of the options classes
    /// registered in <paramref name="services"/> that the binder cannot convert to the item type: the binder leaves such
    /// an item out without a word (review of s41: <c>--Sms:PricePerSegment:GB=cheap</c> started, and GB had no price).
    /// <c>Sms:PricePerSegment:GB: 'cheap' is not a number such as 2.5</c>. Empty when there is no configuration.
    /// </summary>
    public static IReadOnlyList<string> CollectionFailures(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.GetService<IConfiguration>() is not { } configuration)
        {
            return [];
        }

        var failures = new List<string>();
        foreach (var (section, options) in OptionsClasses())
        {
            if (services.GetService(typeof(IConfigureOptions<>).MakeGenericType(options)) is null)
            {
                continue;
            }

            foreach (var property in options.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (ItemType(property.PropertyType) is not { } item || item == typeof(string))
                {
                    continue;
                }

                foreach (var entry in configuration.GetSection(section).GetSection(property.Name).GetChildren())
                {
                    if (entry.Value is { Length: > 0 } value && !Converts(value, item))
                    {
                        failures.Add($"{entry.Path}: {Reason(value, item.FullName ?? item.Name)}");
                    }
                }
            }
        }

        return failures;
    }

    /// <summary>Why <paramref name="value"/> is not a <paramref name="typeName"/> (a CLR full name, as the binder gives it).</summary>
    /// <param name="value">The value as configured.</param>
    /// <param name="typeName">The property's type.</param>
    /// <param name="range">The setting's own range (whole number, number or duration), quoted instead of its type's when given.</param>
    public static string Reason(string value, string typeName, SettingRange? range = null)
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
            _ when range is { } own && (type == typeof(TimeSpan) || type == typeof(double) || type == typeof(float) || type == typeof(decimal)) => own.Refusal(quoted),
            _ when type == typeof(TimeSpan) => $"{quoted} is not a duration such as 00:00:30 (hours:minutes:seconds)",
            _ when type == typeof(Uri) => $"{quoted} is not a URI",
            _ when type == typeof(Guid) => $"{quoted} is not a GUID",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => $"{quoted} is not a date and time such as 2026-01-31T09:30:00Z",
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => $"{quoted} is not a number such as 2.5",
            _ when range is { } own && WholeNumberRange(type) is not null => own.Refusal(quoted),
            _ when WholeNumberRange(type) is { } whole => $"{quoted} is not a whole number from {whole.Min} to {whole.Max}",
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

    // The item type of a list (array, List<T>, IEnumerable<T>) or the value type of a dictionary; null for anything else.
    private static Type? ItemType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var interfaces = type.IsInterface ? type.GetInterfaces().Append(type) : type.GetInterfaces();
        var dictionary = interfaces.FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() is var d
            && (d == typeof(IDictionary<,>) || d == typeof(IReadOnlyDictionary<,>)));
        if (dictionary is not null)
        {
            return dictionary.GetGenericArguments()[1];
        }

        return interfaces.FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }

    // As the binder converts a value: the type's TypeConverter, invariant culture.
    private static bool Converts(string value, Type type)
    {
        try
        {
            _ = TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or NotSupportedException or OverflowException or InvalidCastException)
        {
            return false;
        }
    }

    // The options property a setting's path names (Section:Property:Nested…), or null.
    private static PropertyInfo? PropertyAt(string path)
    {
        var segments = path.Split(':');
        var type = OptionsClasses().FirstOrDefault(o => string.Equals(o.Section, segments[0], StringComparison.OrdinalIgnoreCase)).Options;
        PropertyInfo? property = null;
        foreach (var segment in segments.Skip(1))
        {
            property = type?.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            type = property?.PropertyType;
        }

        return property;
    }

    // Every options class of the product (a public const SectionName names its section), in the assemblies loaded. The
    // CLI's assembly is named "newsalerts" (its command), not NewsAlerts.Cli: its LocalHost and Stack options were missed,
    // and --LocalHost:Port=abc was named with int's range (trial s42).
    private static IEnumerable<(string Section, Type Options)> OptionsClasses() =>
        from assembly in AppDomain.CurrentDomain.GetAssemblies()
        where IsProducts(assembly.GetName().Name) && !assembly.IsDynamic
        from type in LoadableTypes(assembly)
        let field = type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)
        where field is { IsLiteral: true } && field.GetRawConstantValue() is string
        select ((string)field.GetRawConstantValue()!, type);

    private static bool IsProducts(string? assembly) =>
        string.Equals(assembly, "newsalerts", StringComparison.Ordinal) || assembly?.StartsWith("NewsAlerts.", StringComparison.Ordinal) == true;

    private static Type[] LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return [.. ex.Types.OfType<Type>()];
        }
    }

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
