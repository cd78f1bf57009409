namespace NewsAlerts.Cli.Tests.Dev;

using NewsAlerts.Cli.Dev;

public sealed class The_live_summary_line_counts_what_the_dispatcher_did
{
    [Fact]
    public void A_quiet_window_prints_nothing()
    {
        Assert.Null(new DeliveryWindow().Line(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Rates_are_per_second_per_channel_and_failures_lag_and_dead_letters_are_shown()
    {
        var window = new DeliveryWindow();
        window.AddAlerts("email", "sent", 95);
        window.AddAlerts("email", "possible_duplicate", 5);
        window.AddAlerts("sms", "sent", 4);
        window.AddAlerts("sms", "failed", 2);
        window.AddAlerts("email", "retrying", 3);
        window.AddLag(0.5);
        window.AddLag(0.1);
        window.AddLag(2.25);
        window.AddDeadLetters(1);

        var line = window.Line(TimeSpan.FromSeconds(10));

        Assert.Equal("email 10.0/s, sms 0.4/s · lag median 0.50 s, max 2.25 s · failed 2 · retrying 3 · dead letters 1", line);
    }
}
