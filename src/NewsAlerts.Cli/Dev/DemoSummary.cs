namespace NewsAlerts.Cli.Dev;

using System.Text.Json;

/// <summary>What the demo did: the article, its reach, why it matched, and what was delivered where.</summary>
/// <param name="ArticleId">The demo article's id (unique per run, so every run alerts again).</param>
/// <param name="Ingest">The ingest answer (decision, reach, sample explanations).</param>
/// <param name="EmailsDelivered">This run's alert emails (of its story, to anyone) that reached smtp4dev.</param>
/// <param name="SmsDelivered">This run's alert texts (of its story, to anyone) that reached the SMS sink.</param>
/// <param name="Subscribers">The demo subscribers: topic, channel and whether the article should reach them.</param>
/// <param name="EmailInbox">Where to see the emails.</param>
/// <param name="SmsSink">Where to see the texts.</param>
/// <param name="HelpReply">The app's answer (TwiML) to HELP texted from the SMS subscriber's number through the sink's <c>POST /sink/inbound</c>.</param>
public sealed record DemoSummary(
    string ArticleId,
    JsonElement Ingest,
    int EmailsDelivered,
    int SmsDelivered,
    IReadOnlyList<DemoSubscriber> Subscribers,
    Uri EmailInbox,
    Uri SmsSink,
    string HelpReply)
{
    /// <summary>The ids of the <see cref="Subscribers"/> the article matched (the reach counts every subscriber in the data folder).</summary>
    public IReadOnlyList<string> MatchedDemoSubscribers { get; init; } = [];

    /// <summary>How many of <see cref="Subscribers"/> the article matched.</summary>
    public int DemoSubscribersMatched => MatchedDemoSubscribers.Count;
}
