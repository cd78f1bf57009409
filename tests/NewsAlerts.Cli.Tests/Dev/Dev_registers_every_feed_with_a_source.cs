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
        var registrations = FeedDemo.Registrations(path => new Uri(new Uri("http://127.0.0.1:7100/"), path), FeedDemo.NewsroomPathOf("/data"));

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

    // The demo newsroom is its owner's (a data folder, a test host): one owner's sessions share it, others never publish over it.
    [Fact]
    public void The_demo_newsroom_path_is_the_same_for_one_owner_and_another_for_another()
    {
        Assert.Equal(FeedDemo.NewsroomPathOf("/home/a/.newsalerts"), FeedDemo.NewsroomPathOf("/home/a/.newsalerts"));
        Assert.NotEqual(FeedDemo.NewsroomPathOf("/home/a/.newsalerts"), FeedDemo.NewsroomPathOf("/home/b/.newsalerts"));
        Assert.Matches("^demo/[0-9a-f]{16}/newsroom.xml$", FeedDemo.NewsroomPathOf("/home/a/.newsalerts"));
    }
}
