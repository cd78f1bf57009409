namespace NewsAlerts.Benchmarks.Faults;

/// <summary>One fault's run: its article, its tag, what it expects, and the alerts Claimed when a process died.</summary>
internal sealed class FaultRun(CampaignStack stack, string tag, TimeSpan deadline, Progress progress)
{
    private readonly System.Diagnostics.Stopwatch watch = System.Diagnostics.Stopwatch.StartNew();

    /// <summary>The stack.</summary>
    public CampaignStack Stack { get; } = stack;

    /// <summary>The text every alert of this run carries (in the headline), so the sinks count only this run's alerts.</summary>
    public string Tag { get; } = tag;

    /// <summary>Time since the run began.</summary>
    public TimeSpan Elapsed => watch.Elapsed;

    /// <summary>Prints what the run waits on, when it is time to (see <see cref="Progress"/>).</summary>
    public Task ReportAsync(string waitingFor, int distinct, CancellationToken cancellationToken) =>
        progress.MaybeReportAsync(this, waitingFor, distinct, cancellationToken);

    /// <summary>The run's article.</summary>
    public string ArticleId { get; } = $"urn:faults:{tag}";

    /// <summary>Alerts the article makes.</summary>
    public int Expected => Stack.Population.AlertsPerArticle;

    /// <summary>How long the run may take before what is missing counts as lost.</summary>
    public TimeSpan Deadline { get; } = deadline;

    /// <summary>
    /// Alerts (subscriber id, channel) that may go twice: those the ledger showed Claimed when a process was killed or
    /// restarted, and emails the SMTP server accepted whose reply the proxy swallowed.
    /// </summary>
    public HashSet<(string SubscriberId, string Channel)> ClaimedAtCrash { get; } = [];

    /// <summary>Publishes the run's article.</summary>
    public Task PublishAsync(CancellationToken cancellationToken) => Stack.PublishAsync(ArticleId, Tag, cancellationToken);

    /// <summary>Adds what the ledger shows Claimed now to <see cref="ClaimedAtCrash"/>.</summary>
    public async Task RecordClaimedAsync(CancellationToken cancellationToken) =>
        ClaimedAtCrash.UnionWith(await Stack.ClaimedAsync(ArticleId, cancellationToken));

    /// <summary>Waits until the sinks hold at least <paramref name="count"/> distinct alerts of this run.</summary>
    /// <exception cref="TimeoutException">They do not within <see cref="Deadline"/>.</exception>
    public async Task WaitForDeliveredAsync(int count, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + Deadline;
        int distinct;
        while ((distinct = (await Stack.Sinks.CountAsync(Tag, cancellationToken)).Distinct) < count)
        {
            await ReportAsync($"{count:N0} alerts", distinct, cancellationToken);
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Timed out after {Deadline.TotalSeconds:0} s waiting until {count} alerts of {Tag} arrive.");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    /// <summary>Between two looks at the sinks: short for small runs, longer when a look lists thousands of messages.</summary>
    public TimeSpan PollInterval => Expected <= 1000 ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(5);
}
