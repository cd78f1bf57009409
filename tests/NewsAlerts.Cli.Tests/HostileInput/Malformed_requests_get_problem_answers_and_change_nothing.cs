namespace NewsAlerts.Cli.Tests.HostileInput;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsCheck;
using NewsAlerts.Cli.Tests.LocalHost;
using NewsAlerts.Testing;

/// <summary>
/// Every HTTP function in the published functions.metadata, sent a generated corpus of hostile requests through the
/// local host, answers each with a 4xx problem+json (or its own success), never a 5xx, and stores nothing.
/// <c>NEWSALERTS_HTTP_FUZZ_CASES</c> sets the number of requests (default 400).
/// </summary>
public sealed class Malformed_requests_get_problem_answers_and_change_nothing(StackFixture fixture, PublishedFunctionApp published)
    : IClassFixture<StackFixture>, IClassFixture<PublishedFunctionApp>, IAsyncLifetime
{
    private TestHost host = null!;

    // Limits high enough that every generated request reaches its function's own reading and validation instead of
    // stopping at the rate limits' 429 (the limits have their own tests).
    public async Task InitializeAsync() => host = await TestHost.StartAsync(fixture.Stack, new Dictionary<string, string?>
    {
        ["RateLimits:SignUpsPerClient"] = "10000",
        ["RateLimits:ConfirmAttemptsPerClient"] = "10000",
        ["RateLimits:ConfirmationsPerContact"] = "100",
        ["RateLimits:CodesPerNumberPrefix"] = "10000",
        ["RateLimits:ConfirmationSmsPerDay"] = "1000000",
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Every_http_function_answers_the_generated_corpus_without_a_5xx_and_stores_nothing()
    {
        var functions = PublishedHttpFunction.ReadAll(Path.Combine(published.Folder, "functions.metadata"));
        Assert.Contains(functions, f => f.Name == "CreateSubscriber");
        var knownId = await SignUpOneAsync();
        var before = await TableContents.ReadAsync(fixture.Stack.StorageConnectionString, host.TablePrefix);
        var cases = int.TryParse(Environment.GetEnvironmentVariable("NEWSALERTS_HTTP_FUZZ_CASES"), out var n) ? n : 400;
        foreach (var function in functions)
        {
            // A resend to a real sign-up is a well-formed request (it takes no body) whose effect is a new link: it gets
            // odd ids only. Every other function also gets the real sign-up's id.
            var id = function.Name == "ResendConfirmations" ? "sample" : knownId;
            await MalformedRequests.To([function], id).SampleAsync(AssertAnsweredAsync, iter: Math.Max(10, cases / functions.Count), threads: 1, print: r => r.ToString());
        }

        var after = await TableContents.ReadAsync(fixture.Stack.StorageConnectionString, host.TablePrefix);
        Assert.Equal(before, after);
    }

    private async Task AssertAnsweredAsync(MalformedRequest request)
    {
        using var message = request.ToMessage(TestHost.MasterKey);
        using var response = await host.Client.SendAsync(message);
        var status = (int)response.StatusCode;
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        Assert.True(status < 500, $"{status} for {request}");
        Assert.True(status != 429, $"429 for {request}: the case stopped at a rate limit and tested nothing");
        if (status >= 400)
        {
            // The pages people reach from links answer a bad link with an HTML page; everything else with problem+json.
            var page = mediaType == "text/html" && request.Method == "GET";
            Assert.True(page || mediaType == "application/problem+json", $"{status} {mediaType} for {request}");
            if (!page && request.Method != "HEAD")
            {
                using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
            }
        }
    }

    [Theory]
    [InlineData("api/subscribers", """{"email":"x@example.com","timeZone":"UTC","topics":["h\ud800"]}""", "topics[0]")]
    [InlineData("api/subscribers", """{"email":"x@example.com","timeZone":"UTC","topics":[{"text":"\udc00\ud800"}]}""", "topics[0].text")]
    [InlineData("api/articles?code=test-master-key", """{"headline":"\ud83d","body_text":"x"}""", "headline")]
    // Found by the corpus: the duplicate-key check decodes names while parsing, so a lone surrogate in a key threw there.
    [InlineData("api/sign-ups/x/confirm-email", """{"\udfff":1,"topics":["Syria"]}""", "$")]
    public async Task A_lone_surrogate_is_a_400_naming_the_field(string path, string json, string field)
    {
        using var response = await PostAsync(path, Encoding.UTF8.GetBytes(json));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_are_a_400_naming_the_body_or_the_field()
    {
        byte[] body = [.. """{"email":"x@example.com","timeZone":"UTC","topics":["h"""u8, 0xFF, 0xFE, .. "\"]}"u8];
        using var response = await PostAsync("api/subscribers", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var fields = problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.True(fields.Contains("$") || fields.Contains("topics[0]"), string.Join(", ", fields));
    }

    [Fact]
    public async Task A_utf8_byte_order_mark_before_valid_json_is_accepted()
    {
        var json = $$"""{"email":"bom-{{Guid.NewGuid():N}}@example.com","timeZone":"UTC","topics":["Syria"]}""";
        using var response = await PostAsync("api/subscribers", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)]);

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task A_key_given_twice_is_a_400()
    {
        using var response = await PostAsync("api/subscribers", """{"email":"a@example.com","timeZone":"UTC","email":"b@example.com","topics":["Syria"]}"""u8.ToArray());

        // Trial r34 #5: the key is named, with why, rather than "$" and .NET's text.
        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "email");
        Assert.Contains("is given twice; give each field once", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "api/no-such-thing")]
    [InlineData("POST", "api/no/such/thing")]
    [InlineData("GET", "api/subscribers/x/y/z")]
    [InlineData("GET", "not-under-the-prefix")]
    public async Task Unknown_routes_answer_404_problem_json(string method, string path)
    {
        using var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "$");
    }

    [Theory]
    [InlineData("DELETE", "api/health", "GET")]
    [InlineData("GET", "api/subscribers", "POST")]
    [InlineData("PUT", "api/subscribers/some-id", "DELETE")]
    public async Task Wrong_methods_answer_405_problem_json_with_allow(string method, string path, string allowed)
    {
        using var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed, "$");
        Assert.Contains(allowed, response.Content.Headers.Allow);
    }

    private async Task<HttpResponseMessage> PostAsync(string path, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return await host.Client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), text);
    }

    // A real subscriber, so the corpus also aims at an id that exists (with tokens that are not its own).
    private async Task<string> SignUpOneAsync()
    {
        using var response = await host.Client.PostAsJsonAsync("api/subscribers", new
        {
            email = $"fuzz-{Guid.NewGuid():N}@example.com",
            timeZone = "UTC",
            topics = new[] { "Syria" },
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.TryGetProperty("subscriber", out var subscriber) && subscriber.TryGetProperty("id", out var id)
            ? id.GetString()!
            : body.RootElement.TryGetProperty("signUpId", out var signUp) ? signUp.GetString()! : "sample";
    }
}
