namespace NewsAlerts.Core.Tests.ManageLinks;

using System.Text;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.ManageLinks;

public sealed class A_manage_link_request_is_settled_by_what_handling_decided
{
    [Theory]
    [InlineData(ManageLinkDecision.Unknown)]
    [InlineData(ManageLinkDecision.NotConfirmed)]
    [InlineData(ManageLinkDecision.Unreachable)]
    public void A_request_with_no_link_due_is_completed_and_nothing_else(ManageLinkDecision decision) =>
        Assert.Equal(new Settlement(SettlementAction.Complete), ManageLinkSettlement.After(new ManageLinkResult(decision), 1, 5));

    [Fact]
    public void A_sent_link_completes_the_request() =>
        Assert.Equal(SettlementAction.Complete, ManageLinkSettlement.After(new ManageLinkResult(ManageLinkDecision.Send, SendOutcome.Sent("q1")), 1, 5).Action);

    [Fact]
    public void A_link_the_mail_server_refused_for_good_is_dead_lettered_at_once_with_its_reason()
    {
        var settlement = ManageLinkSettlement.After(new ManageLinkResult(ManageLinkDecision.Send, SendOutcome.Permanent("550 mailbox unavailable")), 1, 5);

        Assert.Equal(SettlementAction.DeadLetter, settlement.Action);
        Assert.Equal(ManageLinkSettlement.SendRefused, settlement.DeadLetterReason);
        Assert.Contains("550 mailbox unavailable", settlement.DeadLetterDescription, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failure_for_now_goes_round_again_until_the_last_attempt_then_is_dead_lettered_with_the_reason()
    {
        var result = new ManageLinkResult(ManageLinkDecision.Send, SendOutcome.Transient("421 try later"));

        Assert.Equal(SettlementAction.Abandon, ManageLinkSettlement.After(result, 4, 5).Action);
        var last = ManageLinkSettlement.After(result, 5, 5);
        Assert.Equal(SettlementAction.DeadLetter, last.Action);
        Assert.Equal(ManageLinkSettlement.RequestFailed, last.DeadLetterReason);
        Assert.Contains("421 try later", last.DeadLetterDescription, StringComparison.Ordinal);
        Assert.Contains("attempt 5 of 5", last.DeadLetterDescription, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_carries_only_the_normalised_address_and_reads_back()
    {
        var body = ManageLinkMessage.Write("Person@example.com");

        Assert.Equal("""{"email":"Person@example.com"}""", Encoding.UTF8.GetString(body));
        Assert.Equal(new ManageLinkAsk(Channel.Email, "Person@example.com"), ManageLinkMessage.Read(body, out var problem));
        Assert.Null(problem);
        Assert.Throws<ArgumentException>(() => ManageLinkMessage.Write("Person@EXAMPLE.com"));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("{}")]
    [InlineData("""{"email":"secret-person@EXAMPLE.COM"}""")]
    [InlineData("""{"email":"secret-person"}""")]
    public void A_body_that_is_not_a_request_is_dead_lettered_without_repeating_it(string body)
    {
        Assert.Null(ManageLinkMessage.Read(Encoding.UTF8.GetBytes(body), out var problem));
        var settlement = ManageLinkSettlement.Unreadable(problem!);

        Assert.Equal(SettlementAction.DeadLetter, settlement.Action);
        Assert.Equal(ManageLinkSettlement.MalformedRequest, settlement.DeadLetterReason);
        Assert.DoesNotContain("secret-person", settlement.DeadLetterDescription, StringComparison.Ordinal);
    }
}
