namespace NewsAlerts.Core.Tests.Dispatch;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Suppression;

/// <summary>What differs between email and SMS, asked of the channel's own type rather than branched on.</summary>
public sealed class Each_channel_is_one_type_that_knows_its_differences
{
    [Theory]
    [InlineData(Channel.Email, "email", "email-alerts")]
    [InlineData(Channel.Sms, "sms", "sms-alerts")]
    public void A_channel_has_its_name_and_queue_and_comes_back_from_its_wire_value(Channel kind, string name, string queue)
    {
        var channel = AlertChannel.For(kind);

        Assert.Equal(kind, channel.Kind);
        Assert.Equal(name, channel.Name);
        Assert.Equal(queue, channel.Queue);
        Assert.Contains(channel, AlertChannel.All);
    }

    [Fact]
    public void Email_goes_at_any_urgency_and_sms_only_up_to_the_subscribers_threshold()
    {
        var subscriber = Samples.Subscriber();

        Assert.True(AlertChannel.Email.Wants(subscriber, urgency: 9));
        Assert.True(AlertChannel.Sms.Wants(subscriber, urgency: Subscriber.DefaultSmsMaxUrgency));
        Assert.False(AlertChannel.Sms.Wants(subscriber, urgency: Subscriber.DefaultSmsMaxUrgency + 1));
        Assert.False(AlertChannel.Email.Wants(Samples.Subscriber(email: ContactStatus.Disabled), urgency: 1));
    }

    [Fact]
    public void Disabling_a_channel_touches_only_that_channel()
    {
        var subscriber = Samples.Subscriber();

        Assert.Equal((ContactStatus.Disabled, ContactStatus.Confirmed), Statuses(AlertChannel.Email.Disable(subscriber)));
        Assert.Equal((ContactStatus.Confirmed, ContactStatus.Disabled), Statuses(AlertChannel.Sms.Disable(subscriber)));
    }

    [Fact]
    public void Only_the_first_sms_changes_the_subscriber()
    {
        Assert.True(AlertChannel.Sms.AfterSent(Samples.Subscriber(smsWelcomed: false))?.SmsWelcomed);
        Assert.Null(AlertChannel.Sms.AfterSent(Samples.Subscriber(smsWelcomed: true)));
        Assert.Null(AlertChannel.Email.AfterSent(Samples.Subscriber()));
    }

    [Fact]
    public void Each_channel_has_its_contact_refusal_reason_and_concurrency_setting()
    {
        var subscriber = Samples.Subscriber();
        var settings = new Concurrency(3, 7);

        Assert.Equal(subscriber.Email, AlertChannel.Email.ContactOf(subscriber));
        Assert.Equal(subscriber.Phone, AlertChannel.Sms.ContactOf(subscriber));
        Assert.Equal(SuppressionReason.HardBounce, AlertChannel.Email.RefusalReason);
        Assert.Equal(SuppressionReason.ProviderOptOut, AlertChannel.Sms.RefusalReason);
        Assert.Equal(3, AlertChannel.Email.ConcurrencyOf(settings));
        Assert.Equal(7, AlertChannel.Sms.ConcurrencyOf(settings));
        Assert.False(AlertChannel.Email.HasStatusCallbacks);
        Assert.True(AlertChannel.Sms.HasStatusCallbacks);
    }

    [Fact]
    public void Contact_keys_are_normalised_by_their_channel()
    {
        Assert.Equal("email:ann@example.com", ContactKeys.Of(Channel.Email, " Ann@Example.COM "));
        Assert.Equal("sms:+447911123456", ContactKeys.Of(Channel.Sms, "+44 7911 123456"));
    }

    private static (ContactStatus Email, ContactStatus Sms) Statuses(Subscriber subscriber) => (subscriber.EmailStatus, subscriber.SmsStatus);

    private sealed record Concurrency(int EmailConcurrency, int SmsConcurrency) : IChannelConcurrency;
}
