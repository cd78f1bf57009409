namespace NewsAlerts.Core.Tests.Planning;

using NewsAlerts.Core.Articles;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Planning;
using NewsAlerts.Core.Subscribers;

public sealed class Alert_planning_makes_idempotent_batches
{
    private static readonly Article Breaking = new("urn:a", 1, "Truce extended", "Body", null, "Wire", "en", [], 1, null, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Email_goes_to_confirmed_addresses_and_sms_only_to_numbers_whose_threshold_the_urgency_meets()
    {
        var matches = new[]
        {
            Match("a", email: ContactStatus.Confirmed, sms: ContactStatus.Confirmed, smsMaxUrgency: 2),
            Match("b", email: ContactStatus.Pending, sms: ContactStatus.Confirmed, smsMaxUrgency: 1),
            Match("c", email: ContactStatus.Confirmed, sms: ContactStatus.OptedOut, smsMaxUrgency: 9),
        };

        var batches = AlertPlanner.Plan(Breaking with { Urgency = 2 }, matches);

        Assert.Equal(["a", "c"], batches.Single(b => b.Channel == Channel.Email).Recipients.Select(r => r.SubscriberId));
        Assert.Equal(["a"], batches.Single(b => b.Channel == Channel.Sms).Recipients.Select(r => r.SubscriberId));
    }

    [Fact]
    public void Recipients_are_split_into_batches_of_the_given_size_in_id_order()
    {
        var matches = Enumerable.Range(0, 7).Reverse().Select(i => Match($"s{i}", ContactStatus.Confirmed, ContactStatus.None, 2)).ToList();

        var batches = AlertPlanner.Plan(Breaking, matches, batchSize: 3);

        Assert.Equal([3, 3, 1], batches.Select(b => b.Recipients.Count));
        Assert.Equal([0, 1, 2], batches.Select(b => b.BatchNumber));
        Assert.Equal("s0", batches[0].Recipients[0].SubscriberId);
    }

    [Fact]
    public void Planning_the_same_article_again_gives_the_same_message_ids_and_another_version_other_ones()
    {
        var matches = new[] { Match("a", ContactStatus.Confirmed, ContactStatus.Confirmed, 2) };

        var first = AlertPlanner.Plan(Breaking, matches).Select(b => b.MessageId).ToList();
        var again = AlertPlanner.Plan(Breaking, matches).Select(b => b.MessageId).ToList();
        var next = AlertPlanner.Plan(Breaking with { Version = 2 }, matches).Select(b => b.MessageId).ToList();

        Assert.Equal(first, again);
        Assert.Empty(first.Intersect(next));
        Assert.All(first, id => Assert.True(id.Length <= 128));
    }

    [Theory]
    [InlineData(null, 1, 3, VersionDecision.NewStory)]
    [InlineData(1, 1, 3, VersionDecision.Duplicate)]
    [InlineData(2, 1, 3, VersionDecision.Stale)]
    [InlineData(1, 2, 3, VersionDecision.Correction)]
    [InlineData(1, 2, 1, VersionDecision.Upgrade)]
    public void A_version_alerts_again_only_when_its_urgency_rose(int? storedVersion, int version, int urgency, VersionDecision expected)
    {
        var stored = storedVersion is null ? null : Breaking with { Version = storedVersion.Value, Urgency = 3 };

        Assert.Equal(expected, ArticleVersions.Decide(stored, Breaking with { Version = version, Urgency = urgency }));
    }

    private static SubscriberMatch Match(string id, ContactStatus email, ContactStatus sms, int smsMaxUrgency) =>
        new(new Subscriber(id, "x@example.com", email, "+447400123456", sms, "UTC", [], smsMaxUrgency, DateTimeOffset.UnixEpoch), "Syria", "because", 1);
}
