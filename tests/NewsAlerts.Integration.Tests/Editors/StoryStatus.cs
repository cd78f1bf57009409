namespace NewsAlerts.Integration.Tests.Editors;

using System.Text.Json;

/// <summary>A story's delivery as its status JSON gives it (<c>GET /editor/stories/{key}/status</c>), for the console tests.</summary>
internal static class StoryStatus
{
    /// <summary>Messages the provider took (sent, or sent and reported delivered) on one channel, over every kind of message.</summary>
    public static int Handed(IEnumerable<JsonElement> rows, string channel) =>
        rows.Where(r => r.GetProperty("channel").GetString() == channel).Sum(r => r.GetProperty("sent").GetInt32() + r.GetProperty("delivered").GetInt32());

    /// <summary>Where the story's email digest entries stand (<c>digests</c>: waiting, inDigest, ...), read by an editor's <paramref name="browser"/>.</summary>
    public static async Task<JsonElement> DigestsAsync(HttpClient browser, string story)
    {
        using var status = JsonDocument.Parse(await browser.GetStringAsync(new Uri(story.TrimStart('/') + "/status", UriKind.Relative)));
        return status.RootElement.GetProperty("digests").Clone();
    }

    /// <summary>The story's rows by channel and kind (<c>channels</c>), read by an editor's <paramref name="browser"/>; <paramref name="story"/> is its page path.</summary>
    public static async Task<List<JsonElement>> RowsAsync(HttpClient browser, string story)
    {
        using var status = JsonDocument.Parse(await browser.GetStringAsync(new Uri(story.TrimStart('/') + "/status", UriKind.Relative)));
        return status.RootElement.GetProperty("channels").EnumerateArray().Select(c => c.Clone()).ToList();
    }
}
