namespace NewsAlerts.Core.Tests.Dispatch;

using NewsAlerts.Core.Dispatch;

/// <summary>Claiming an alert the ledger already has, as a plain function of its state, its claim time and the lease.</summary>
public sealed class A_claim_is_taken_over_only_after_its_lease
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 4, 0, 0, TimeSpan.Zero);
    private static readonly ClaimLease Lease = new(TimeSpan.FromMinutes(5), TimeSpan.Zero);

    [Fact]
    public void A_claim_younger_than_the_lease_is_held_elsewhere()
    {
        Assert.Equal(ClaimResult.HeldElsewhere, Lease.OnExisting(LedgerState.Claimed, Now.AddMinutes(-4.9), Now));
    }

    [Fact]
    public void A_claim_as_old_as_the_lease_was_left_by_a_crash_and_is_taken_over()
    {
        Assert.Equal(ClaimResult.ClaimedAfterCrash, Lease.OnExisting(LedgerState.Claimed, Now.AddMinutes(-5), Now));
    }

    [Fact]
    public void A_claim_without_a_time_is_taken_over()
    {
        Assert.Equal(ClaimResult.ClaimedAfterCrash, Lease.OnExisting(LedgerState.Claimed, null, Now));
    }

    [Fact]
    public void A_retry_is_claimed_at_once_whatever_its_age()
    {
        Assert.Equal(ClaimResult.Claimed, Lease.OnExisting(LedgerState.Retrying, Now, Now));
    }

    [Fact]
    public void An_alert_of_a_dead_lettered_batch_is_claimed_at_once_when_the_batch_is_replayed()
    {
        Assert.Equal(ClaimResult.Claimed, Lease.OnExisting(LedgerState.DeadLettered, Now.AddDays(-1), Now));
        Assert.Equal(Lease.OnExisting(LedgerState.Retrying, Now, Now), Lease.OnExisting(LedgerState.DeadLettered, Now, Now));
    }

    [Theory]
    [InlineData(LedgerState.Sent)]
    [InlineData(LedgerState.Delivered)]
    [InlineData(LedgerState.Failed)]
    [InlineData(LedgerState.Skipped)]
    public void An_alert_with_an_outcome_is_done(LedgerState state)
    {
        Assert.Equal(ClaimResult.AlreadyDone, Lease.OnExisting(state, Now.AddDays(-1), Now));
    }

    [Fact]
    public void A_claim_stamped_by_a_clock_running_behind_stays_held_for_the_lease_within_the_skew_margin()
    {
        // The claimer's clock is 20 s behind the reader's: its claim, 4 min 50 s old in real time, reads as 5 min 10 s.
        var withMargin = new ClaimLease(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(30));

        Assert.Equal(ClaimResult.HeldElsewhere, withMargin.OnExisting(LedgerState.Claimed, Now.AddSeconds(-310), Now));
        Assert.Equal(ClaimResult.ClaimedAfterCrash, withMargin.OnExisting(LedgerState.Claimed, Now.AddSeconds(-330), Now));
    }

    [Fact]
    public void The_default_lease_has_a_skew_margin_and_refreshes_three_times_per_lease()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), ClaimLease.Default.ClockSkewMargin);
        Assert.Equal(TimeSpan.FromMinutes(5) / 3, ClaimLease.Default.RefreshInterval);
    }
}
