namespace NewsAlerts.Infrastructure.Tests.Configuration;

using System.Collections;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

/// <summary>
/// The options classes of the NewsAlerts.* assemblies (types with a <c>public const string SectionName</c>), which of
/// them an app binds at start, and the Azure setting names each one needs.
/// </summary>
public static class OptionsCatalog
{
    /// <summary>Queues named in the architecture and the manage-link queue; options properties ending in <c>Queue</c> add theirs.</summary>
    private static readonly string[] ArchitectureQueues = ["email-alerts", "sms-alerts", NewsAlerts.Core.ManageLinks.ManageLinkMessage.Queue];

    /// <summary>Every options class in the NewsAlerts.* assemblies beside the tests.</summary>
    public static IReadOnlyList<Type> All() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "NewsAlerts.*.dll")
            .Where(f => !Path.GetFileName(f).StartsWith("NewsAlerts.Infrastructure.Tests", StringComparison.Ordinal))
            .Select(f => Assembly.Load(AssemblyName.GetAssemblyName(f)))
            .SelectMany(LoadableTypes)
            .Where(t => SectionOf(t) is not null)
            .Distinct()
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();

    /// <summary>The section an options class binds, from its <c>SectionName</c> constant; null for other types.</summary>
    public static string? SectionOf(Type type) =>
        type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field && field.FieldType == typeof(string)
            ? (string?)field.GetRawConstantValue()
            : null;

    /// <summary>The options classes an app's service registration binds (it registers an IConfigureOptions for each).</summary>
    public static IReadOnlyList<Type> BoundBy(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        return services
            .Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IConfigureOptions<>))
            .Select(t => t.GetGenericArguments()[0])
            .Where(t => SectionOf(t) is not null)
            .Distinct()
            .ToList();
    }

    /// <summary>
    /// Every setting an options class binds: <c>Section__Property</c> for every bindable property (nested classes
    /// flattened); collections give a prefix (<c>Section__Items__</c>).
    /// </summary>
    public static (IReadOnlyList<string> Names, IReadOnlyList<string> Prefixes) AllSettings(Type optionsType)
    {
        var names = new List<string>();
        var prefixes = new List<string>();
        Collect(optionsType, SectionOf(optionsType) ?? optionsType.Name, names, prefixes, depth: 0);
        return (names, prefixes);
    }

    /// <summary>
    /// The app settings Azure must provide for an options class: <see cref="AllSettings"/> less the local-only and the
    /// optional ones (<see cref="SettingRules"/>).
    /// </summary>
    public static (IReadOnlyList<string> Names, IReadOnlyList<string> Prefixes) AzureSettings(Type optionsType)
    {
        var (names, prefixes) = AllSettings(optionsType);
        return (
            names.Where(n => !SettingRules.IsLocalOnly(Key(n)) && !SettingRules.IsOptional(Key(n))).ToList(),
            prefixes.Where(p => !SettingRules.IsLocalOnly(Key(p.TrimEnd('_')))).ToList());
    }

    /// <summary>The configuration key of an app setting name: <c>Smtp__Host</c> is <c>Smtp:Host</c>.</summary>
    public static string Key(string settingName) => settingName.Replace("__", ":", StringComparison.Ordinal);

    /// <summary>Every queue the code uses: the architecture's alert queues and the defaults of options properties named *Queue.</summary>
    public static IReadOnlySet<string> QueuesTheCodeUses()
    {
        var queues = new HashSet<string>(ArchitectureQueues, StringComparer.Ordinal);
        foreach (var type in All().Where(t => t.GetConstructor(Type.EmptyTypes) is not null))
        {
            var instance = Activator.CreateInstance(type);
            foreach (var property in type.GetProperties().Where(p => p.Name.EndsWith("Queue", StringComparison.Ordinal) && p.PropertyType == typeof(string)))
            {
                if (property.GetValue(instance) is string { Length: > 0 } queue)
                {
                    queues.Add(queue);
                }
            }
        }

        return queues;
    }

    private static void Collect(Type type, string prefix, List<string> names, List<string> prefixes, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var name = $"{prefix}__{property.Name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsScalar(propertyType))
            {
                if (property.SetMethod?.IsPublic == true)
                {
                    names.Add(name);
                }
            }
            else if (typeof(IEnumerable).IsAssignableFrom(propertyType))
            {
                prefixes.Add(name + "__");
            }
            else if (depth < 4)
            {
                Collect(propertyType, name, names, prefixes, depth + 1);
            }
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Uri)
        || type == typeof(TimeSpan) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Guid)
        || type == typeof(TimeOnly) || type == typeof(DateOnly);

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }
}
