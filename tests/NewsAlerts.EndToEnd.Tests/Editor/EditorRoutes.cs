namespace NewsAlerts.EndToEnd.Tests.Editor;

using System.Reflection;
using NewsAlerts.Functions.Editors;

/// <summary>
/// Every editor route of the Function App, read from its functions' HTTP triggers (so a new <c>/editor</c> page or action
/// is in the refusal tests without anyone adding it): each method and route under <c>editor</c> or <c>api/editor</c>,
/// with <c>{key}</c> filled in, except the sign-in doors (sign-in, the OpenID Connect callback <c>signed-in</c>, sign-out), which everyone may reach;
/// the callback refuses anything but a valid ID token of its own sign-in (<c>Editors_sign_in_with_Microsoft_in_the_browser</c>).
/// </summary>
public static class EditorRoutes
{
    /// <summary>The routes open to everyone.</summary>
    public static readonly IReadOnlyList<string> Doors = ["editor/sign-in", "editor/signed-in", "editor/sign-out"];

    /// <summary>Each (method, path) pair, <c>{key}</c> replaced by <paramref name="storyKey"/>.</summary>
    public static IReadOnlyList<(string Method, string Path)> All(string storyKey) =>
    [
        .. typeof(EditorGate).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .SelectMany(m => m.GetParameters())
            .SelectMany(p => p.GetCustomAttributesData())
            .Where(a => a.AttributeType.Name == "HttpTriggerAttribute")
            .SelectMany(a => Methods(a).Select(method => (Method: method.ToUpperInvariant(), Route: Route(a))))
            .Where(r => r.Route is not null && IsEditor(r.Route) && !Doors.Contains(r.Route))
            .Select(r => (r.Method, "/" + r.Route!.Replace("{key}", storyKey, StringComparison.Ordinal)))
            .Distinct()
            .OrderBy(r => r.Item2, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal),
    ];

    private static bool IsEditor(string route) =>
        route == "editor" || route.StartsWith("editor/", StringComparison.Ordinal) || route.StartsWith("api/editor/", StringComparison.Ordinal);

    private static string? Route(CustomAttributeData attribute) =>
        attribute.NamedArguments.FirstOrDefault(n => n.MemberName == "Route").TypedValue.Value as string;

    private static IEnumerable<string> Methods(CustomAttributeData attribute) =>
        attribute.ConstructorArguments
            .Where(a => a.ArgumentType == typeof(string[]))
            .SelectMany(a => (IEnumerable<CustomAttributeTypedArgument>)a.Value!)
            .Select(v => (string)v.Value!);
}
