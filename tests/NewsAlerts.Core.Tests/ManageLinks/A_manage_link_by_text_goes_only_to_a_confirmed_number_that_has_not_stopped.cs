namespace NewsAlerts.Core.Tests.ManageLinks;

using System.Text;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.ManageLinks;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// Issue 16: a person with a number only asks for their manage link by number. It is texted only to the subscriber's
/// current, confirmed number, and never to a number that stopped our texts (STOP, the carrier's opt-out, "stop
/// everything"): the page tells every asker how to restart instead.
/// </summary>
public sealed class A_manage_link_by_text_goes_only_to_a_confirmed_number_that_has_not_stopped
{
    private const string Number = "+447400123456";

    private static Subscriber With(string? phone, ContactStatus status, IReadOnlyList<string>? others = null) =>
        new("s1", null, ContactStatus.None, phone, status, "UTC", [], 2, DateTimeOffset.UnixEpoch, OtherPhones: others);

    [Fact]
    public void A_confirmed_number_with_no_email_gets_one() =>
        Assert.Equal(ManageLinkDecision.Send, ManageLinkRecovery.DecideText(With(Number, ContactStatus.Confirmed), Number, suppressed: false));

    [Fact]
    public void A_number_on_the_suppression_list_gets_none_even_when_its_subscriber_still_reads_confirmed() =>
        Assert.Equal(ManageLinkDecision.Stopped, ManageLinkRecovery.DecideText(With(Number, ContactStatus.Confirmed), Number, suppressed: true));

    [Fact]
    public void A_number_that_replied_stop_gets_none() =>
        Assert.Equal(ManageLinkDecision.Stopped, ManageLinkRecovery.DecideText(With(Number, ContactStatus.OptedOut), Number, suppressed: false));

    [Fact]
    public void A_number_waiting_for_its_code_gets_none() =>
        Assert.Equal(ManageLinkDecision.NotConfirmed, ManageLinkRecovery.DecideText(With(Number, ContactStatus.Pending), Number, suppressed: false));

    [Fact]
    public void A_number_the_provider_refused_gets_none() =>
        Assert.Equal(ManageLinkDecision.Unreachable, ManageLinkRecovery.DecideText(With(Number, ContactStatus.Disabled), Number, suppressed: false));

    [Fact]
    public void Nobody_another_number_or_an_old_merged_number_gets_none()
    {
        Assert.Equal(ManageLinkDecision.Unknown, ManageLinkRecovery.DecideText(null, Number, suppressed: false));
        Assert.Equal(ManageLinkDecision.Unknown, ManageLinkRecovery.DecideText(With("+447400999999", ContactStatus.Confirmed, others: [Number]), Number, suppressed: false));
        Assert.Equal(ManageLinkDecision.Unknown, ManageLinkRecovery.DecideText(With(null, ContactStatus.None), Number, suppressed: false));
    }

    [Fact]
    public void The_queue_message_carries_only_the_number_and_reads_back_as_a_text_request()
    {
        var body = ManageLinkMessage.WritePhone(Number);

        using var json = System.Text.Json.JsonDocument.Parse(body);
        Assert.Equal(Number, Assert.Single(json.RootElement.EnumerateObject(), p => p.Name == "phone").Value.GetString());
        Assert.Single(json.RootElement.EnumerateObject());
        Assert.Equal(new ManageLinkAsk(Channel.Sms, Number), ManageLinkMessage.Read(body, out var problem));
        Assert.Null(problem);
        Assert.Throws<ArgumentException>(() => ManageLinkMessage.WritePhone("07400 123456"));
    }

    [Theory]
    [InlineData("""{"phone":"07400 123456"}""")]
    [InlineData("""{"phone":"+44 7400 123456"}""")]
    [InlineData("""{"phone":"+447400123456","email":"person@example.com"}""")]
    public void A_number_not_in_e164_or_with_an_address_too_is_not_a_request_and_the_reason_does_not_repeat_it(string body)
    {
        Assert.Null(ManageLinkMessage.Read(Encoding.UTF8.GetBytes(body), out var problem));
        Assert.NotNull(problem);
        Assert.DoesNotContain("7400", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("person", problem, StringComparison.Ordinal);
    }
}
