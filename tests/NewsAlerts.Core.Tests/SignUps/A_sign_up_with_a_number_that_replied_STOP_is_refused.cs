namespace NewsAlerts.Core.Tests.SignUps;

using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

/// <summary>Trial r33 #1: nothing goes to a suppressed number, not even a code; the refusal names the field and START.</summary>
public sealed class A_sign_up_with_a_number_that_replied_STOP_is_refused
{
    private static SubscriberRequest Request(string? email, string? phone) => new(email, phone, "UTC", [("Syria", false)], 2);

    [Fact]
    public void A_suppressed_number_is_refused_naming_phone_and_START()
    {
        var refusal = StoppedNumbers.Refusal(Request(null, "+447700900123"), numberSuppressed: true);

        Assert.NotNull(refusal);
        Assert.Equal("phone", refusal.Field);
        Assert.Contains("START", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppressed_number_with_an_address_is_refused_whole() =>
        Assert.Equal("phone", StoppedNumbers.Refusal(Request("ann@example.com", "+447700900123"), numberSuppressed: true)?.Field);

    [Fact]
    public void A_number_not_suppressed_goes_ahead() =>
        Assert.Null(StoppedNumbers.Refusal(Request(null, "+447700900123"), numberSuppressed: false));

    [Fact]
    public void An_address_alone_is_never_refused_here_a_new_sign_up_by_email_is_new_consent() =>
        Assert.Null(StoppedNumbers.Refusal(Request("ann@example.com", null), numberSuppressed: true));
}
