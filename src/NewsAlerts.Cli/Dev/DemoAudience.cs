namespace NewsAlerts.Cli.Dev;

using NewsAlerts.Core.Subscribers;
using NewsAlerts.Matching.Index;

/// <summary>
/// Whether a <c>dev</c> start runs the demo, whose breaking story and feed item reach everyone here who follows their
/// topics. Trial s44 #4: every start sent each person who had signed up on the local pages two more BREAKING texts and
/// emails. A person who signed up expects alerts for news, not one per start: the demo runs only while nobody but the
/// demo's own subscribers would receive it, or when asked to with <c>--demo</c>; otherwise it is skipped in one line.
/// </summary>
public static class DemoAudience
{
    /// <summary>The domain of every demo email address (<see cref="Demo"/>): <c>demo.newsalerts.local</c>.</summary>
    public const string EmailDomain = "demo.newsalerts.local";

    /// <summary>The start of every number a demo signs up for texts (<see cref="Demo"/>): <c>+447400</c> and six digits.</summary>
    public const string NumberPrefix = "+447400";

    /// <summary>
    /// Whether <paramref name="subscriber"/> is a demo's own: its id is among the <paramref name="recorded"/> demo
    /// subscribers (<see cref="DemoSubscribers"/>), an address of its is at <see cref="EmailDomain"/>, or it has the
    /// shape of the texts-only subscriber every demo signed up before ids were recorded (review s44: on a data folder
    /// from before, those counted as people and every start skipped the demo): no email, a number starting
    /// <see cref="NumberPrefix"/> and the one topic "ceasefire".
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool IsDemos(Subscriber subscriber, IReadOnlySet<string> recorded)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentNullException.ThrowIfNull(recorded);
        return recorded.Contains(subscriber.Id)
            || subscriber.AllEmails().Any(e => e.EndsWith("@" + EmailDomain, StringComparison.OrdinalIgnoreCase))
            || IsOldDemoTexter(subscriber);
    }

    private static bool IsOldDemoTexter(Subscriber subscriber) =>
        !subscriber.AllEmails().Any()
        && subscriber.Phone is { } phone && phone.StartsWith(NumberPrefix, StringComparison.Ordinal) && phone.Length == NumberPrefix.Length + 6
        && subscriber.Topics is [{ Text: "ceasefire" }];

    /// <summary>
    /// The ids of the subscribers, not the demo's (<see cref="IsDemos"/>), that may be sent something (a confirmed
    /// email, or a confirmed number) and follow a topic one of <paramref name="stories"/> matches, as the matcher decides.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<string> RealReached(IEnumerable<Subscriber> subscribers, IReadOnlySet<string> recorded, IEnumerable<ArticleDocument> stories)
    {
        ArgumentNullException.ThrowIfNull(subscribers);
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(stories);
        var index = new PercolatorIndex();
        index.AddRange(subscribers
            .Where(s => !IsDemos(s, recorded) && (s.WantsEmail || s.SmsStatus == ContactStatus.Confirmed))
            .SelectMany(s => s.Topics.Select(t => new TopicSubscription($"{s.Id}/{t.Id}", s.Id, t.Text, t.Exact, t.Language ?? s.Language, s.Languages))));
        return [.. stories.SelectMany(story => index.Match(story)).Select(m => m.TopicSubscription.SubscriberId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Whether the demo runs, and the one line said about it (null: nothing to say): it runs when
    /// <paramref name="realReached"/> is 0 or <paramref name="forced"/> (<c>--demo</c>, which then says whom it reaches).
    /// </summary>
    /// <param name="realReached">How many subscribers who are not the demo's its story or item would reach (<see cref="RealReached"/>).</param>
    /// <param name="forced">Whether <c>--demo</c> was given.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="realReached"/> is negative.</exception>
    public static DemoDecision Decide(int realReached, bool forced)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(realReached);
        return (realReached, forced) switch
        {
            (0, _) => new DemoDecision(true, null),
            (_, true) => new DemoDecision(
                true, $"demo: run as --demo asks, so its breaking story and feed item also reach {Subscribers(realReached)} who signed up here"),
            _ => new DemoDecision(
                false,
                $"demo skipped: {Subscribers(realReached)} here (signed up on the pages, not the demo's) would receive its breaking story and feed item; "
                + "--demo to run it anyway"),
        };
    }

    private static string Subscribers(int count) => count == 1 ? "1 subscriber" : $"{count} subscribers";
}
