namespace NewsAlerts.Core.Articles;

/// <summary>How a plan reaches a subscriber, as an example shows it (<see cref="MatchSamples"/>), in the order examples are picked.</summary>
public enum SampleWay
{
    /// <summary>An email now.</summary>
    EmailNow,

    /// <summary>A text now.</summary>
    TextNow,

    /// <summary>A text when their quiet hours end.</summary>
    TextLater,

    /// <summary>An entry in their next email digest.</summary>
    Digest,
}
