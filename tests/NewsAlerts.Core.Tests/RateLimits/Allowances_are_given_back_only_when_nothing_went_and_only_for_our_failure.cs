namespace NewsAlerts.Core.Tests.RateLimits;

using NewsAlerts.Core.RateLimits;

/// <summary>
/// Issue 16 review: the API's contact change gave allowances back only when an exception was thrown, and the 500 answer
/// of any request gave them back even after a confirmation went out. Every path now asks one rule
/// (<see cref="AllowanceReturns.Due"/>) over how each thing the request took them for ended: given back only when nothing
/// went out and every failure was ours.
/// </summary>
public sealed class Allowances_are_given_back_only_when_nothing_went_and_only_for_our_failure
{
    [Theory]
    [InlineData(new[] { ConfirmationEnd.FailedOnOurSide }, true)] // the provider failed for now (sign-up, resend, contact change)
    [InlineData(new[] { ConfirmationEnd.FailedOnOurSide, ConfirmationEnd.FailedOnOurSide }, true)] // both channels failed on our side
    [InlineData(new[] { ConfirmationEnd.Went }, false)]
    [InlineData(new[] { ConfirmationEnd.NotOurs }, false)] // refused for good, or cut short by the deadline
    [InlineData(new[] { ConfirmationEnd.Went, ConfirmationEnd.FailedOnOurSide }, false)] // one went (the link, or a confirmation before a 500), the other failed
    [InlineData(new[] { ConfirmationEnd.FailedOnOurSide, ConfirmationEnd.NotOurs }, false)]
    public void The_rule_over_every_end_of_a_request(ConfirmationEnd[] ends, bool due)
    {
        Assert.Equal(due, AllowanceReturns.Due(ends));
    }

    [Fact]
    public void Nothing_tried_gives_nothing_back()
    {
        Assert.False(AllowanceReturns.Due([]));
    }

    [Fact]
    public void The_order_of_the_ends_does_not_matter()
    {
        Assert.Equal(
            AllowanceReturns.Due([ConfirmationEnd.Went, ConfirmationEnd.FailedOnOurSide]),
            AllowanceReturns.Due([ConfirmationEnd.FailedOnOurSide, ConfirmationEnd.Went]));
    }
}
