namespace NewsAlerts.Core.History;

/// <summary>What kind of message brought a story to a subscriber.</summary>
public enum ReceivedKind
{
    /// <summary>An alert about one story.</summary>
    Alert,

    /// <summary>A follow-up: the story was withdrawn or corrected.</summary>
    FollowUp,

    /// <summary>One story of a digest.</summary>
    Digest,
}
