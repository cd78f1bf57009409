namespace NewsAlerts.Core.Articles;

using System.Text.Json.Serialization;

/// <summary>
/// How a plan reaches a subscriber, as an example shows it (<see cref="MatchSamples"/>), in the order examples are picked.
/// Written in JSON by name, camelCase as the console words it (<c>"emailNow"</c>, <c>"digest"</c>), never as a number
/// (trial s43 #3: <c>samples[].ways: [3]</c>).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<SampleWay>))]
public enum SampleWay
{
    /// <summary>An email now.</summary>
    [JsonStringEnumMemberName("emailNow")]
    EmailNow,

    /// <summary>A text now.</summary>
    [JsonStringEnumMemberName("textNow")]
    TextNow,

    /// <summary>A text when their quiet hours end.</summary>
    [JsonStringEnumMemberName("textLater")]
    TextLater,

    /// <summary>An entry in their next email digest.</summary>
    [JsonStringEnumMemberName("digest")]
    Digest,
}
