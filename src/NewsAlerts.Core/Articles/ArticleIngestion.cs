namespace NewsAlerts.Core.Articles;

using NewsAlerts.Core.Caps;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Digests;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.FollowUps;
using NewsAlerts.Core.Matching;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Privacy;
using NewsAlerts.Core.Suppression;
using NewsAlerts.Core.Telemetry;

/// <summary>
/// Publishing an article: decide what its version means, match it, plan the alerts under each subscriber's delivery
/// policy (<see cref="PolicyPlanner"/>: now, after quiet hours, into a digest, or held), carry the plan out, store it.
/// The plan is carried out before the article is stored: a crash in between makes the editor's retry plan the same
/// batches again, whose message ids the queue has already seen, so nothing is lost and nothing doubles.
/// A withdrawal or a major correction matches nobody: it sends follow-ups to the story's earlier recipients
/// (<see cref="FollowUpDelivery"/>).
/// </summary>
public sealed class ArticleIngestion(
    IArticleStore articles, SubscriberMatcher index, PlanDelivery delivery, SuppressionList suppressions, IDeliveryLedger ledger, AlertMetrics metrics,
    DeliveryPolicySettings policy, TimeProvider time, FollowUpDelivery followUps, IPlannedAlerts queued, IDailyCapStore? caps = null, IDigestStore? digests = null,
    ContactMask? mask = null)
{
    private static readonly Reach Nobody = new(0, 0, 0, 0, 0);

    /// <summary>
    /// How many articles of a batch are read and planned at once (8): each plan reads the story's stored version (and,
    /// for a newer version, its ledger and planned alerts), one round trip each.
    /// </summary>
    public const int PlansAtOnce = 8;

    /// <summary>Ingests an article; with <paramref name="dryRun"/> only reports the reach (<see cref="IngestManyAsync"/> with one article).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public async Task<IngestResult> IngestAsync(Article article, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        try
        {
            return (await IngestManyAsync([article], dryRun, cancellationToken))[0];
        }
        catch (ArticlesNotIngestedException failed) when (failed.InnerExceptions.Count == 1)
        {
            // One article alone fails as its cause did (the API maps the store's and the queue's own exceptions).
            var cause = failed.InnerException is ArticleSaveException { InnerException: { } inner } ? inner : failed.InnerException!;
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
            throw;
        }
    }

    /// <summary>
    /// Ingests several articles (a feed's new and changed items; the API's one) as one batch: each is decided, matched
    /// and planned as alone, then all their plans are carried out together (<see cref="PlanDelivery.CarryOutAsync(IReadOnlyList{PlannedArticle}, CancellationToken)"/>:
    /// one Service Bus send per queue as far as the batches fit) and all are stored together
    /// (<see cref="IArticleStore.SaveManyAsync"/>: one Table transaction per partition), plans first, as for one article.
    /// Two versions of one story in a batch are ingested one after the other (in the order given). Withdrawals and
    /// major corrections are carried out as they are planned (<see cref="FollowUpDelivery"/>). One article's failure
    /// (its plan, or its save) does not stop the others: they are carried out and stored, and then
    /// <see cref="ArticlesNotIngestedException"/> names the failed ones (a later version of a failed story in the batch
    /// fails with it), which the caller retries alone. When the shared send fails the exception is thrown and none of
    /// the round counts as done: the caller's retry ingests it all again, and message ids and ledger keys make the
    /// repeated sends no-ops (at least once, never twice).
    /// </summary>
    /// <param name="articles">The articles, in order; results come in the same order.</param>
    /// <param name="dryRun">Only report the reach: nothing sent or stored.</param>
    /// <param name="cancellationToken">Cancels the reads, sends and writes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> or one of them is null.</exception>
    /// <exception cref="ArticlesNotIngestedException">Some articles failed alone; the others were ingested.</exception>
    public async Task<IReadOnlyList<IngestResult>> IngestManyAsync(IReadOnlyList<Article> articles, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var results = new IngestResult[articles.Count];
        var pending = Enumerable.Range(0, articles.Count).ToList();
        foreach (var i in pending)
        {
            ArgumentNullException.ThrowIfNull(articles[i], nameof(articles));
        }

        using var span = articles.Count > 1 ? AlertTracing.Source.StartActivity("ingest articles") : null;
        span?.SetTag("newsalerts.articles", articles.Count).SetTag("newsalerts.dry_run", dryRun);
        var failures = new Dictionary<int, Exception>();
        while (pending.Count > 0)
        {
            // Each round takes the first of each story's versions still pending; a story that failed fails its later versions.
            var round = pending.DistinctBy(i => articles[i].Id, StringComparer.Ordinal).ToList();
            pending = [.. pending.Except(round)];
            var failedIds = failures.Keys.Select(i => articles[i].Id).ToHashSet(StringComparer.Ordinal);
            foreach (var i in round.Where(i => failedIds.Contains(articles[i].Id)))
            {
                failures[i] = new InvalidOperationException("An earlier version of the story in this batch was not ingested.");
            }

            await IngestRoundAsync(articles, [.. round.Where(i => !failures.ContainsKey(i))], results, failures, dryRun, cancellationToken);
        }

        if (failures.Count > 0)
        {
            var failed = failures.OrderBy(f => f.Key).ToList();
            throw new ArticlesNotIngestedException(
                [.. failed.Select(f => ArticleFailure.Of(articles[f.Key].Id, f.Value))], [.. results.Select((r, i) => failures.ContainsKey(i) ? null : r)],
                failed.Select(f => f.Value));
        }

        return results;
    }

    // One round of a batch (distinct stories): plan each, carry out all plans, store all, then count. An article whose plan
    // or save fails is noted in failures (by its place in the batch) and the others go on.
    private async Task IngestRoundAsync(
        IReadOnlyList<Article> batch, List<int> round, IngestResult[] results, Dictionary<int, Exception> failures, bool dryRun, CancellationToken cancellationToken)
    {
        var planFailures = new Exception?[round.Count];
        var planned = new Planned?[round.Count];
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, round.Count),
                new ParallelOptions { MaxDegreeOfParallelism = PlansAtOnce, CancellationToken = cancellationToken },
                async (k, ct) =>
                {
                    var article = batch[round[k]];
                    var activity = AlertTracing.Source.StartActivity("ingest article");
                    activity?.SetTag(AlertTracing.ArticleId, article.Id).SetTag(AlertTracing.ArticleVersion, article.Version).SetTag("newsalerts.dry_run", dryRun);
                    try
                    {
                        planned[k] = await PlanAsync(article, dryRun, activity, ct);
                    }
                    catch (Exception exception) when (!ct.IsCancellationRequested && exception is not OutOfMemoryException)
                    {
                        planFailures[k] = exception;
                    }
                    finally
                    {
                        // Kept open through the carry-out when it has a plan to carry out (the queue sends join its trace).
                        if (planned[k]?.Plan is null)
                        {
                            activity?.Dispose();
                        }
                    }
                });

            var toCarry = planned.Where(p => p?.Plan is not null).Select(p => p!).ToList();
            if (!dryRun && toCarry.Count > 0)
            {
                // One article alone (the API's) keeps its one trace from ingest to every send; a batch's sends join the batch's.
                var previous = System.Diagnostics.Activity.Current;
                if (toCarry.Count == 1 && toCarry[0].Activity is { } single)
                {
                    System.Diagnostics.Activity.Current = single;
                }

                try
                {
                    await delivery.CarryOutAsync([.. toCarry.Select(p => new PlannedArticle(p.Article.Id, p.Plan!, p.Stored is not null))], cancellationToken);
                    try
                    {
                        await articles.SaveManyAsync([.. toCarry.Select(p => StoryCorrections.Carry(p.Stored, p.Article, p.Result.Decision))], cancellationToken);
                    }
                    catch (AggregateException saves) when (saves.InnerExceptions.Count > 0 && saves.InnerExceptions.All(e => e is ArticleSaveException))
                    {
                        // The others were stored: only these stories are retried (their sends repeat as no-ops).
                        foreach (var failed in saves.InnerExceptions.Cast<ArticleSaveException>())
                        {
                            var k = Array.FindIndex(planned, p => p is not null && string.Equals(p.Article.Id, failed.ArticleId, StringComparison.Ordinal));
                            if (k < 0)
                            {
                                throw;
                            }

                            planFailures[k] = failed;
                        }
                    }
                }
                finally
                {
                    System.Diagnostics.Activity.Current = previous;
                }

                foreach (var channel in toCarry.SelectMany(p => p.Plan!.Immediate.Concat(p.Plan.Scheduled.Select(s => s.Batch))).GroupBy(b => b.Channel))
                {
                    metrics.Planned(channel.Key, channel.Sum(b => b.Recipients.Count));
                }
            }
        }
        finally
        {
            foreach (var p in planned)
            {
                if (p?.Plan is not null)
                {
                    p.Activity?.Dispose();
                }
            }
        }

        for (var k = 0; k < round.Count; k++)
        {
            if (planFailures[k] is { } failure)
            {
                failures[round[k]] = failure;
            }
            else
            {
                results[round[k]] = planned[k]!.Result;
            }
        }
    }

    // Decides one article's version and plans it; a follow-up (withdrawal, major correction) is carried out here.
    private async Task<Planned> PlanAsync(Article article, bool dryRun, System.Diagnostics.Activity? activity, CancellationToken cancellationToken)
    {
        var stored = await articles.GetAsync(article.Id, cancellationToken);
        var decision = ArticleVersions.Decide(stored, article);
        activity?.SetTag("newsalerts.version_decision", decision.ToString());
        if (decision is VersionDecision.Duplicate or VersionDecision.Stale or VersionDecision.UnknownStory or VersionDecision.AfterWithdrawal)
        {
            if (decision == VersionDecision.Duplicate && !dryRun)
            {
                // A duplicate is most often a retry of a save whose row landed and whose line or link did not: the retry
                // is the one chance to write them, so it does (idempotent; a failure fails this article alone, retried again).
                await articles.CompleteAsync(article.Id, cancellationToken);
            }

            return new Planned(article, stored, null, new IngestResult(article.Id, article.Version, decision, Nobody, [], dryRun), activity);
        }

        if (decision is VersionDecision.Withdrawal or VersionDecision.MajorCorrection)
        {
            return new Planned(article, stored, null, await FollowUpAsync(StoryCorrections.Carry(stored, article, decision), decision, dryRun, cancellationToken), activity);
        }

        IReadOnlyList<SubscriberMatch> matches;
        using (var match = AlertTracing.Source.StartActivity("match article"))
        {
            matches = index.Match(article);
            match?.SetTag("newsalerts.matches", matches.Count);
        }

        PolicyPlan planned;
        using (var plan = AlertTracing.Source.StartActivity("plan alerts"))
        {
            // Reach tells the truth: only alerts that will go. A new article has no ledger rows. A newer version plans only
            // what it adds (EarlierAlerts): not an alert with a ledger row in any state, nor one already in someone's digest
            // (sent or pending, any version), nor one an earlier version queued (recorded when planned, IPlannedAlerts), so
            // a dry run and the real run count the same and each planned alert ends as one ledger row.
            // Caps are counted at dispatch (the dispatcher decides); planning reads today's counts of capped subscribers
            // so the dry run reports what the caps will hold, and the real run plans the same.
            var now = time.GetUtcNow();
            var sentToday = decision == VersionDecision.Correction ? null : await SentTodayAsync(matches, now, cancellationToken);
            // The same records as EarlierAlerts, kept with where each stands (EarlierRecords), so the preview's "already
            // sent" is split by what the records say: sent, being sent, after quiet hours, in a digest, not sent and why.
            Func<Channel, string, EarlierRecord?>? earlier = null;
            if (stored is not null && decision != VersionDecision.Correction)
            {
                var rows = new Dictionary<Channel, IReadOnlyDictionary<string, LedgerEntry>>
                {
                    [Channel.Email] = await LedgerRowsAsync(article.Id, Channel.Email, cancellationToken),
                    [Channel.Sms] = await LedgerRowsAsync(article.Id, Channel.Sms, cancellationToken),
                };
                var entries = new List<DigestEntry>();
                if (digests is not null)
                {
                    await foreach (var entry in digests.ForArticleAsync(article.Id, cancellationToken))
                    {
                        entries.Add(entry);
                    }
                }

                earlier = EarlierRecords.Of(rows, entries, await queued.ListPlannedForAsync(article.Id, cancellationToken), now);
            }

            planned = decision == VersionDecision.Correction
                ? new PolicyPlan([], [], [], [])
                : PolicyPlanner.Plan(
                    article, matches, now, policy.SmsStaleAfter, sentToday: sentToday,
                    suppressed: suppressions.IsKnownSuppressed, earlier: earlier);
            plan?.SetTag("newsalerts.batches", planned.Immediate.Count + planned.Scheduled.Count).SetTag("newsalerts.digest_entries", planned.DigestEntries.Count);
        }

        var samples = MatchSamples.Pick(matches, planned, mask: mask);
        var reach = PolicyPlanner.ReachOf(matches, planned);
        var texted = planned.Immediate.Concat(planned.Scheduled.Select(s => s.Batch)).Where(b => b.Channel == Channel.Sms)
            .SelectMany(b => b.Recipients).Select(r => r.SubscriberId).ToHashSet(StringComparer.Ordinal);
        var smsByCountry = SmsCountries.Count(matches.Select(m => m.Subscriber).Where(s => texted.Contains(s.Id)).DistinctBy(s => s.Id));
        var emailsByLanguage = EmailsByLanguage(matches, planned);
        return new Planned(article, stored, planned, new IngestResult(article.Id, article.Version, decision, reach, samples, dryRun, smsByCountry, emailsByLanguage), activity);
    }

    // One per email planned now and per digest entry, as Reach counts them (EmailAlerts, EmailDigestEntries), by the
    // language its reader's email is written in.
    private static IReadOnlyList<EmailLanguageCount> EmailsByLanguage(IReadOnlyList<SubscriberMatch> matches, PolicyPlan planned)
    {
        var readers = new Dictionary<string, Subscribers.Subscriber>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            readers.TryAdd(match.Subscriber.Id, match.Subscriber);
        }

        var emailed = planned.Immediate.Concat(planned.Scheduled.Select(s => s.Batch)).Where(b => b.Channel == Channel.Email)
            .SelectMany(b => b.Recipients).Select(r => readers.GetValueOrDefault(r.SubscriberId));
        return EmailLanguages.Count(emailed, planned.DigestEntries.Select(e => readers.GetValueOrDefault(e.SubscriberId)));
    }

    // The story's ledger rows on a channel by subscriber id, in any state (one query of its partition).
    private async Task<IReadOnlyDictionary<string, LedgerEntry>> LedgerRowsAsync(string articleId, Channel channel, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, LedgerEntry>(StringComparer.Ordinal);
        await foreach (var row in ledger.ListAsync(articleId, channel, cancellationToken))
        {
            rows[row.SubscriberId] = row;
        }

        return rows;
    }

    // One point read per capped subscriber and capped channel, 16 at a time; subscribers without caps cost nothing.
    private async Task<Func<Channel, string, int>?> SentTodayAsync(IReadOnlyList<SubscriberMatch> matches, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (caps is null)
        {
            return null;
        }

        var wanted = matches.Select(m => m.Subscriber).DistinctBy(s => s.Id, StringComparer.Ordinal)
            .SelectMany(s => AlertChannel.All.Where(c => s.EffectivePreferences.Caps.For(c.Kind) is not null).Select(c => (Subscriber: s, Channel: c.Kind)))
            .ToList();
        if (wanted.Count == 0)
        {
            return null;
        }

        var counts = new System.Collections.Concurrent.ConcurrentDictionary<(Channel, string), int>();
        await Parallel.ForEachAsync(wanted, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (w, ct) =>
        {
            var day = DailyCapCounting.LocalDay(now, LocalClock.Zone(w.Subscriber.TimeZone));
            counts[(w.Channel, w.Subscriber.Id)] = (await caps.GetAsync(w.Subscriber.Id, w.Channel, day, ct)).Count;
        });
        return (channel, id) => counts.GetValueOrDefault((channel, id));
    }

    // Follow-ups are queued before the version is stored, for the same reason as alerts: a retry after a crash plans
    // the same batches again (same message ids, same ledger keys), and until it is stored the story is not withdrawn.
    // Then the ledger is read once more: an alert claimed before the version was stored may have been sent by a
    // dispatcher that read the story before it was withdrawn (BatchDispatcher reads it after each group's claims), so
    // whatever that look shows sent or under way and the first plan missed gets its follow-up too. An alert claimed after
    // it was stored is never sent (its dispatcher reads the withdrawal). Still queued alerts of a withdrawn story are
    // thereby cancelled, not followed up: the reader never gets the story, so there is nothing to take back.
    private async Task<IngestResult> FollowUpAsync(Article article, VersionDecision decision, bool dryRun, CancellationToken cancellationToken)
    {
        using var activity = AlertTracing.Source.StartActivity("plan follow-ups");
        var plan = await followUps.PlanAsync(article, cancellationToken);
        activity?.SetTag("newsalerts.batches", plan.Batches.Count);
        var late = plan with { Batches = [], Recipients = [], DroppedEntries = [], SmsByCountry = [], EmailsByLanguage = [] };
        if (!dryRun)
        {
            await followUps.CarryOutAsync(plan, cancellationToken);
            await articles.SaveAsync(article, cancellationToken);
            // Read back before anything counts on it: the store keeps the newer of two versions saved at once
            // (ArticleVersions.Replaces), so a withdrawal that a newer version overtook is not stored. It is then not
            // done, and its queued follow-ups are skipped at their send (FollowUpDecisions); the editor is told it is stale.
            // The second look at the ledger starts only once the story reads withdrawn: a dispatcher that claims after
            // this read reads the withdrawal too and never sends.
            if (decision == VersionDecision.Withdrawal && (await articles.GetAsync(article.Id, cancellationToken))?.IsWithdrawn != true)
            {
                return new IngestResult(article.Id, article.Version, VersionDecision.Stale, Nobody, [], dryRun);
            }

            late = await followUps.PlanAsync(article, cancellationToken, earlier: plan);
            await followUps.CarryOutAsync(late, cancellationToken);
        }

        var reach = Nobody with
        {
            Batches = plan.Batches.Count + late.Batches.Count,
            FollowUpEmails = plan.Count(Channel.Email) + late.Count(Channel.Email),
            FollowUpSms = plan.Count(Channel.Sms) + late.Count(Channel.Sms),
            FollowUpsMissed = plan.Missed,
            DigestEntriesDropped = plan.DroppedEntries.Count + late.DroppedEntries.Count,
        };
        return new IngestResult(
            article.Id, article.Version, decision, reach, [], dryRun, SmsCountries.Merge(plan.SmsByCountry, late.SmsByCountry),
            EmailLanguages.Merge(plan.EmailsByLanguage, late.EmailsByLanguage));
    }

    // One article's plan in a batch: null when there is nothing to carry out (a duplicate, or a follow-up already done).
    private sealed record Planned(Article Article, Article? Stored, PolicyPlan? Plan, IngestResult Result, System.Diagnostics.Activity? Activity);
}
