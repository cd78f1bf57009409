using NewsAlerts.Matching.Index;

namespace NewsAlerts.Matching.Tests.Index;

public sealed class ConcurrentUpdateTests
{
    [Fact]
    public async Task Readers_see_each_batch_of_subscriptions_whole_while_a_writer_adds_and_removes()
    {
        var index = new PercolatorIndex();
        var article = new ArticleDocument("a", "Syrian truce holds", "Talks in Geneva on the ceasefire.");
        const int Batches = 400;
        var writerDone = 0;
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < Batches; i++)
            {
                // Each batch is one write: a reader sees both or neither of a pair.
                index.AddRange([new TopicSubscription($"a{i}", "u", $"truce OR w{i}"), new TopicSubscription($"b{i}", "u", $"Syria OR v{i}")]);
                if (i % 3 == 0)
                {
                    index.Remove($"c{i - 3}");
                }

                index.Add(new TopicSubscription($"c{i}", "u", "ceasefire"));
            }

            Volatile.Write(ref writerDone, 1);
        });

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var rounds = 0;
            while (Volatile.Read(ref writerDone) == 0 || rounds < 10)
            {
                rounds++;
                var ids = index.Match(article).Select(m => m.TopicSubscription.Id).ToHashSet(StringComparer.Ordinal);
                foreach (var id in ids.Where(id => id[0] == 'a'))
                {
                    Assert.Contains("b" + id[1..], ids);
                }

                Assert.Equal(ids.Count(id => id[0] == 'a'), ids.Count(id => id[0] == 'b'));
            }
        })).ToList();

        await writer;
        await Task.WhenAll(readers);
        var final = index.Match(article);
        Assert.Equal(Batches * 2 + Batches - ((Batches - 1) / 3), final.Count);
        Assert.Equal(final.Count, index.Count);
    }
}
