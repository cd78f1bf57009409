namespace NewsAlerts.Core.Tests.Health;

using NewsAlerts.Core.Health;

/// <summary>
/// Trial r38 #1: one text to one number, refused for our From number and tried 20 times (the dispatcher's retries),
/// showed in health as "20 texts refused". Texts and attempts are counted apart, a text by its key (recipient and message).
/// </summary>
public sealed class A_refused_text_is_counted_once_however_often_it_was_tried
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 17, 7, 23, TimeSpan.Zero);

    [Fact]
    public void One_text_tried_twenty_times_reads_one_text_refused_with_its_twenty_attempts()
    {
        string? keys = null;
        var texts = 0;
        var key = SmsTextKey.Of("01SUBSCRIBER", "NewsAlerts: Ceasefire holds https://x.test/a/1");
        for (var attempt = 0; attempt < 20; attempt++)
        {
            (keys, texts) = SmsTextKey.Add(keys, key);
        }

        Assert.Equal(1, texts);
        Assert.Equal(
            "Twilio 21212 (the 'From' number is not a valid phone number): fix Twilio__FromNumber; 1 text refused (20 attempts), the last at 2026-12-02T17:07:23Z",
            new SmsConfigurationFault(21212, "Twilio__FromNumber", "the 'From' number is not a valid phone number", At, Attempts: 20, Texts: texts).Describe());
    }

    [Fact]
    public void Different_recipients_or_messages_are_different_texts()
    {
        var (keys, _) = SmsTextKey.Add(null, SmsTextKey.Of("a", "alert 1"));
        (keys, _) = SmsTextKey.Add(keys, SmsTextKey.Of("b", "alert 1"));
        var (_, texts) = SmsTextKey.Add(keys, SmsTextKey.Of("a", "alert 2"));

        Assert.Equal(3, texts);
    }

    [Fact]
    public void A_key_names_neither_the_number_nor_the_message()
    {
        var key = SmsTextKey.Of("+447400123456", "Your code is 123456");

        Assert.Matches("^[0-9a-f]{16}$", key);
    }

    [Theory]
    [InlineData(3, 3, "3 texts refused")]
    [InlineData(1, 1, "1 text refused")]
    [InlineData(2, 7, "2 texts refused (7 attempts)")]
    [InlineData(0, 5, "5 attempts refused")] // a row from before texts were counted: only what is known
    [InlineData(SmsConfigurationFault.MaxTextsCounted, 900, "at least 200 texts refused (900 attempts)")]
    public void The_detail_says_texts_and_attempts_only_as_far_as_they_are_known(int texts, int attempts, string said) =>
        Assert.Contains($"; {said}, the last at", new SmsConfigurationFault(21212, "Twilio__FromNumber", "r", At, attempts, texts).Describe(), StringComparison.Ordinal);

    [Fact]
    public void Past_the_cap_no_more_keys_are_kept_and_the_count_stays_at_the_cap()
    {
        string? keys = null;
        var texts = 0;
        for (var i = 0; i < SmsConfigurationFault.MaxTextsCounted + 5; i++)
        {
            (keys, texts) = SmsTextKey.Add(keys, SmsTextKey.Of($"s{i}", "m"));
        }

        Assert.Equal(SmsConfigurationFault.MaxTextsCounted, texts);
        Assert.True(keys!.Length < 32_000, "the stored keys fit one Table string property");
    }

    [Fact]
    public void A_count_adds_every_attempt_and_each_text_once()
    {
        var key = SmsTextKey.Of("01SUBSCRIBER", "alert 1");

        var count = SmsRefusalCount.None.Add(key).Add(key).Add(SmsTextKey.Of("01SUBSCRIBER", "alert 2"));

        Assert.Equal((3, 2), (count.Attempts, count.Texts));
    }

    // Review of s38, finding 3: a row from before texts were counted read "1 text refused (21 attempts)" after one more.
    [Fact]
    public void A_count_of_attempts_from_before_texts_were_counted_stays_attempts_only()
    {
        var count = new SmsRefusalCount(20, null, 0).Add(SmsTextKey.Of("01SUBSCRIBER", "alert 1"));

        Assert.Equal(new SmsRefusalCount(21, null, 0), count);
        Assert.Contains("; 21 attempts refused,", new SmsConfigurationFault(21212, "Twilio__FromNumber", "r", At, count.Attempts, count.Texts).Describe(), StringComparison.Ordinal);
    }
}
