namespace NewsAlerts.Channels.Tests.Support;

using NewsAlerts.Core.Delivery;

/// <summary>Sample alerts for tests.</summary>
public static class Alerts
{
    public static AlertContent Content(string headline = "Ceasefire agreed in Syria after talks in Geneva", int urgency = 2) => new(
        ArticleId: "urn:newsalerts:article:1",
        ArticleVersion: "1",
        Headline: headline,
        Summary: "Negotiators agreed a truce late on Friday.",
        Url: new Uri("https://news.example/articles/1"),
        Source: "The Example Times",
        Urgency: urgency,
        PublishedAt: new DateTimeOffset(2026, 11, 27, 18, 30, 0, TimeSpan.Zero));

    public static EmailAlertRequest Email(string to, AlertContent? content = null, string? key = null) => new(
        SubscriberId: "sub-1",
        ToAddress: to,
        Content: content ?? Content(),
        MatchReason: "topic \"ceasefire\" matched \"truce\" in the summary",
        ManageUrl: new Uri("https://alerts.example/manage?token=m.sig"),
        UnsubscribeUrl: new Uri("https://alerts.example/unsubscribe?token=abc.def"),
        IdempotencyKey: key ?? $"art1-v1-{Guid.NewGuid():N}-email");

    public static SmsAlertRequest Sms(string to, AlertContent? content = null, bool first = false, Uri? callback = null) => new(
        SubscriberId: "sub-1",
        ToNumber: to,
        Content: content ?? Content(),
        MatchReason: "ceasefire",
        Link: new Uri("https://nws.example/a1"),
        StatusCallback: callback,
        IsFirstMessage: first);

    /// <summary>A unique address at example.test, so parallel tests can find their own messages.</summary>
    public static string UniqueAddress() => $"reader-{Guid.NewGuid():N}@example.test";
}
