namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using System.Text.Json;
using NewsAlerts.Testing;

/// <summary>
/// Trial s43 #7: <c>{"uri":"urn:x","headline":"A","headline":"B","urgency":"abc","extra":true}</c> was answered only
/// <c>headline: is given twice</c>, and a sign-up with <c>email</c> twice only that, although the README promises every
/// wrong field in one answer. Every JSON route (the table of <see cref="Every_api_body_refuses_an_unknown_member"/>)
/// now names the key given twice and the other wrong fields of the same body together.
/// </summary>
public sealed class A_key_given_twice_hides_no_other_wrong_field(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    // The route's sample body (which has the unknown member zzUnknown) with its first member given again in front.
    [Theory]
    [MemberData(nameof(Every_api_body_refuses_an_unknown_member.JsonRoutes), MemberType = typeof(Every_api_body_refuses_an_unknown_member))]
    public async Task Every_json_route_names_the_key_given_twice_and_the_unknown_member(string route)
    {
        var (path, sample) = Every_api_body_refuses_an_unknown_member.Routes[route];
        var first = JsonDocument.Parse(sample).RootElement.EnumerateObject().First();
        var body = "{" + JsonSerializer.Serialize(first.Name) + ":" + first.Value.GetRawText() + "," + sample.TrimStart()[1..];

        var errors = await ErrorsAsync(route[..route.IndexOf(' ', StringComparison.Ordinal)], Every_api_body_refuses_an_unknown_member.Authorised(path!, host.Services), body);

        Assert.Contains("is given twice; give each field once", errors[first.Name]);
        Assert.Contains(errors["zzUnknown"], r => r.Contains("is not", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("POST", "api/articles?dryRun=true&code=" + TestFunctionHost.DefaultKey,
        """{"uri":"urn:trial:paste-1","headline":"A","headline":"B","urgency":"abc","extra":true}""", "headline", "urgency extra")]
    [InlineData("POST", "api/subscribers",
        """{"email":"x@example.com","email":"y@example.com","timeZone":"Nowhere","topics":"x","colour":1}""", "email", "timeZone topics colour")]
    [InlineData("PATCH", "api/subscribers/x?token=t",
        """{"timeZone":"UTC","timeZone":"Nowhere","smsMaxUrgency":99,"preferences":{"caps":{"email":1,"email":2},"zz":1}}""", "timeZone preferences.caps.email", "smsMaxUrgency preferences.zz")]
    public async Task The_trials_bodies_name_every_wrong_field_at_once(string method, string path, string body, string twice, string others)
    {
        var errors = await ErrorsAsync(method, Every_api_body_refuses_an_unknown_member.Authorised(path, host.Services), body);

        Assert.All(twice.Split(' '), field => Assert.Contains("is given twice; give each field once", errors.GetValueOrDefault(field) ?? []));
        Assert.All(others.Split(' '), field => Assert.True(errors.ContainsKey(field), $"{field} is named: {string.Join("; ", errors.Keys)}"));
    }

    private async Task<Dictionary<string, List<string>>> ErrorsAsync(string method, string path, string body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = Api.Json(body) };
        request.Headers.Add("X-Forwarded-For", $"2001:db8:{Random.Shared.Next(1, 0xffff):x}:{Random.Shared.Next(1, 0xffff):x}::1");
        using var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateObject()
            .ToDictionary(e => e.Name, e => e.Value.EnumerateArray().Select(r => r.GetString()!).ToList(), StringComparer.Ordinal);
    }
}
