namespace NewsAlerts.Core.Tests.ManageLinks;

using NewsAlerts.Core.ManageLinks;
using NewsAlerts.Core.Subscribers;

public sealed class A_fresh_manage_link_goes_only_to_an_address_proven_theirs
{
    private static Subscriber With(string? email, ContactStatus status, PendingConfirmations? pending = null, IReadOnlyList<string>? others = null) =>
        new("s1", email, status, "+447400123456", ContactStatus.Confirmed, "UTC", [], 2, DateTimeOffset.UnixEpoch, Pending: pending, OtherEmails: others);

    [Fact]
    public void A_confirmed_address_gets_one_whatever_the_case_it_is_typed_in() =>
        Assert.Equal(ManageLinkDecision.Send, ManageLinkRecovery.Decide(With("ana@example.org", ContactStatus.Confirmed), "Ana@EXAMPLE.org"));

    [Fact]
    public void An_address_that_stopped_everything_gets_one_to_come_back() =>
        Assert.Equal(ManageLinkDecision.Send, ManageLinkRecovery.Decide(With("ana@example.org", ContactStatus.OptedOut), "ana@example.org"));

    [Fact]
    public void An_address_stopped_before_it_was_ever_confirmed_gets_none() =>
        Assert.Equal(ManageLinkDecision.NotConfirmed,
            ManageLinkRecovery.Decide(With("ana@example.org", ContactStatus.OptedOut, new PendingConfirmations("nonce", null, null, 0)), "ana@example.org"));

    [Fact]
    public void An_address_waiting_for_confirmation_gets_none() =>
        Assert.Equal(ManageLinkDecision.NotConfirmed, ManageLinkRecovery.Decide(With("ana@example.org", ContactStatus.Pending), "ana@example.org"));

    [Fact]
    public void An_address_the_mail_server_refused_gets_none() =>
        Assert.Equal(ManageLinkDecision.Unreachable, ManageLinkRecovery.Decide(With("ana@example.org", ContactStatus.Disabled), "ana@example.org"));

    [Fact]
    public void Nobody_or_an_old_merged_address_gets_none()
    {
        Assert.Equal(ManageLinkDecision.Unknown, ManageLinkRecovery.Decide(null, "ana@example.org"));
        Assert.Equal(ManageLinkDecision.Unknown, ManageLinkRecovery.Decide(With("new@example.org", ContactStatus.Confirmed, others: ["ana@example.org"]), "ana@example.org"));
        Assert.Equal(ManageLinkDecision.Unknown, ManageLinkRecovery.Decide(With(null, ContactStatus.None), "ana@example.org"));
    }
}
