namespace NewsAlerts.Cli.Tests.HostileInput;

using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;
using NewsAlerts.Functions;
using NewsAlerts.Functions.Http;
using NewsAlerts.Functions.Pages;

/// <summary>
/// In Azure the Functions host tries routes in registration order, so <see cref="RouteNotFoundFunction"/> may only
/// match paths no real function can: its constraint must exclude the segment after <c>api/</c> of every real API route.
/// </summary>
public sealed class The_not_found_route_never_competes_with_a_real_function
{
    [Fact]
    public void Every_real_api_route_continues_with_a_literal_segment_the_not_found_route_excludes()
    {
        var served = RouteNotFoundFunction.ServedFirstSegments.Split('|').ToHashSet(StringComparer.OrdinalIgnoreCase);
        var servedAtRoot = PageNotFoundFunction.ServedRootSegments.Split('|').ToHashSet(StringComparer.OrdinalIgnoreCase);
        var routes = typeof(FunctionAppServices).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is { Name: not ("RouteNotFound" or "PageNotFound") })
            .SelectMany(m => m.GetParameters())
            .Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()?.Route)
            .OfType<string>()
            .ToList();

        Assert.NotEmpty(routes);
        Assert.Contains(HomePageFunction.Route, routes);
        foreach (var route in routes.Where(r => r != HomePageFunction.Route))
        {
            var segments = route.Split('/');
            Assert.False(segments[0].Contains('{', StringComparison.Ordinal), $"route '{route}' starts with a parameter");
            Assert.Contains(segments[0], servedAtRoot);
            if (segments[0] == "api")
            {
                Assert.False(segments[1].Contains('{', StringComparison.Ordinal), $"route '{route}' continues with a parameter");
                Assert.Contains(segments[1], served);
            }
        }
    }

    [Theory]
    [InlineData("no-such-thing", true)]
    [InlineData("subscriber", true)]
    [InlineData("subscribers", false)]
    [InlineData("SUBSCRIBERS", false)]
    [InlineData("a", false)]
    [InlineData("health", false)]
    [InlineData("twilio", false)]
    public void The_constraint_matches_only_segments_no_function_serves(string segment, bool matches)
    {
        var pattern = Regex.Match(RouteNotFoundFunction.Route, @"regex\((.*)\)\}/").Groups[1].Value;

        // As ASP.NET Core's regex route constraint evaluates it.
        Assert.Equal(matches, Regex.IsMatch(segment, pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase));
    }

    [Theory]
    [InlineData("nope", true)]
    [InlineData("signups", true)]
    [InlineData("signup", false)]
    [InlineData("Manage", false)]
    [InlineData("api", false)]
    [InlineData("assets", false)]
    [InlineData("admin", false)]
    [InlineData("runtime", false)]
    public void The_page_constraint_leaves_real_pages_the_api_and_the_hosts_own_routes_alone(string segment, bool matches)
    {
        var pattern = Regex.Match(PageNotFoundFunction.Route, @"regex\((.*)\)\}/").Groups[1].Value;

        Assert.Equal(matches, Regex.IsMatch(segment, pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase));
    }
}
