namespace NewsAlerts.Core.Feeds.WebSub;

/// <summary>How the callback answers a hub's verification request.</summary>
public enum WebSubAnswer
{
    /// <summary>200 with the challenge as the body: we asked for this subscription.</summary>
    Confirm,

    /// <summary>200 without a body: a denial was recorded.</summary>
    Acknowledge,

    /// <summary>404: we did not ask for this (WebSub §5.3.1).</summary>
    Refuse,
}
