namespace NewsAlerts.Channels.Tests.Sms;

using NewsAlerts.SmsSink;

/// <summary>
/// The SMS sink's fault plan: tests share one sink, so a fault set for one test's numbers must neither fail other
/// numbers nor be replaced or cleared by a fault another test sets for its own numbers or for every number.
/// </summary>
public sealed class The_sinks_faults_for_one_number_leave_every_other_number_alone
{
    private const string Mine = "+447400100001";
    private const string Theirs = "+447400100002";

    [Fact]
    public void A_fault_for_one_number_fails_only_that_number_for_its_count()
    {
        var plan = new FaultPlan();
        plan.Set(new SinkFault(500, To: Mine), 2);

        Assert.Null(plan.TryTake(Theirs));
        Assert.Null(plan.TryTake());
        Assert.Equal(500, plan.TryTake(Mine)?.Status);
        Assert.Equal(500, plan.TryTake(Mine)?.Status);
        Assert.Null(plan.TryTake(Mine));
    }

    [Fact]
    public void Faults_for_different_targets_are_kept_and_cleared_apart()
    {
        var plan = new FaultPlan();
        plan.Set(new SinkFault(400, Code: 21212, To: Mine), 10);
        plan.Set(new SinkFault(500), 1);

        // The number's own fault first; the fault for every number still reaches the others.
        Assert.Equal(21212, plan.TryTake(Mine)?.Code);
        Assert.Equal(500, plan.TryTake(Theirs)?.Status);
        Assert.Null(plan.TryTake(Theirs));

        // Clearing the fault for every number leaves the number's own; clearing that leaves nothing.
        plan.Set(new SinkFault(500), 0);
        Assert.Equal(21212, plan.TryTake(Mine)?.Code);
        plan.Set(new SinkFault(400, Code: 21212, To: Mine), 0);
        Assert.Null(plan.TryTake(Mine));
    }

    [Fact]
    public void A_number_whose_fault_ran_out_gets_the_fault_for_every_number()
    {
        var plan = new FaultPlan();
        plan.Set(new SinkFault(429, To: Mine), 1);
        plan.Set(new SinkFault(500), 1);

        Assert.Equal(429, plan.TryTake(Mine)?.Status);
        Assert.Equal(500, plan.TryTake(Mine)?.Status);
        Assert.Null(plan.TryTake(Mine));
    }
}
