namespace NewsAlerts.Core.Tests.Health;

using NewsAlerts.Core.Health;

/// <summary>
/// Trial s42 #A: a replica's check-out that failed because storage had already stopped printed a whole
/// AggregateException stack. Such a failure is told in one line: its innermost cause's type and first message line.
/// </summary>
public sealed class An_expected_failure_is_told_in_one_line_by_its_cause
{
    [Fact]
    public void A_retrying_clients_aggregate_is_told_by_its_last_attempts_innermost_cause()
    {
        var refused = new HttpRequestException("Connection refused (127.0.0.1:10002)");
        var error = new AggregateException(
            "Retry failed after 4 tries. Retry settings can be adjusted in ClientOptions.Retry",
            new InvalidOperationException("first try", new TimeoutException("slow")),
            new InvalidOperationException("last try", refused));

        Assert.Equal("HttpRequestException: Connection refused (127.0.0.1:10002)", FailureReason.OneLine(error));
    }

    [Fact]
    public void A_message_of_several_lines_is_told_by_its_first()
    {
        var error = new InvalidOperationException("Service request failed.\nStatus: 503 (Service Unavailable)\nHeaders: …");

        Assert.Equal("InvalidOperationException: Service request failed.", FailureReason.OneLine(error));
    }

    [Fact]
    public void An_exception_with_no_message_is_told_by_its_type()
    {
        Assert.Equal("AggregateException", FailureReason.OneLine(new AggregateException(" ")));
        Assert.DoesNotContain('\n', FailureReason.OneLine(new AggregateException()));
    }
}
