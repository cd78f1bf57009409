namespace NewsAlerts.Core.Tests.Feeds;

using Microsoft.Extensions.Time.Testing;
using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Feeds;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Tests.Articles;
using NewsAlerts.Core.Tests.Dispatch;
using NewsAlerts.Testing;

/// <summary>
/// Session 44: resuming a feed while a poll held its lease wrote nothing (the state row is the poll's) and was not tried
/// again, so a poll that ended gone (<c>410</c>) kept the feed unpolled for good and the editor's answer showed it gone.
/// The resume is kept on the registration (the editor's row); a poll that ends gone gives way to a resume that came while
/// it held the lease, and the state is written at once when no poll holds it. The test waits on the fetch being asked,
/// never on time.
/// </summary>
public sealed class A_resume_is_never_lost_to_a_poll_holding_the_lease
{
    private static readonly Uri Url = new("https://news.example/feed.xml");
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemoryFeedStore store = new();

    private static FeedFetch Gone => new(410, null, null, null, null, null, null);

    private FeedPoller Poller(IFeedFetcher fetcher) =>
        new(store, fetcher, TestIngestions.Create(new InMemoryArticles(), new InMemoryLedger(), new Unreachable(), time, [], digests: new Unreachable(), readsDigests: false), new FeedOptions(), time);

    private async Task<FeedRegistration> AddAsync()
    {
        var feed = new FeedRegistration("f1", Url, TimeSpan.FromMinutes(5), 5, "en", "Example", new Dictionary<string, string>(), false, time.GetUtcNow());
        await store.AddAsync(feed, FeedState.New(Url, time.GetUtcNow()), CancellationToken.None);
        return feed;
    }

    // What PATCH {"paused": false} does (FeedsFunction): the resume on the registration, then applied to the state if it can be.
    private async Task<bool> ResumeAsync(FeedRegistration feed)
    {
        var now = time.GetUtcNow();
        var resumed = new FeedChanges(null, null, null, null, null, null, false).ApplyTo(feed, now);
        Assert.True(await store.SaveAsync(resumed, CancellationToken.None));
        return await FeedResumption.ApplyAsync(store, feed.Id, now, time, CancellationToken.None);
    }

    [Fact]
    public async Task A_resume_sent_while_a_poll_holds_the_lease_wins_over_the_410_that_poll_reads()
    {
        var feed = await AddAsync();
        var fetcher = new HeldFetcher(Gone);
        var poll = Poller(fetcher).PollAsync(feed.Id, CancellationToken.None);
        await fetcher.Asked.Task.WaitAsync(TimeSpan.FromSeconds(30));

        time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(await store.TryChangeUnleasedAsync(feed.Id, time.GetUtcNow(), s => s, CancellationToken.None), "the poll holds the lease");
        Assert.False(await ResumeAsync((await store.GetAsync(feed.Id, CancellationToken.None))!.Registration));

        fetcher.Answer.SetResult();
        var report = await poll.WaitAsync(TimeSpan.FromSeconds(30));

        var state = (await store.GetAsync(feed.Id, CancellationToken.None))!.State;
        Assert.Equal(410, report!.Status);
        Assert.Null(state.Health.GoneSince);
        Assert.True(state.Health.NextPoll <= time.GetUtcNow(), $"due at once, not {state.Health.NextPoll:o}");
        Assert.Equal(1, state.Health.ConsecutiveFailures);
    }

    [Fact]
    public async Task A_gone_feed_resumed_with_no_poll_running_is_due_at_once()
    {
        var feed = await AddAsync();
        await Poller(new HeldFetcher(Gone, held: false)).PollAsync(feed.Id, CancellationToken.None);
        Assert.NotNull((await store.GetAsync(feed.Id, CancellationToken.None))!.State.Health.GoneSince);

        time.Advance(TimeSpan.FromDays(1));
        Assert.True(await ResumeAsync((await store.GetAsync(feed.Id, CancellationToken.None))!.Registration));

        var state = (await store.GetAsync(feed.Id, CancellationToken.None))!.State;
        Assert.Null(state.Health.GoneSince);
        Assert.Equal(time.GetUtcNow(), state.Health.NextPoll);
        Assert.False(await ResumeAsync((await store.GetAsync(feed.Id, CancellationToken.None))!.Registration), "nothing left to apply");
    }

    [Fact]
    public async Task A_resume_before_the_poll_began_does_not_undo_a_410_read_after_it()
    {
        var feed = await AddAsync();
        Assert.False(await ResumeAsync(feed));
        time.Advance(TimeSpan.FromMinutes(1));

        await Poller(new HeldFetcher(Gone, held: false)).PollAsync(feed.Id, CancellationToken.None);

        var entry = (await store.GetAsync(feed.Id, CancellationToken.None))!;
        Assert.NotNull(entry.State.Health.GoneSince);
        Assert.Equal(FeedHealth.NotPolled, entry.State.Health.NextPoll);
        Assert.Same(entry.State.Health, entry.State.Health.ResumedBy(entry.Registration.ResumedAt));
    }

    [Fact]
    public void A_resume_at_or_after_the_410_lifts_it_and_an_earlier_one_does_not()
    {
        var at = time.GetUtcNow();
        var gone = FeedHealth.New(at).After(PollOutcome.Of(Gone, at), at, PollSettings.Default);

        Assert.Null(gone.ResumedBy(at).GoneSince);
        Assert.Equal(at.AddMinutes(1), gone.ResumedBy(at.AddMinutes(1)).NextPoll);
        Assert.Same(gone, gone.ResumedBy(at.AddSeconds(-1)));
        Assert.Same(gone, gone.ResumedBy(null));
        Assert.Null(gone.ResumedBy(at.AddSeconds(-1), goneAsOf: at.AddSeconds(-2)).GoneSince);
    }

    // Answers its fetch once the test says so; Asked is set when the poll (holding the lease) asks.
    private sealed class HeldFetcher(FeedFetch fetch, bool held = true) : IFeedFetcher
    {
        public TaskCompletionSource Asked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<FeedFetch> FetchAsync(Uri url, FeedValidators validators, CancellationToken cancellationToken)
        {
            Asked.TrySetResult();
            if (held)
            {
                await Answer.Task.WaitAsync(cancellationToken);
            }

            return fetch;
        }
    }
}
