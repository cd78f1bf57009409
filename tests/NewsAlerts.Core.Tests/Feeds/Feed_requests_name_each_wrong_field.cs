namespace NewsAlerts.Core.Tests.Feeds;

using System.Text.Json;
using NewsAlerts.Core.Feeds;

public sealed class Feed_requests_name_each_wrong_field
{
    private static readonly TimeSpan Floor = TimeSpan.FromMinutes(1);

    [Fact]
    public void A_full_request_is_read_with_its_settings()
    {
        var parsed = Parse("""{"url":"https://example.com/feed.xml","pollIntervalMinutes":10,"urgency":3,"language":"EN","source":"Example News","subjects":{"World":"medtop:16000000"}}""");

        Assert.True(parsed.IsValid);
        var feed = parsed.Value!.Register("f1", DateTimeOffset.UnixEpoch);
        Assert.Equal(new Uri("https://example.com/feed.xml"), feed.Url);
        Assert.Equal(TimeSpan.FromMinutes(10), feed.Interval);
        Assert.Equal(3, feed.Urgency);
        Assert.Equal("en", feed.Language);
        Assert.Equal("Example News", feed.SourceName);
        Assert.Equal("medtop:16000000", feed.Subjects["world"]);
        Assert.False(feed.Paused);
    }

    [Fact]
    public void A_url_alone_takes_the_defaults()
    {
        var feed = Parse("""{"url":"http://example.com/rss"}""").Value!.Register("f1", DateTimeOffset.UnixEpoch);

        Assert.Equal(TimeSpan.FromMinutes(5), feed.Interval);
        Assert.Equal(FeedChanges.DefaultUrgency, feed.Urgency);
        Assert.Empty(feed.Subjects);
    }

    [Theory]
    [InlineData("""{}""", "url")]
    [InlineData("""{"url":"ftp://example.com/feed"}""", "url")]
    [InlineData("""{"url":"feed.xml"}""", "url")]
    [InlineData("""{"url":"https://example.com/","pollIntervalMinutes":0}""", "pollIntervalMinutes")]
    [InlineData("""{"url":"https://example.com/","pollIntervalMinutes":1441}""", "pollIntervalMinutes")]
    [InlineData("""{"url":"https://example.com/","urgency":10}""", "urgency")]
    [InlineData("""{"url":"https://example.com/","language":"english!"}""", "language")]
    [InlineData("""{"url":"https://example.com/","subjects":["World"]}""", "subjects")]
    [InlineData("""{"url":"https://example.com/","subjects":{"World":3}}""", "subjects.World")]
    [InlineData("""{"url":"https://example.com/","subjects":{"World":"a","world":"b"}}""", "subjects.world")]
    [InlineData("""{"url":"https://example.com/","paused":true}""", "paused")]
    [InlineData("""{"url":"https://example.com/","interval":5}""", "interval")]
    public void Adding_names_the_wrong_field(string json, string field)
    {
        var parsed = Parse(json);

        Assert.False(parsed.IsValid);
        Assert.Contains(parsed.Errors, e => e.Field == field);
    }

    [Fact]
    public void An_interval_below_the_floor_is_refused_naming_the_floor()
    {
        var parsed = FeedRequestParser.Parse(Json("""{"url":"https://example.com/","pollIntervalMinutes":2}"""), adding: true, TimeSpan.FromMinutes(3));

        var error = Assert.Single(parsed.Errors);
        Assert.Equal("pollIntervalMinutes", error.Field);
        Assert.Contains("from 3 to 1440", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_pauses_and_keeps_what_was_not_sent()
    {
        var feed = Parse("""{"url":"https://example.com/","urgency":2,"source":"A"}""").Value!.Register("f1", DateTimeOffset.UnixEpoch);

        var changes = FeedRequestParser.Parse(Json("""{"paused":true,"pollIntervalMinutes":15}"""), adding: false, Floor);
        var changed = changes.Value!.ApplyTo(feed, DateTimeOffset.UnixEpoch.AddDays(1));

        Assert.True(changed.Paused);
        Assert.Equal(TimeSpan.FromMinutes(15), changed.Interval);
        Assert.Equal(2, changed.Urgency);
        Assert.Equal("A", changed.SourceName);
        Assert.Equal(feed.Url, changed.Url);
        Assert.Equal((DateTimeOffset?)DateTimeOffset.UnixEpoch.AddDays(1), changed.PausedAt);
        Assert.Null(changed.PausedBy);
    }

    [Fact]
    public void A_pause_names_who_paused_and_a_resume_clears_it_and_records_when()
    {
        var feed = Parse("""{"url":"https://example.com/"}""").Value!.Register("f1", DateTimeOffset.UnixEpoch);
        var at = DateTimeOffset.UnixEpoch.AddDays(1);

        var paused = FeedRequestParser.Parse(Json("""{"paused":true,"pausedBy":" dev --no-demo "}"""), adding: false, Floor).Value!.ApplyTo(feed, at);
        var resumed = FeedRequestParser.Parse(Json("""{"paused":false}"""), adding: false, Floor).Value!.ApplyTo(paused, at.AddHours(1));
        var editorsPause = FeedRequestParser.Parse(Json("""{"paused":true}"""), adding: false, Floor).Value!.ApplyTo(paused, at.AddHours(2));

        Assert.Equal((true, "dev --no-demo", (DateTimeOffset?)at), (paused.Paused, paused.PausedBy, paused.PausedAt));
        Assert.Equal((false, (string?)null, (DateTimeOffset?)null, (DateTimeOffset?)at.AddHours(1)), (resumed.Paused, resumed.PausedBy, resumed.PausedAt, resumed.ResumedAt));
        Assert.Equal((true, (string?)null), (editorsPause.Paused, editorsPause.PausedBy));
    }

    [Theory]
    [InlineData("""{"pausedBy":"dev"}""")]
    [InlineData("""{"paused":false,"pausedBy":"dev"}""")]
    [InlineData("""{"paused":true,"pausedBy":7}""")]
    [InlineData("""{"paused":true,"pausedBy":"a\u0000b"}""")]
    public void A_pausedBy_without_a_pause_or_not_text_is_refused_naming_it(string json) =>
        Assert.Contains(FeedRequestParser.Parse(Json(json), adding: false, Floor).Errors, e => e.Field == "pausedBy");

    [Fact]
    public void A_pausedBy_longer_than_100_characters_is_refused() =>
        Assert.Contains(FeedRequestParser.Parse(Json($$"""{"paused":true,"pausedBy":"{{new string('x', 101)}}"}"""), adding: false, Floor).Errors, e => e.Field == "pausedBy");

    [Theory]
    [InlineData("""{"url":"https://example.com/other"}""", "url")]
    [InlineData("""{"paused":"yes"}""", "paused")]
    [InlineData("""[]""", "$")]
    public void Changing_names_the_wrong_field(string json, string field)
    {
        var parsed = FeedRequestParser.Parse(Json(json), adding: false, Floor);

        Assert.Contains(parsed.Errors, e => e.Field == field);
    }

    [Fact]
    public void An_editor_acknowledges_a_flood_with_true_only_on_a_change()
    {
        var at = new DateTimeOffset(2026, 12, 3, 23, 0, 0, TimeSpan.Zero);
        var feed = Parse("""{"url":"https://example.com/rss"}""").Value!.Register("f1", DateTimeOffset.UnixEpoch);

        var acknowledged = FeedRequestParser.Parse(Json("""{"floodAcknowledged":true}"""), adding: false, Floor).Value!.ApplyTo(feed, at);
        var later = FeedRequestParser.Parse(Json("""{"urgency":3}"""), adding: false, Floor).Value!.ApplyTo(acknowledged, at.AddHours(1));

        Assert.Equal(at, acknowledged.FloodAcknowledgedAt);
        Assert.Equal(at, later.FloodAcknowledgedAt);
        Assert.Equal("floodAcknowledged", Assert.Single(FeedRequestParser.Parse(Json("""{"floodAcknowledged":false}"""), adding: false, Floor).Errors).Field);
        Assert.Contains(Parse("""{"url":"https://example.com/rss","floodAcknowledged":true}""").Errors, e => e.Field == "floodAcknowledged");
    }

    private static NewsAlerts.Core.Validation.Validated<FeedChanges> Parse(string json) => FeedRequestParser.Parse(Json(json), adding: true, Floor);

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
