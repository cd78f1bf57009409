namespace NewsAlerts.Core.Tests.Feeds.WebSub;

using NewsAlerts.Core.Feeds.WebSub;

public sealed class WebSub_subscriptions_are_verified_renewed_and_slow_polling
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly Uri Hub = new("https://hub.example.com/");
    private static readonly Uri Topic = new("https://news.example.com/feed.xml");
    private const string State = "st-1";

    private static WebSubSubscription Pending(DateTimeOffset at) =>
        new("f1", Hub, Topic, new Uri("https://alerts.example.com/api/websub/f1"), "s3cret", at, true, null, 0, null, null, State);

    private static WebSubSubscription Active(DateTimeOffset requestedAt, DateTimeOffset until, int leaseSeconds) =>
        Pending(requestedAt) with { Pending = false, LeaseUntil = until, LeaseSeconds = leaseSeconds };

    [Fact]
    public void A_subscribe_for_our_pending_topic_is_confirmed_with_the_challenge_and_starts_the_lease()
    {
        var verdict = WebSubRules.Verify(Pending(Now), new WebSubVerification("subscribe", Topic.AbsoluteUri, "c-123", "3600", null, State), Now);

        Assert.Equal(WebSubAnswer.Confirm, verdict.Answer);
        Assert.Equal("c-123", verdict.Challenge);
        Assert.False(verdict.Next!.Pending);
        Assert.Equal(Now.AddHours(1), verdict.Next.LeaseUntil);
        Assert.Equal(3600, verdict.Next.LeaseSeconds);
    }

    [Theory]
    [InlineData("subscribe", "https://news.example.com/other.xml", "c", "3600")]
    [InlineData("subscribe", "not a url", "c", "3600")]
    [InlineData("subscribe", null, "c", "3600")]
    [InlineData("unsubscribe", "https://news.example.com/feed.xml", "c", "3600")]
    [InlineData("subscribe", "https://news.example.com/feed.xml", "", "3600")]
    [InlineData("subscribe", "https://news.example.com/feed.xml", "c", "0")]
    [InlineData("subscribe", "https://news.example.com/feed.xml", "c", "-5")]
    [InlineData("subscribe", "https://news.example.com/feed.xml", "c", null)]
    [InlineData(null, "https://news.example.com/feed.xml", "c", "3600")]
    public void Anything_but_our_pending_topic_with_a_challenge_and_a_lease_is_refused(string? mode, string? topic, string? challenge, string? lease)
    {
        var verdict = WebSubRules.Verify(Pending(Now), new WebSubVerification(mode, topic, challenge, lease, null, State), Now);

        Assert.Equal(WebSubAnswer.Refuse, verdict.Answer);
        Assert.Null(verdict.Next);
        Assert.NotNull(verdict.Reason);
    }

    [Theory]
    [InlineData("subscribe", null)]
    [InlineData("subscribe", "")]
    [InlineData("subscribe", "st-0")]
    [InlineData("subscribe", "ST-1")]
    [InlineData("denied", null)]
    [InlineData("denied", "st-0")]
    public void A_verification_or_denial_without_the_state_of_our_pending_request_is_refused_and_changes_nothing(string mode, string? state)
    {
        var verdict = WebSubRules.Verify(Pending(Now), new WebSubVerification(mode, Topic.AbsoluteUri, "c", "3600", "no", state), Now);

        Assert.Equal(WebSubAnswer.Refuse, verdict.Answer);
        Assert.Null(verdict.Next);
        Assert.Contains("state", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subscription_stored_without_a_state_cannot_be_verified()
    {
        var verdict = WebSubRules.Verify(Pending(Now) with { State = null }, new WebSubVerification("subscribe", Topic.AbsoluteUri, "c", "3600", null, null), Now);

        Assert.Equal(WebSubAnswer.Refuse, verdict.Answer);
    }

    [Fact]
    public void A_lease_longer_than_30_days_is_taken_as_30_days()
    {
        var verdict = WebSubRules.Verify(Pending(Now), new WebSubVerification("subscribe", Topic.AbsoluteUri, "c-123", "2147483647", null, State), Now);

        Assert.Equal(WebSubAnswer.Confirm, verdict.Answer);
        Assert.Equal(WebSubRules.MaxLeaseSeconds, verdict.Next!.LeaseSeconds);
        Assert.Equal(Now.AddDays(30), verdict.Next.LeaseUntil);
    }

    [Fact]
    public void A_subscribe_without_a_request_waiting_or_without_any_subscription_is_refused()
    {
        var request = new WebSubVerification("subscribe", Topic.AbsoluteUri, "c", "3600", null, State);
        Assert.Equal(WebSubAnswer.Refuse, WebSubRules.Verify(Active(Now, Now.AddDays(1), 86_400), request, Now).Answer);
        Assert.Equal(WebSubAnswer.Refuse, WebSubRules.Verify(null, request, Now).Answer);
    }

    [Fact]
    public void A_denial_for_our_topic_is_recorded_and_ends_the_lease()
    {
        var verdict = WebSubRules.Verify(Active(Now, Now.AddDays(1), 86_400) with { Pending = true }, new WebSubVerification("denied", Topic.AbsoluteUri, null, null, "not allowed", State), Now);

        Assert.Equal(WebSubAnswer.Acknowledge, verdict.Answer);
        Assert.Null(verdict.Next!.LeaseUntil);
        Assert.False(verdict.Next.Pending);
        Assert.Contains("not allowed", verdict.Next.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_naming_a_hub_for_the_first_time_or_another_hub_or_topic_is_subscribed_afresh()
    {
        Assert.Equal(WebSubAction.Subscribe, WebSubRules.Due(null, Hub, Topic, Now));
        Assert.Equal(WebSubAction.Subscribe, WebSubRules.Due(Active(Now, Now.AddDays(10), 864_000), new Uri("https://other-hub.example.com/"), Topic, Now));
        Assert.Equal(WebSubAction.Subscribe, WebSubRules.Due(Active(Now, Now.AddDays(10), 864_000), Hub, new Uri("https://news.example.com/moved.xml"), Now));
    }

    [Fact]
    public void A_request_waiting_for_verification_is_left_alone_then_retried_after_the_wait()
    {
        var pending = Pending(Now);
        Assert.Equal(WebSubAction.None, WebSubRules.Due(pending, Hub, Topic, Now + WebSubRules.VerificationWait - TimeSpan.FromSeconds(1)));
        Assert.Equal(WebSubAction.Retry, WebSubRules.Due(pending, Hub, Topic, Now + WebSubRules.VerificationWait));
    }

    [Fact]
    public void A_lease_is_renewed_once_its_window_opens_before_it_lapses_and_not_asked_again_every_minute()
    {
        var lease = Active(Now, Now.AddDays(10), 864_000);
        var window = lease.LeaseUntil!.Value - WebSubRules.RenewBefore(864_000);

        Assert.Equal(TimeSpan.FromDays(1), WebSubRules.RenewBefore(864_000));
        Assert.Equal(WebSubAction.None, WebSubRules.Due(lease, Hub, Topic, window - TimeSpan.FromMinutes(1)));
        Assert.Equal(WebSubAction.Renew, WebSubRules.Due(lease, Hub, Topic, window));
        Assert.True(window < lease.LeaseUntil);

        // The renewal was sent but the hub refused it: asked again only after the verification wait, still before the lapse.
        var refused = lease with { RequestedAt = window, LastError = "hub answered HTTP 500" };
        Assert.Equal(WebSubAction.None, WebSubRules.Due(refused, Hub, Topic, window + TimeSpan.FromMinutes(1)));
        Assert.Equal(WebSubAction.Renew, WebSubRules.Due(refused, Hub, Topic, window + WebSubRules.VerificationWait));
    }

    [Theory]
    [InlineData(3600, 10)]
    [InlineData(60, 0.5)]
    [InlineData(86_400, 144)]
    [InlineData(31_536_000, 1440)]
    public void The_renewal_margin_is_a_tenth_of_the_lease_between_ten_minutes_and_a_day_and_never_over_half(int leaseSeconds, double minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), WebSubRules.RenewBefore(leaseSeconds));
    }

    [Fact]
    public void A_failed_or_denied_request_without_a_lease_is_retried_after_the_wait()
    {
        var denied = Pending(Now) with { Pending = false, LastError = "denied by the hub: no" };
        Assert.Equal(WebSubAction.None, WebSubRules.Due(denied, Hub, Topic, Now.AddMinutes(1)));
        Assert.Equal(WebSubAction.Retry, WebSubRules.Due(denied, Hub, Topic, Now + WebSubRules.VerificationWait));
    }

    [Fact]
    public void While_a_lease_runs_and_the_hub_pushes_the_feed_is_polled_at_the_fallback_interval_unless_its_own_is_longer()
    {
        var fallback = TimeSpan.FromHours(1);
        var lease = Active(Now, Now.AddDays(1), 86_400) with { LastPushAt = Now };

        Assert.Equal(fallback, WebSubRules.PollInterval(TimeSpan.FromMinutes(5), lease, Now, fallback));
        Assert.Equal(TimeSpan.FromHours(3), WebSubRules.PollInterval(TimeSpan.FromHours(3), lease, Now, fallback));
        Assert.Equal(TimeSpan.FromMinutes(5), WebSubRules.PollInterval(TimeSpan.FromMinutes(5), lease, Now.AddDays(1), fallback));
        Assert.Equal(TimeSpan.FromMinutes(5), WebSubRules.PollInterval(TimeSpan.FromMinutes(5), Pending(Now), Now, fallback));
        Assert.Equal(TimeSpan.FromMinutes(5), WebSubRules.PollInterval(TimeSpan.FromMinutes(5), null, Now, fallback));
    }

    [Fact]
    public void The_secret_is_not_in_the_subscriptions_text()
    {
        Assert.DoesNotContain("s3cret", Pending(Now).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", new WebSubRequest(Hub, Topic, Topic, "s3cret", 60).ToString(), StringComparison.Ordinal);
    }
}
