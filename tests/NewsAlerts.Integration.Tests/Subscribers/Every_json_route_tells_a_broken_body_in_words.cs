namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NewsAlerts.Testing;

/// <summary>
/// Trial r41 #16: <c>POST /api/subscribers</c> with the bytes <c>FF FE {}</c> answered
/// <c>$: not valid JSON ('0xFF' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 0.)</c>, and 40
/// levels of nesting "The maximum configured depth of 32 has been exceeded. Cannot read next JSON array. LineNumber: 0 |
/// BytePositionInLine: 32." A corpus of broken bodies is sent to every API route that reads JSON (the table of
/// <see cref="Every_api_body_refuses_an_unknown_member"/>, which the Function App's own routes keep whole): each is a
/// 400 problem+json naming <c>$</c> in words, with none of the parser's position fields, wording or type names.
/// </summary>
public sealed class Every_json_route_tells_a_broken_body_in_words(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly string[] ParserWords =
        ["LineNumber", "BytePositionInLine", "Path:", "System.", "0xFF", "JsonException", "maximum configured depth", "is an invalid", "Cannot read"];

    private static readonly Dictionary<string, byte[]> Corpus = new(StringComparer.Ordinal)
    {
        ["UTF-16 byte-order mark"] = [0xFF, 0xFE, (byte)'{', (byte)'}'],
        ["a byte that is not UTF-8"] = [(byte)'{', (byte)'"', (byte)'a', (byte)'"', (byte)':', 0xC3, (byte)'}'],
        ["lists 40 deep"] = Encoding.UTF8.GetBytes(new string('[', 40) + new string(']', 40)),
        ["objects 40 deep"] = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 40)) + "1" + new string('}', 40)),
        ["a trailing comma"] = Encoding.UTF8.GetBytes("{\"a\": 1,}"),
        ["single quotes"] = Encoding.UTF8.GetBytes("{'a': 1}"),
        ["a missing value"] = Encoding.UTF8.GetBytes("{\"a\": }"),
        ["text after the value"] = Encoding.UTF8.GetBytes("{} {}"),
        ["an unclosed object"] = Encoding.UTF8.GetBytes("{\"a\": 1"),
        ["a bad escape"] = Encoding.UTF8.GetBytes("{\"a\": \"\\q\"}"),
        ["a misspelt literal"] = Encoding.UTF8.GetBytes("{\"a\": tru}"),
        ["a comment"] = Encoding.UTF8.GetBytes("/* x */ {}"),
        ["a no-break space before the value"] = Encoding.UTF8.GetBytes("\u00a0{}"),
    };

    private TestFunctionHost host = null!;

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var route in Every_api_body_refuses_an_unknown_member.Routes.Where(r => r.Value.Path is not null).Select(r => r.Key))
        {
            foreach (var body in Corpus.Keys)
            {
                cases.Add(route, body);
            }
        }

        return cases;
    }

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_broken_body_is_named_as_the_whole_in_words(string route, string body)
    {
        var path = Every_api_body_refuses_an_unknown_member.Routes[route].Path!;
        var content = new ByteArrayContent(Corpus[body]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(new HttpMethod(route[..route.IndexOf(' ', StringComparison.Ordinal)]), Every_api_body_refuses_an_unknown_member.Authorised(path, host.Services))
        {
            Content = content,
        };
        request.Headers.Add("X-Forwarded-For", $"2001:db8:{Random.Shared.Next(1, 0xffff):x}:{Random.Shared.Next(1, 0xffff):x}::1");
        using var response = await host.Client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{route}, {body}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var reason = JsonDocument.Parse(text).RootElement.GetProperty("errors").GetProperty("$")[0].GetString()!;
        Assert.StartsWith("not valid JSON", reason, StringComparison.Ordinal);
        Assert.All(ParserWords, word => Assert.DoesNotContain(word, text, StringComparison.Ordinal));
    }

    // Trial s43 #2: a sign-up's "{bad" was told `expected a field name in double quotes ("headline")`, an article's field.
    // Each route's example is a field of its own body (the table's sample body), or there is none.
    [Theory]
    [MemberData(nameof(Every_api_body_refuses_an_unknown_member.JsonRoutes), MemberType = typeof(Every_api_body_refuses_an_unknown_member))]
    public async Task A_field_name_expected_is_shown_with_an_example_of_the_routes_own_body(string route)
    {
        var (path, sample) = Every_api_body_refuses_an_unknown_member.Routes[route];
        var content = new ByteArrayContent("{bad"u8.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(new HttpMethod(route[..route.IndexOf(' ', StringComparison.Ordinal)]), Every_api_body_refuses_an_unknown_member.Authorised(path!, host.Services))
        {
            Content = content,
        };
        request.Headers.Add("X-Forwarded-For", $"2001:db8:{Random.Shared.Next(1, 0xffff):x}:{Random.Shared.Next(1, 0xffff):x}::1");
        using var response = await host.Client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{route}: {(int)response.StatusCode} {text}");
        var reason = JsonDocument.Parse(text).RootElement.GetProperty("errors").GetProperty("$")[0].GetString()!;
        Assert.StartsWith("not valid JSON at line 1, column 2: expected a field name in double quotes", reason, StringComparison.Ordinal);
        var example = System.Text.RegularExpressions.Regex.Match(reason, "\\(\"([^\"]+)\"\\)$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        var fields = JsonDocument.Parse(sample).RootElement.EnumerateObject().Select(m => m.Name).Where(n => n != "zzUnknown")
            .Concat(await DocumentedFieldsAsync(route)).ToList();
        Assert.True(!example.Success || fields.Contains(example.Groups[1].Value), $"{route}: the example in '{reason}' is not one of its fields ({string.Join(", ", fields)})");
    }

    [Fact]
    public async Task The_trials_bodies_get_the_words_it_asked_for()
    {
        Assert.Equal(
            "not valid JSON: the text is not valid Unicode text (bytes that are not UTF-8, or a lone surrogate); send JSON encoded as UTF-8",
            await ReasonAsync(Corpus["UTF-16 byte-order mark"]));
        Assert.Equal(
            "not valid JSON at line 1, column 33: objects and lists are nested deeper than the 32 levels allowed",
            await ReasonAsync(Corpus["lists 40 deep"]));
        Assert.Equal(
            "not valid JSON at line 1, column 2: expected a field name in double quotes (\"email\")",
            await ReasonAsync("{bad"u8.ToArray()));
    }

    // The members /api/openapi.json documents for the route's JSON body.
    private async Task<IReadOnlyList<string>> DocumentedFieldsAsync(string route)
    {
        var space = route.IndexOf(' ', StringComparison.Ordinal);
        var document = await Api.BodyAsync(await host.Client.GetAsync(new Uri("api/openapi.json", UriKind.Relative)));
        if (!document.GetProperty("paths").TryGetProperty("/" + route[(space + 1)..], out var item)
            || !item.TryGetProperty(route[..space].ToLowerInvariant(), out var operation)
            || !operation.TryGetProperty("requestBody", out var body)
            || !body.GetProperty("content").TryGetProperty("application/json", out var json)
            || !json.GetProperty("schema").TryGetProperty("$ref", out var reference))
        {
            return [];
        }

        var name = reference.GetString()![(reference.GetString()!.LastIndexOf('/') + 1)..];
        return document.GetProperty("components").GetProperty("schemas").GetProperty(name).TryGetProperty("properties", out var properties)
            ? [.. properties.EnumerateObject().Select(p => p.Name)]
            : [];
    }

    private async Task<string> ReasonAsync(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await host.Client.PostAsync(new Uri("api/subscribers", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await Api.BodyAsync(response)).GetProperty("errors").GetProperty("$")[0].GetString()!;
    }
}
