namespace NewsAlerts.Functions.Http;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using NewsAlerts.Core.SignUps;

/// <summary>
/// The one check of the ids in a route's path (<c>{id}</c>, <c>{signUpId}</c>, <c>{feedId}</c>), made
/// before any function runs (<see cref="HttpRequestGuard"/>): every id this app makes is base64url or Crockford base32
/// (<c>A-Z a-z 0-9 - _</c>), so a value with other characters (a control character, an escape of bytes that are not
/// UTF-8 such as <c>%FF%FE</c>, which stays undecoded), or longer than its kind, names nothing. It is answered 400
/// problem+json naming the path parameter, never echoed (trial r37 #9, #10: a bare 400, and <c>resend</c> reflecting
/// 5,000 characters). A request for a page (a browser opening a damaged link from a message) is left to the function,
/// which answers a page. A NUL (<c>%00</c>) never reaches the app: the web server refuses the request line first.
/// </summary>
public static class RouteIds
{
    /// <summary>The longest subscriber, feed or sign-up id, in characters (<see cref="SignUpIds.MaxLength"/>).</summary>
    public const int MaxLength = SignUpIds.MaxLength;

    // Each id parameter of a route and its longest value. {code} (short links) answers a person a page of its own, and
    // a story's {key} (editors only) is read by StoryKeys.IdOf, an unknown story on the page and its status.
    private static readonly Dictionary<string, int> Parameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = MaxLength,
        ["signUpId"] = MaxLength,
        ["feedId"] = MaxLength,
    };

    /// <summary>The id parameters checked, as route templates name them.</summary>
    public static IReadOnlyCollection<string> Names => Parameters.Keys;

    /// <summary>The reason a value of an id parameter is refused, or null when it has an id's form.</summary>
    /// <param name="parameter">The route parameter's name (<c>id</c>, <c>signUpId</c>, <c>feedId</c>).</param>
    /// <param name="value">The decoded path segment.</param>
    public static string? Fault(string parameter, string? value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        var max = Parameters.GetValueOrDefault(parameter, MaxLength);
        return value switch
        {
            null or { Length: 0 } => "is missing",
            { Length: var length } when length > max => $"is {length} characters long; an id has at most {max}",
            _ when !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') =>
                "is not an id: only the letters A-Z and a-z, the digits 0-9, '-' and '_' occur in one",
            _ => null,
        };
    }

    /// <summary>400 problem+json naming the first id parameter of <paramref name="routeValues"/> that is not an id, else null.</summary>
    public static IActionResult? Refusal(RouteValueDictionary routeValues)
    {
        ArgumentNullException.ThrowIfNull(routeValues);
        foreach (var (name, value) in routeValues)
        {
            if (Parameters.ContainsKey(name) && Fault(name, value?.ToString()) is { } reason)
            {
                return Problems.Field(StatusCodes.Status400BadRequest, "The request is not valid.", name, reason);
            }
        }

        return null;
    }
}
