namespace NewsAlerts.Integration.Tests.Subscribers;

using System.Net;
using global::Azure.Data.Tables;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Testing;

/// <summary>The default <c>RateLimits</c>, through the local host, counted at the SMS sink.</summary>
public sealed class Rate_limits_stop_sms_pumping_across_hosts(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Thirty_numbers_then_ten_sign_ups_to_one_from_one_client_send_ten_codes_and_store_ten_sign_ups()
    {
        using var sink = new SmsSinkInbox(fixture.Stack.SmsSink);
        var numbers = Enumerable.Range(0, 30).Select(_ => TestPhones.NewValid()).ToList();
        var single = TestPhones.NewValid();
        var before = await CountsAsync(sink, [.. numbers, single]);
        var answers = new List<HttpResponseMessage>();
        foreach (var phone in numbers.Concat(Enumerable.Repeat(single, 10)))
        {
            answers.Add(await Api.PostJsonAsync(host.Client, "api/subscribers", new { phone, timeZone = "UTC", topics = new[] { "Syria" } }));
        }

        var after = await CountsAsync(sink, [.. numbers, single]);
        var toSingle = after[single] - before[single];
        var total = after.Values.Sum() - before.Values.Sum();

        Assert.True(toSingle <= 3, $"{toSingle} codes to the single number");
        Assert.Equal(10, total);
        Assert.Equal(10, answers.Count(a => a.StatusCode == HttpStatusCode.Accepted));
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Accepted))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.InRange(refused.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 3600);
            Assert.Equal("client", (await Api.BodyAsync(refused)).GetProperty("limit").GetString());
        }

        var stored = 0;
        await foreach (var _ in new TableServiceClient(fixture.Stack.StorageConnectionString).GetTableClient(host.TablePrefix + "signups").QueryAsync<TableEntity>(select: ["PartitionKey"]))
        {
            stored++;
        }

        Assert.Equal(10, stored);
        answers.ForEach(a => a.Dispose());
    }

    [Fact]
    public async Task Two_hosts_sharing_storage_send_one_number_three_codes_between_them()
    {
        await using var other = await TestFunctionHost.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?> { ["Storage:TablePrefix"] = host.TablePrefix });
        var phone = TestPhones.NewValid();
        using var sink = new SmsSinkInbox(fixture.Stack.SmsSink);
        var before = (await sink.MessagesToAsync(phone, CancellationToken.None)).Count;

        // Three at once on each host: the counter's conditional writes let exactly three through. Each with its own address,
        // so none repeats another's waiting sign-up (a repeat sends nothing and is not counted: SignUpRepeats).
        var tag = Guid.NewGuid().ToString("N")[..10];
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            using var response = await Api.PostJsonAsync(
                (i % 2 == 0 ? host : other).Client, "api/subscribers", new { email = $"pump-{i}-{tag}@example.com", phone, timeZone = "UTC", topics = new[] { "Syria" } });
            return response.StatusCode;
        }));

        Assert.Equal(3, answers.Count(a => a == HttpStatusCode.Accepted));
        Assert.Equal(3, answers.Count(a => a == HttpStatusCode.TooManyRequests));
        Assert.Equal(3, (await sink.MessagesToAsync(phone, CancellationToken.None)).Count - before);
    }

    // The sink keeps every text of the test run: counts are taken before and after, per number.
    private static async Task<Dictionary<string, int>> CountsAsync(SmsSinkInbox sink, IReadOnlyList<string> numbers)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var number in numbers.Distinct())
        {
            counts[number] = (await sink.MessagesToAsync(number, CancellationToken.None)).Count;
        }

        return counts;
    }
}
