namespace NewsAlerts.Core.Feeds;

using NewsAlerts.Core.Articles;

/// <summary>
/// A poll run's ingestions as group commits: the new and changed items of feeds read at about the same time go through
/// one <see cref="ArticleIngestion.IngestManyAsync"/> call, so they share its queue send and its table transactions
/// instead of each feed paying them alone. At most <c>parallel</c> calls run at once; a feed whose items arrive while all
/// are running waits for the next free call, which takes every waiting feed's items (whole feeds, up to
/// <c>maxArticles</c>, always at least one feed). With a call free, a feed's items go at once, alone: batching costs no
/// latency when ingestion keeps up, and grows only while it does not.
/// Each feed learns its own outcome: its items' failures when some of the call's articles failed alone
/// (<see cref="ArticlesNotIngestedException"/>, matched by article id), or an exception when its items failed as a whole
/// (the shared send): a call of several feeds that fails so is made again for each feed alone, so a feed fails only
/// when its own call does (review of session 38: one feed's fault must not count against the feeds it shared a call with).
/// </summary>
/// <param name="ingestion">The ingestion every call goes through.</param>
/// <param name="parallel">How many calls may run at once (at least 1; <see cref="FeedOptions.ParallelIngestions"/>).</param>
/// <param name="maxArticles">The most articles one call takes from waiting feeds (at least 1); a feed is never split.</param>
/// <param name="time">Times each feed's wait for its call.</param>
/// <param name="run">The run's cancellation: every call is made with it.</param>
public sealed class IngestionBatches(ArticleIngestion ingestion, int parallel, int maxArticles, TimeProvider time, CancellationToken run)
{
    private readonly Lock gate = new();
    private readonly Queue<Request> waiting = new();
    private int running;

    /// <summary>How many calls to the ingestion were made (for tests and the benchmark).</summary>
    public int Calls => Volatile.Read(ref calls);

    private int calls;

    /// <summary>
    /// Ingests one feed's <paramref name="articles"/> in the next call free, with other feeds' that wait with them.
    /// </summary>
    /// <returns>The articles of this feed that failed alone (empty when all were ingested), and how long they waited for their call.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="articles"/> is empty.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    /// <exception cref="Exception">The call this feed's items went in failed as a whole (as <see cref="ArticleIngestion.IngestManyAsync"/> throws).</exception>
    public Task<(IReadOnlyList<ArticleFailure> Failed, TimeSpan Waited)> IngestAsync(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentOutOfRangeException.ThrowIfZero(articles.Count, nameof(articles));
        var request = new Request(articles, time.GetTimestamp());
        bool start;
        lock (gate)
        {
            start = running < Math.Max(1, parallel);
            if (start)
            {
                running++;
            }
            else
            {
                waiting.Enqueue(request);
            }
        }

        if (start)
        {
            // A call free: this feed's items go in it at once, alone; then the call takes whatever waits meanwhile.
            _ = Task.Run(() => DrainAsync([request]), CancellationToken.None);
        }

        return request.Done.Task;
    }

    /// <summary>
    /// Which of the waiting feeds (their article counts, oldest first) the next call takes: the oldest always, then
    /// the next ones in order while the call's articles stay within <paramref name="maxArticles"/>.
    /// </summary>
    /// <returns>How many feeds, from the front, the call takes (0 only when none wait).</returns>
    public static int TakeCount(IReadOnlyList<int> articleCounts, int maxArticles)
    {
        ArgumentNullException.ThrowIfNull(articleCounts);
        if (articleCounts.Count == 0)
        {
            return 0;
        }

        var taken = 1;
        var total = articleCounts[0];
        while (taken < articleCounts.Count && total + articleCounts[taken] <= maxArticles)
        {
            total += articleCounts[taken];
            taken++;
        }

        return taken;
    }

    // One running call's loop: ingests the feed that started it, then takes the waiting feeds, and goes on while any wait.
    private async Task DrainAsync(Request[] first)
    {
        var batch = first;
        try
        {
            await IngestBatchAsync(batch);
            while (true)
            {
                lock (gate)
                {
                    var count = TakeCount([.. waiting.Select(r => r.Articles.Count)], maxArticles);
                    if (count == 0)
                    {
                        running--;
                        return;
                    }

                    batch = new Request[count];
                    for (var i = 0; i < count; i++)
                    {
                        batch[i] = waiting.Dequeue();
                    }
                }

                await IngestBatchAsync(batch);
            }
        }
#pragma warning disable CA1031 // Whatever escapes must reach every waiting feed, or the run waits for them forever.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // Only what IngestBatchAsync lets through (out of memory): no feed is left waiting on a call that will never
            // come, and the run's wait for its finishes ends with the fault.
            Request[] left;
            lock (gate)
            {
                running--;
                left = [.. waiting];
                waiting.Clear();
            }

            foreach (var request in batch.Concat(left))
            {
                request.Done.TrySetException(exception);
            }
        }
    }

    private async Task IngestBatchAsync(Request[] batch)
    {
        var started = time.GetTimestamp();
        Interlocked.Increment(ref calls);
        try
        {
            await ingestion.IngestManyAsync([.. batch.SelectMany(r => r.Articles)], dryRun: false, run);
            foreach (var request in batch)
            {
                request.Done.TrySetResult(([], time.GetElapsedTime(request.Arrived, started)));
            }
        }
        catch (ArticlesNotIngestedException partly)
        {
            foreach (var request in batch)
            {
                var ids = request.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
                request.Done.TrySetResult(([.. partly.Failures.Where(f => ids.Contains(f.ArticleId))], time.GetElapsedTime(request.Arrived, started)));
            }
        }
        catch (OperationCanceledException) when (run.IsCancellationRequested)
        {
            foreach (var request in batch)
            {
                request.Done.TrySetCanceled(run);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException && batch.Length > 1)
        {
            // The call failed as a whole with several feeds in it: each goes again alone, so only the feed whose items
            // fail (or every feed, when the queue is down) counts a failed poll, not the feeds it happened to share a call with.
            foreach (var request in batch)
            {
                await IngestBatchAsync([request]);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            batch[0].Done.TrySetException(exception);
        }
    }

    private sealed record Request(IReadOnlyList<Article> Articles, long Arrived)
    {
        public TaskCompletionSource<(IReadOnlyList<ArticleFailure> Failed, TimeSpan Waited)> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
