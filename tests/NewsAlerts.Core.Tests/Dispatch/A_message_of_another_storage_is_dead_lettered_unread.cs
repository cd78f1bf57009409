namespace NewsAlerts.Core.Tests.Dispatch;

using NewsAlerts.Core.Dispatch;

public sealed class A_message_of_another_storage_is_dead_lettered_unread
{
    private static readonly StorageScope Own = StorageScope.Of("devstoreaccount1", "t1a2b");

    [Fact]
    public void A_message_stamped_with_this_workers_storage_is_handled()
    {
        Assert.Null(ScopeCheck.Refusal(Stamped("devstoreaccount1/t1a2b"), Own));
    }

    [Fact]
    public void A_message_with_no_stamp_queued_before_stamps_or_sent_by_hand_is_handled_as_before()
    {
        Assert.Null(ScopeCheck.Refusal(new Dictionary<string, object> { ["articleId"] = "urn:a" }, Own));
        Assert.Null(ScopeCheck.Refusal(new Dictionary<string, object>(), Own));
    }

    [Theory]
    [InlineData("devstoreaccount1/t9x8y")] // another table prefix, as two local runs in one process
    [InlineData("newsalertsprod/")] // another deployment's account
    [InlineData("devstoreaccount1/")] // the same account without a prefix
    [InlineData("")]
    public void A_message_stamped_for_another_storage_is_dead_lettered_naming_both_scopes_and_the_cause(string theirs)
    {
        var settlement = ScopeCheck.Refusal(Stamped(theirs), Own);

        Assert.NotNull(settlement);
        Assert.Equal(SettlementAction.DeadLetter, settlement.Action);
        Assert.Equal("OtherStorage", settlement.DeadLetterReason);
        Assert.StartsWith($"Planned for storage '{theirs}', received by a worker of storage 'devstoreaccount1/t1a2b'.", settlement.DeadLetterDescription, StringComparison.Ordinal);
        Assert.Contains("share one Service Bus namespace", settlement.DeadLetterDescription, StringComparison.Ordinal);
        // Nothing in the ledger is the worker's to mark for it.
        Assert.False(DeadLettering.MarksLedger(settlement));
    }

    [Fact]
    public void A_stamp_that_is_not_text_is_another_storage_too()
    {
        var settlement = ScopeCheck.Refusal(new Dictionary<string, object> { [StorageScope.Property] = 42 }, Own);

        Assert.Equal("OtherStorage", settlement?.DeadLetterReason);
        Assert.StartsWith("Planned for storage '42'", settlement?.DeadLetterDescription, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_scopes_lead_the_description_so_a_listing_cut_at_100_characters_shows_them()
    {
        var description = ScopeCheck.Describe("newsalertsstaging/", StorageScope.Of("newsalertsprod", ""));

        Assert.Contains("'newsalertsstaging/'", description[..100], StringComparison.Ordinal);
        Assert.Contains("'newsalertsprod/'", description[..100], StringComparison.Ordinal);
    }

    private static Dictionary<string, object> Stamped(string scope) => new() { [StorageScope.Property] = scope, ["articleId"] = "urn:a" };
}
