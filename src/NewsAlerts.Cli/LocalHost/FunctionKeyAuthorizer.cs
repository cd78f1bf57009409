namespace NewsAlerts.Cli.LocalHost;

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

/// <summary>
/// Enforces authorization levels the way the Functions host does: anonymous functions are open; function-level ones
/// need the function's own key, the <c>default</c> key or the master key; admin-level ones need the master key.
/// The key comes in the <c>x-functions-key</c> header or the <c>code</c> query parameter.
/// </summary>
public sealed class FunctionKeyAuthorizer(IOptions<LocalHostOptions> options)
{
    /// <summary>The header a caller puts its key in.</summary>
    public const string KeyHeader = "x-functions-key";

    /// <summary>Whether the request may call the function.</summary>
    public bool IsAuthorized(LocalFunction function, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(request);
        var level = function.Http?.AuthorizationLevel ?? AuthorizationLevel.Admin;
        if (level == AuthorizationLevel.Anonymous)
        {
            return true;
        }

        var presented = PresentedKey(request);
        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var settings = options.Value;
        if (Matches(presented, settings.MasterKey))
        {
            return true;
        }

        return level == AuthorizationLevel.Function
            && (Matches(presented, settings.FunctionKeys.GetValueOrDefault(function.Name))
                || Matches(presented, settings.FunctionKeys.GetValueOrDefault("default")));
    }

    /// <summary>Whether <paramref name="key"/> opens the function-level function <paramref name="functionName"/> (its key, <c>default</c> or the master key).</summary>
    public bool Opens(string functionName, string key)
    {
        var settings = options.Value;
        return Matches(key, settings.MasterKey)
            || Matches(key, settings.FunctionKeys.GetValueOrDefault(functionName))
            || Matches(key, settings.FunctionKeys.GetValueOrDefault("default"));
    }

    private static string? PresentedKey(HttpRequest request) =>
        request.Headers.TryGetValue(KeyHeader, out var header) && !string.IsNullOrEmpty(header)
            ? header.ToString()
            : request.Query["code"].ToString();

    private static bool Matches(string presented, string? expected) =>
        !string.IsNullOrEmpty(expected)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
