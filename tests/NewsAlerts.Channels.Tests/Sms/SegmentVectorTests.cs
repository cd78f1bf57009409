namespace NewsAlerts.Channels.Tests.Sms;

using System.Text.Json;
using NewsAlerts.Channels.Sms;
using NewsAlerts.Testing;

/// <summary>Segment counting against the vectors of Twilio's segment calculator (../shared/data/sms).</summary>
public sealed class SegmentVectorTests
{
    public static TheoryData<int> VectorIndexes() => new(Enumerable.Range(0, Vectors().Count));

    [Theory]
    [MemberData(nameof(VectorIndexes))]
    public void Encoding_segments_and_sizes_match_the_vector(int index)
    {
        var vector = Vectors()[index];
        var body = vector.GetProperty("body").GetString()!;
        var expected = vector.GetProperty("expected");

        var measure = GsmAlphabet.Measure(body);

        if (expected.TryGetProperty("encoding", out var encoding))
        {
            Assert.Equal(encoding.GetString() == "GSM-7" ? SmsEncoding.Gsm7 : SmsEncoding.Ucs2, measure.Encoding);
        }

        if (expected.TryGetProperty("segments", out var segments))
        {
            Assert.Equal(segments.GetInt32(), measure.Segments);
        }

        if (expected.TryGetProperty("messageSizeBits", out var bits))
        {
            Assert.Equal(bits.GetInt32(), measure.MessageSizeBits);
        }

        if (expected.TryGetProperty("totalSizeBits", out var total))
        {
            Assert.Equal(total.GetInt32(), measure.TotalSizeBits);
        }
    }

    [Fact]
    public void Every_pair_of_the_smart_encoding_table_is_transliterated()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.SharedData(), "sms", "sms-segment-vectors.json")));
        var pairs = document.RootElement.GetProperty("smartEncodingMap").EnumerateArray().ToList();

        Assert.Equal(271, pairs.Count);
        // Except spaces, which go as one space, not Twilio's two (French writes no-break ones before ":" in texts, sub16b;
        // review s41: thin, narrow, ideographic...) nor a tab's seven: whatever Twilio writes as spaces only is one space.
        Assert.All(pairs, pair => Assert.Equal(
            pair.GetProperty("to").GetString() is { Length: > 1 } to && to.All(c => c == ' ') ? " " : pair.GetProperty("to").GetString(),
            GsmTransliterator.Transliterate(pair.GetProperty("from").GetString()!)));
    }

    [Fact]
    public void Extension_characters_cost_two_septets()
    {
        Assert.Equal(new SmsMeasure(SmsEncoding.Gsm7, 160, 1), GsmAlphabet.Measure(new string('€', 80)));
        Assert.Equal(2, GsmAlphabet.Measure(new string('€', 80) + "a").Segments);
    }

    private static List<JsonElement> Vectors()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.SharedData(), "sms", "sms-segment-vectors.json")));
        return document.RootElement.GetProperty("vectors").EnumerateArray().Select(v => v.Clone()).ToList();
    }
}
