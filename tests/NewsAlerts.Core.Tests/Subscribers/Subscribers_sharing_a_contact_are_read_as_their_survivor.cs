namespace NewsAlerts.Core.Tests.Subscribers;

using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Subscribers;

public sealed class Subscribers_sharing_a_contact_are_read_as_their_survivor
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_chain_of_shared_contacts_folds_into_the_oldest_and_the_others_are_removed()
    {
        var groups = new ContactGroups();
        var oldest = Row("a", Start, "Reader@Example.com", null, "Syria");
        var byEmail = Row("b", Start.AddDays(1), "reader@example.COM", "+447911123456", "ceasefire");
        var byPhone = Row("c", Start.AddDays(2), null, "+447911123456", "truce");
        var other = Row("d", Start, "other@example.com", null, "Syria");
        foreach (var row in new[] { byPhone, oldest, other, byEmail })
        {
            groups.Upsert(row);
        }

        var changes = groups.Flush();

        var survivor = Assert.Single(changes.Upserts, s => s.Id == "a");
        Assert.Equal(["Syria", "ceasefire", "truce"], survivor.Topics.Select(t => t.Text));
        Assert.Equal(["b", "c"], survivor.MergedIds!.Order(StringComparer.Ordinal));
        Assert.Equal(["a", "b", "c"], survivor.LedgerIds().Order(StringComparer.Ordinal));
        Assert.Contains(changes.Upserts, s => s.Id == "d" && s.MergedIds is null);
        Assert.Equal(2, changes.Upserts.Count);
        Assert.Equal(["b", "c"], changes.Removals.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_duplicate_that_moves_to_other_contacts_stands_alone_again_and_an_erased_one_is_removed()
    {
        var groups = new ContactGroups();
        groups.Upsert(Row("a", Start, "reader@example.com", null, "Syria"));
        groups.Upsert(Row("b", Start.AddDays(1), "READER@example.com", null, "ceasefire"));
        Assert.Equal(["b"], groups.Flush().Removals);

        groups.Upsert(Row("b", Start.AddDays(1), "someone.else@example.com", null, "ceasefire"));
        var moved = groups.Flush();
        Assert.Empty(moved.Removals);
        Assert.Equal(["a", "b"], moved.Upserts.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.All(moved.Upserts, s => Assert.Null(s.MergedIds));

        groups.Remove("a");
        var erased = groups.Flush();
        Assert.Equal(["a"], erased.Removals);
        Assert.Empty(erased.Upserts);
    }

    [Fact]
    public void The_planner_counts_an_alert_settled_for_a_folded_duplicate_as_settled_for_the_survivor()
    {
        var groups = new ContactGroups();
        groups.Upsert(Row("a", Start, "reader@example.com", "+447911123456", "Syria"));
        groups.Upsert(Row("b", Start.AddDays(1), "Reader@example.com", null, "Syria"));
        var survivor = Assert.Single(groups.Flush().Upserts);
        var article = new Core.Articles.Article("urn:t:1", 2, "Truce in Syria", "The truce holds.", null, null, "en", [], 1, null, Start);

        var batches = AlertPlanner.Plan(article, [new SubscriberMatch(survivor, "Syria", "Syria", 1)], settled: (channel, id) => channel == Core.Delivery.Channel.Email && id == "b");

        var batch = Assert.Single(batches);
        Assert.Equal(Core.Delivery.Channel.Sms, batch.Channel);
        Assert.Equal("a", Assert.Single(batch.Recipients).SubscriberId);
    }

    private static Subscriber Row(string id, DateTimeOffset created, string? email, string? phone, string topic) => new(
        id, email, email is null ? ContactStatus.None : ContactStatus.Confirmed, phone, phone is null ? ContactStatus.None : ContactStatus.Confirmed,
        "UTC", [new Topic("t1", topic, false)], 2, created);
}
