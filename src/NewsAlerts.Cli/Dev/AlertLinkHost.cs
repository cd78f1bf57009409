namespace NewsAlerts.Cli.Dev;

using NewsAlerts.Cli.Stack;

/// <summary>
/// Which host the links in the alerts a <c>dev</c> run sends point at (<c>Alerts:PublicBaseUrl</c>): short links, story
/// pages, manage and unsubscribe links, Twilio status callbacks. Trial s44 #1: a second run on a stack the first one
/// started sent texts linking its own port, which died when it stopped while the stack and the story were still up. A
/// run that started the stack stops it when it ends (<see cref="ServiceRecord.Owner"/>), so its host lives as long as
/// anything a link leads to: every run on that stack links there. Every host serves the same pages from the same storage.
/// </summary>
public static class AlertLinkHost
{
    /// <summary>
    /// The base URL for links, and the one line to say when it is not this run's own (null: nothing to say): this run's
    /// own (<paramref name="own"/>) when it started any of the stack's services or no live <c>dev</c> did; else the host
    /// of the live <c>dev</c> that started most of them (ties: the lower PID). When no running <c>dev</c> started the
    /// stack (<c>stack start</c>, <c>stack run</c>) but other <c>dev</c> runs use it, the line says that this run's links
    /// stop answering when it stops.
    /// </summary>
    /// <param name="services">The stack's services as recorded (their owners).</param>
    /// <param name="liveHosts">The hosts of the live <c>dev</c> runs on this data folder (<see cref="DevHosts.Live"/>), this one's too or not.</param>
    /// <param name="self">This process's id.</param>
    /// <param name="own">This run's host, e.g. <c>http://127.0.0.1:7072/</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static AlertLinkChoice Choose(IReadOnlyList<ServiceRecord> services, IReadOnlyList<DevHost> liveHosts, int self, Uri own)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(liveHosts);
        ArgumentNullException.ThrowIfNull(own);
        var owners = services.Where(s => s.Owner is not null).GroupBy(s => s.Owner!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).ToList();
        if (owners.Contains(self))
        {
            return new AlertLinkChoice(own, null);
        }

        foreach (var owner in owners)
        {
            if (liveHosts.Where(h => h.Pid == owner).OrderBy(h => h.PublicBaseUrl.AbsoluteUri, StringComparer.Ordinal).FirstOrDefault() is { } host)
            {
                return new AlertLinkChoice(
                    host.PublicBaseUrl,
                    $"links in alerts: {host.PublicBaseUrl} (the dev run of PID {owner} started this stack and stops it when it ends, so its links outlive this run's); this run's pages are at {own}");
            }
        }

        return liveHosts.Any(h => h.Pid != self)
            ? new AlertLinkChoice(
                own,
                $"links in alerts this run sends: {own}; they stop answering when this run stops (no running dev started this stack, so no other dev host outlives this one)")
            : new AlertLinkChoice(own, null);
    }
}
