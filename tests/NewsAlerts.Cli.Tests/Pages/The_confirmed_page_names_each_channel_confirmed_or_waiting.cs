namespace NewsAlerts.Cli.Tests.Pages;

using NewsAlerts.Cli.Tests.Pages.Languages;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Confirm;

/// <summary>
/// Trial r37 #1: the "you're confirmed" page listed the topics but not the channels. It names each channel confirmed now
/// and each contact of the sign-up just confirmed that still waits, and nothing for a channel the person does not have.
/// </summary>
public sealed class The_confirmed_page_names_each_channel_confirmed_or_waiting
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Languages => [.. TextLanguages.Offered];

    [Fact]
    public void A_number_confirmed_before_its_address_says_texts_confirmed_and_email_waiting()
    {
        using var scope = new PageLanguageScope("en");
        var subscriber = Subscriber(phone: ContactStatus.Confirmed);
        var signUp = SignUp(subscriber.Id) with { SmsConfirmed = true };

        Assert.Equal("Email: waiting until you press the link we emailed you. Texts: confirmed.", ConfirmedChannels.Sentence(subscriber, signUp));
    }

    [Fact]
    public void Both_confirmed_says_both_and_nothing_waits()
    {
        using var scope = new PageLanguageScope("en");
        var subscriber = Subscriber(email: ContactStatus.Confirmed, phone: ContactStatus.Confirmed);

        Assert.Equal("Email: confirmed. Texts: confirmed.", ConfirmedChannels.Sentence(subscriber, SignUp(subscriber.Id) with { EmailConfirmed = true, SmsConfirmed = true }));
    }

    [Fact]
    public void An_address_only_subscriber_hears_nothing_of_texts()
    {
        using var scope = new PageLanguageScope("en");
        var subscriber = Subscriber(email: ContactStatus.Confirmed);

        Assert.Equal("Email: confirmed.", ConfirmedChannels.Sentence(subscriber, null));
        Assert.Null(ConfirmedChannels.Sentence(false, false, false, false));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_language_has_four_different_lines(string language)
    {
        using var scope = new PageLanguageScope(language);

        string[] lines = [PageStrings.ConfirmedChannelEmail, PageStrings.ConfirmedChannelSms, PageStrings.ConfirmedChannelEmailWaiting, PageStrings.ConfirmedChannelSmsWaiting];

        Assert.Equal(4, lines.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(lines[0] + " " + lines[3], ConfirmedChannels.Sentence(true, false, false, true));
    }

    private static Subscriber Subscriber(ContactStatus email = ContactStatus.None, ContactStatus phone = ContactStatus.None) => new(
        "s1", email == ContactStatus.None ? null : "a@example.com", email, phone == ContactStatus.None ? null : "+447700900123", phone, "UTC", [], 2, Now);

    private static PendingSignUp SignUp(string subscriberId) => new(
        "uAbc", "a@example.com", "+447700900123", "UTC", [], 2, Now, new PendingConfirmations(null, null, null, 0), SubscriberId: subscriberId);
}
