namespace NewsAlerts.Core.Tests.Dispatch;

using System.Text;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;

public sealed class A_batch_message_is_read_or_refused_with_a_reason
{
    [Fact]
    public void What_the_publisher_writes_reads_back_as_the_batch()
    {
        var batch = Samples.Batch(Channel.Sms, "s1", "s2");
        var body = BatchMessage.Write(batch);

        Assert.Contains("\"recipients\":[{\"subscriberId\":\"s1\"", Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        var reading = BatchMessage.Read(body, Channel.Sms);

        Assert.Null(reading.Problem);
        Assert.Equal(["s1", "s2"], reading.Batch!.Recipients.Select(r => r.SubscriberId));
        Assert.Equal(batch.Content, reading.Batch.Content);
    }

    [Fact]
    public void The_time_a_batch_was_planned_for_travels_with_it_and_leaves_its_message_id_alone()
    {
        var batch = Samples.Batch(Channel.Sms, "s1");
        var planned = batch with { PlannedFor = new DateTimeOffset(2026, 11, 30, 23, 55, 0, TimeSpan.Zero) };

        var reading = BatchMessage.Read(BatchMessage.Write(planned), Channel.Sms);

        Assert.Equal(planned.PlannedFor, reading.Batch!.PlannedFor);
        Assert.Equal(batch.MessageId, planned.MessageId);
        Assert.Null(BatchMessage.Read(BatchMessage.Write(batch), Channel.Sms).Batch!.PlannedFor);
    }

    [Fact]
    public void A_body_that_is_not_json_is_refused_as_not_a_batch()
    {
        var reading = BatchMessage.Read("{ not json"u8, Channel.Email);

        Assert.Null(reading.Batch);
        Assert.StartsWith("The message body is not a delivery batch: ", reading.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("""{"channel":"Email","batchNumber":0}""")]
    public void Json_without_a_batch_or_its_recipients_is_refused(string json)
    {
        var reading = BatchMessage.Read(Encoding.UTF8.GetBytes(json), Channel.Email);

        Assert.Null(reading.Batch);
        Assert.Equal("The message is not an email delivery batch.", reading.Problem);
    }

    [Fact]
    public void A_batch_of_the_other_channel_is_refused_on_this_queue()
    {
        var body = BatchMessage.Write(Samples.Batch(Channel.Sms, "s1"));

        var reading = BatchMessage.Read(body, Channel.Email);

        Assert.Null(reading.Batch);
        Assert.Equal("The message is not an email delivery batch.", reading.Problem);
    }
}
