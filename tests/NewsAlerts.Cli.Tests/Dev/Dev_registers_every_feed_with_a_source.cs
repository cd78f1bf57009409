namespace NewsAlerts.Cli.Tests.Dev;

using System.Text.Json;
using NewsAlerts.Cli.Dev;
using NewsAlerts.Core.Feeds;

/// <summary>
/// Trial r31: <c>GET /api/feeds</c> listed dev's two corpus feeds with <c>"source": null</c>. Every feed dev registers
/// names its publisher, and each body is one the API's parser takes as it is.
/// </summary>
public sealed class Dev_registers_every_feed_with_a_source
{
    [Fact]
    public void Each_registration_body_has_a_source_and_parses()
    {
        var registrations = FeedDemo.Registrations(path => new Uri(new Uri("http://127.0.0.1:7100/"), path));

        Assert.Equal(1 + FeedDemo.CorpusPaths.Count, registrations.Count);
        foreach (var (path, body) in registrations)
        {
            using var json = JsonDocument.Parse(JsonSerializer.Serialize(body));
            Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("source").GetString()), path);
            var parsed = FeedRequestParser.Parse(json.RootElement, adding: true, TimeSpan.FromMinutes(1));
            Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => $"{e.Field}: {e.Reason}")));
            Assert.Equal(json.RootElement.GetProperty("source").GetString(), parsed.Value!.SourceName);
        }
    }
}
