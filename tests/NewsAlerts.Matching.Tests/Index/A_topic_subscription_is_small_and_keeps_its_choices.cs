using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Index;

/// <summary>
/// The index keeps a <see cref="TopicSubscription"/> per subscription, so its size is part of the benchmark's "index
/// memory per subscription" (target ≤ 300 B): the per-language change added two fields (64 bytes a record, up from 48),
/// and the rare choices (exact, language, other languages) now share one reference that is null for most topics.
/// </summary>
public sealed class A_topic_subscription_is_small_and_keeps_its_choices
{
    [Fact]
    public void A_subscription_with_no_choices_is_48_bytes_and_one_with_choices_adds_only_their_holder()
    {
        const string id = "sub-0000001", subscriber = "user-0000001", topic = "syria AND ceasefire";
        Assert.True(Environment.Is64BitProcess);

        var plain = AllocatedBy(() => new TopicSubscription(id, subscriber, topic));
        var chosen = AllocatedBy(() => new TopicSubscription(id, subscriber, topic, Exact: true, Language: "fr"));

        // Header and method table (16), three strings and the choices reference (32).
        Assert.Equal(48, plain);
        // The holder: header and method table (16), the language and the list (16), the flag padded (8).
        Assert.Equal(48 + 40, chosen);
    }

    [Fact]
    public void Choices_read_back_as_given_and_with_changes_one_keeping_the_others()
    {
        var alsoIn = new[] { "de" };
        var subscription = new TopicSubscription("s1", "u1", "syria", Exact: true, Language: "fr", AlsoIn: alsoIn);

        Assert.True(subscription.Exact);
        Assert.Equal("fr", subscription.Language);
        Assert.Same(alsoIn, subscription.AlsoIn);

        var notExact = subscription with { Exact = false };
        Assert.False(notExact.Exact);
        Assert.Equal("fr", notExact.Language);
        Assert.Same(alsoIn, notExact.AlsoIn);
        Assert.Equal("de-only", (subscription with { Language = "de-only" }).Language);
        Assert.True((subscription with { Language = null }).Exact);

        var plain = new TopicSubscription("s1", "u1", "syria");
        Assert.False(plain.Exact);
        Assert.Null(plain.Language);
        Assert.Null(plain.AlsoIn);
    }

    [Fact]
    public void Subscriptions_with_equal_choices_are_equal_and_different_choices_are_not()
    {
        var plain = new TopicSubscription("s1", "u1", "syria");

        Assert.Equal(plain, new TopicSubscription("s1", "u1", "syria", Exact: false, Language: null));
        Assert.Equal(plain with { Language = "fr" }, new TopicSubscription("s1", "u1", "syria", Language: "fr"));
        Assert.NotEqual(plain, plain with { Exact = true });
        Assert.NotEqual(plain, plain with { Language = "fr" });
        Assert.Equal(plain, plain with { Exact = true } with { Exact = false });
        var (id, subscriber, topic, exact, language, alsoIn) = plain with { Language = "ar" };
        Assert.Equal(("s1", "u1", "syria", false, "ar", (IReadOnlyList<string>?)null), (id, subscriber, topic, exact, language, alsoIn));
    }

    // Bytes allocated on this thread by one call of create (a warm-up call first, so nothing of the JIT counts).
    private static long AllocatedBy(Func<TopicSubscription> create)
    {
        GC.KeepAlive(create());
        var before = GC.GetAllocatedBytesForCurrentThread();
        var made = create();
        var after = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(made);
        return after - before;
    }
}
