namespace NewsAlerts.Core.Tests.Subscribers;

using NewsAlerts.Core.Subscribers;

public sealed class Duplicate_subscribers_merge_into_the_oldest
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Conflicting_rows_merge_into_the_oldest_with_united_topics_and_the_opt_out_winning()
    {
        var newer = Row("s2", Start.AddDays(2), "Alice@example.com", ContactStatus.Confirmed, "+447911123456", ContactStatus.OptedOut, "Syria", "ceasefire") with { SmsWelcomed = true };
        var oldest = Row("s1", Start, "alice@example.com", ContactStatus.OptedOut, null, ContactStatus.None, "syria", "Aleppo");
        var middle = Row("s3", Start.AddDays(1), "ALICE@example.com", ContactStatus.Confirmed, "+447911123456", ContactStatus.Confirmed, "truce");

        var merged = DuplicateMerge.Merge([newer, oldest, middle]);

        Assert.Equal("s1", merged.Survivor.Id);
        Assert.Equal("alice@example.com", merged.Survivor.Email);
        Assert.Equal(ContactStatus.OptedOut, merged.Survivor.EmailStatus);
        Assert.Equal("+447911123456", merged.Survivor.Phone);
        Assert.Equal(ContactStatus.OptedOut, merged.Survivor.SmsStatus);
        Assert.Equal(["syria", "Aleppo", "truce", "ceasefire"], merged.Survivor.Topics.Select(t => t.Text));
        Assert.Equal(["t1", "t2", "t3", "t4"], merged.Survivor.Topics.Select(t => t.Id));
        Assert.True(merged.Survivor.SmsWelcomed);
        Assert.Equal(["s3", "s2"], merged.MergedIds);
        Assert.Empty(merged.DroppedTopics);
    }

    [Fact]
    public void Over_the_topic_limit_the_survivors_topics_come_first_and_the_rest_are_named()
    {
        var oldest = Row("s1", Start, "a@example.com", ContactStatus.Confirmed, null, ContactStatus.None, [.. Enumerable.Range(1, 49).Select(i => $"old {i}")]);
        var newer = Row("s2", Start.AddDays(1), "a@example.com", ContactStatus.Confirmed, null, ContactStatus.None, "new 1", "new 2", "new 3");

        var merged = DuplicateMerge.Merge([newer, oldest]);

        Assert.Equal(SubscriberRequestParser.MaxTopics, merged.Survivor.Topics.Count);
        Assert.Equal("new 1", merged.Survivor.Topics[^1].Text);
        Assert.Equal(["new 2", "new 3"], merged.DroppedTopics.Select(t => t.Text));
        Assert.Equal(ContactStatus.Confirmed, merged.Survivor.EmailStatus);
    }

    [Fact]
    public void A_single_row_is_its_own_survivor_and_nothing_is_not_a_merge()
    {
        var only = Row("s1", Start, null, ContactStatus.None, "+447911123456", ContactStatus.Pending, "Syria");
        var survivor = DuplicateMerge.Merge([only]).Survivor;

        Assert.Equal(only with { Topics = Array.Empty<Topic>() }, survivor with { Topics = Array.Empty<Topic>() });
        Assert.Equal(only.Topics, survivor.Topics);
        Assert.Throws<ArgumentException>(() => DuplicateMerge.Merge([]));
    }

    [Fact]
    public void Rows_sharing_only_a_number_keep_the_survivors_confirmed_address_and_the_other_as_the_persons_too()
    {
        var oldest = Row("s1", Start, "home@example.com", ContactStatus.Confirmed, "+447911123456", ContactStatus.Confirmed, "Syria");
        var newer = Row("s2", Start.AddDays(1), "work@example.com", ContactStatus.Confirmed, "+447911123456", ContactStatus.Confirmed, "truce");

        var survivor = DuplicateMerge.Merge([newer, oldest]).Survivor;

        Assert.Equal("home@example.com", survivor.Email);
        Assert.Equal(["work@example.com"], survivor.OtherEmails);
        Assert.Equal(["home@example.com", "work@example.com"], survivor.AllEmails());
        Assert.Null(survivor.OtherPhones);
    }

    [Fact]
    public void The_confirmed_address_is_kept_when_only_the_duplicates_is_confirmed_and_an_address_alone_is_taken_over()
    {
        var pending = Row("s1", Start, "home@example.com", ContactStatus.Pending, "+447911123456", ContactStatus.Confirmed, "Syria");
        var confirmed = Row("s2", Start.AddDays(1), "work@example.com", ContactStatus.Confirmed, "+447911123456", ContactStatus.Confirmed, "truce");
        var noAddress = Row("s0", Start.AddDays(-1), null, ContactStatus.None, "+447911123456", ContactStatus.Confirmed, "Gaza");

        var kept = DuplicateMerge.Merge([pending, confirmed]).Survivor;
        var takenOver = DuplicateMerge.Merge([noAddress, confirmed]).Survivor;

        Assert.Equal(("s1", "work@example.com", ContactStatus.Confirmed), (kept.Id, kept.Email, kept.EmailStatus));
        Assert.Equal(["home@example.com"], kept.OtherEmails);
        Assert.Equal(("s0", "work@example.com"), (takenOver.Id, takenOver.Email));
        Assert.Null(takenOver.OtherEmails);
    }

    [Fact]
    public void Rows_sharing_only_an_address_keep_every_number_and_a_later_merge_keeps_what_an_earlier_one_kept()
    {
        var oldest = Row("s1", Start, "a@example.com", ContactStatus.Confirmed, "+447911123456", ContactStatus.Confirmed, "Syria");
        var newer = Row("s2", Start.AddDays(1), "A@example.com", ContactStatus.Confirmed, "+447911654321", ContactStatus.Confirmed, "truce");
        var third = Row("s3", Start.AddDays(2), "a@example.com", ContactStatus.Confirmed, "+447700900123", ContactStatus.Pending, "Gaza");

        var first = DuplicateMerge.Merge([oldest, newer]).Survivor;
        var again = DuplicateMerge.Merge([first with { MergedIds = null }, third]).Survivor;

        Assert.Equal("+447911123456", first.Phone);
        Assert.Equal(["+447911654321"], first.OtherPhones);
        Assert.Equal(["+447911654321", "+447700900123"], again.OtherPhones);
        Assert.Null(again.OtherEmails);
    }

    [Fact]
    public void Confirming_another_address_makes_it_the_address_and_the_old_one_stays_the_persons()
    {
        var merged = Row("s1", Start, "home@example.com", ContactStatus.OptedOut, "+447911123456", ContactStatus.Confirmed, "Syria") with { OtherEmails = ["work@example.com"] };

        var confirmed = merged.WithConfirmedEmail("Work@example.com");
        var same = merged.WithConfirmedEmail("HOME@example.com");

        Assert.Equal(("Work@example.com", ContactStatus.Confirmed), (confirmed.Email, confirmed.EmailStatus));
        Assert.Equal(["home@example.com"], confirmed.OtherEmails);
        Assert.Equal("home@example.com", same.Email);
        Assert.Equal(["work@example.com"], same.OtherEmails);
        Assert.Equal(["+447911123456"], merged.WithConfirmedPhone("+447911654321").OtherPhones);
    }

    private static Subscriber Row(string id, DateTimeOffset created, string? email, ContactStatus emailStatus, string? phone, ContactStatus smsStatus, params string[] topics) =>
        new(id, email, emailStatus, phone, smsStatus, "UTC", [.. topics.Select((t, i) => new Topic($"t{i + 1}", t, false))], 2, created);
}
