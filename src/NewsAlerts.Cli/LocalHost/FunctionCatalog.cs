namespace NewsAlerts.Cli.LocalHost;

using System.Reflection;
using Microsoft.Azure.Functions.Worker;

/// <summary>
/// The functions of one or more assemblies, discovered from their <c>[Function]</c> methods and trigger attributes,
/// so a new function needs no second registration to run locally.
/// </summary>
public sealed class FunctionCatalog
{
    private FunctionCatalog(IReadOnlyList<LocalFunction> functions, IReadOnlyList<string> skipped)
    {
        Functions = functions;
        Skipped = skipped;
    }

    /// <summary>Every function the local host can serve.</summary>
    public IReadOnlyList<LocalFunction> Functions { get; }

    /// <summary>Functions with triggers the local host does not serve, as "Name (trigger)" lines.</summary>
    public IReadOnlyList<string> Skipped { get; }

    /// <summary>Discovers the functions declared in the given assemblies.</summary>
    public static FunctionCatalog Discover(params Assembly[] assemblies)
    {
        var functions = new List<LocalFunction>();
        var skipped = new List<string>();
        var methods = assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly));
        foreach (var method in methods)
        {
            var attribute = method.GetCustomAttribute<FunctionAttribute>();
            if (attribute is null)
            {
                continue;
            }

            var function = Describe(attribute.Name, method);
            if (function.Http is null && function.Timer is null)
            {
                skipped.Add($"{attribute.Name} ({TriggerName(method)})");
                continue;
            }

            FunctionInvoker.EnsureParametersSupported(function);
            functions.Add(function);
        }

        var duplicate = functions.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two functions are named '{duplicate.Key}'; function names must be unique.");
        }

        return new FunctionCatalog(functions.OrderBy(f => f.Name, StringComparer.Ordinal).ToList(), skipped);
    }

    private static LocalFunction Describe(string name, MethodInfo method)
    {
        HttpTriggerBinding? http = null;
        TimerTriggerBinding? timer = null;
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.GetCustomAttribute<HttpTriggerAttribute>() is { } h)
            {
                var methods = (h.Methods ?? []).Select(m => m.ToUpperInvariant()).ToList();
                http = new HttpTriggerBinding(methods, (h.Route ?? name).Trim('/'), h.AuthLevel, parameter.Name!);
            }
            else if (parameter.GetCustomAttribute<TimerTriggerAttribute>() is { } t)
            {
                timer = new TimerTriggerBinding(t.Schedule, t.RunOnStartup, parameter.Name!);
            }
        }

        return new LocalFunction(name, method, http, timer);
    }

    private static string TriggerName(MethodInfo method) =>
        method.GetParameters()
            .SelectMany(p => p.GetCustomAttributes())
            .Select(a => a.GetType().Name)
            .FirstOrDefault(n => n.EndsWith("TriggerAttribute", StringComparison.Ordinal))
        ?? "no trigger";
}
