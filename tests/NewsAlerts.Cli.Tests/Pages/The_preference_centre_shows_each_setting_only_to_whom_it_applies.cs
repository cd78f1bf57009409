namespace NewsAlerts.Cli.Tests.Pages;

using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Channels.Templates;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Pages.Fields;
using NewsAlerts.Pages.Manage;

/// <summary>
/// Issue 16 (stop 34): the preference centre showed a person with a number only the email frequency, digest time and
/// day and an email cap, and a person with an address only quiet hours (which hold texts only, with a hint about
/// texts), the flash box, the SMS urgency and a text cap. Each setting is shown only to a person whose channels it
/// applies to (<see cref="SettingsChannels"/>); a stopped contact does not count, one waiting for confirmation does, a
/// contact only being added does not yet; the form to add the other channel stays. Rendered as the Function App
/// renders it, in each of the 8 languages.
/// </summary>
public sealed partial class The_preference_centre_shows_each_setting_only_to_whom_it_applies : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly string[] EmailFields = ["emailFrequency", "digestTime", "weekday", "capEmail"];
    private static readonly string[] TextFields = ["quietStart", "quietEnd", "flashThrough", "capSms", "smsMaxUrgency"];
    private static readonly string[] Offered = ["en", "de", "fr", "es", "it", "nl", "pt", "ar"];
    private readonly RazorTemplates templates = new();

    public enum Person
    {
        EmailOnly,
        PhoneOnly,
        Both,
        BothWithPhoneWaiting,
        BothWithEmailUnsubscribed,
        BothWithPhoneStopped,
        PhoneOnlyAddingAnEmail,
        EmailOnlyAddingANumber,
    }

    public static TheoryData<Person, string> EachPersonInEachLanguage()
    {
        var data = new TheoryData<Person, string>();
        foreach (var person in Enum.GetValues<Person>())
        {
            foreach (var language in Offered)
            {
                data.Add(person, language);
            }
        }

        return data;
    }

    public ValueTask DisposeAsync() => templates.DisposeAsync();

    [Theory]
    [MemberData(nameof(EachPersonInEachLanguage))]
    public async Task Each_person_sees_the_settings_and_hints_of_their_channels_only(Person person, string language)
    {
        using var scope = new Languages.PageLanguageScope(language);
        var (email, sms) = Expected(person);

        var html = await ManageAsync(person);
        var names = FieldNames(html);
        var text = WebUtility.HtmlDecode(html);

        Assert.All(EmailFields, f => Assert.Equal(email, names.Contains(f)));
        Assert.All(TextFields, f => Assert.Equal(sms, names.Contains(f)));
        Assert.Equal(email, text.Contains(PageStrings.DeliveryLegend, StringComparison.Ordinal));
        Assert.Equal(sms, text.Contains(PageStrings.SmsUrgencyHint, StringComparison.Ordinal));
        Assert.Equal(sms, text.Contains(PageStrings.FlashThroughLabel, StringComparison.Ordinal));

        // The hints are the ones for the channels shown, and no hint of another kind is on the page.
        string[] expected = [DeliveryHints.Caps(email, sms), DeliveryHints.Pause(email, sms), DeliveryHints.Stop(email, sms), .. (sms ? new[] { DeliveryHints.Quiet(email, sms) } : Array.Empty<string>())];
        string[] every = [.. new[] { (true, true), (true, false), (false, true) }.SelectMany(c => new[] { DeliveryHints.Quiet(c.Item1, c.Item2), DeliveryHints.Caps(c.Item1, c.Item2), DeliveryHints.Pause(c.Item1, c.Item2), DeliveryHints.Stop(c.Item1, c.Item2) }).Distinct()];
        Assert.All(expected, h => Assert.Contains(h, text, StringComparison.Ordinal));
        Assert.All(every.Except(expected), h => Assert.DoesNotContain(h, text, StringComparison.Ordinal));
        Assert.Equal(sms, text.Contains(PageStrings.QuietLegend, StringComparison.Ordinal));

        // The other channel can still be added or changed.
        Assert.Contains("newEmail", names);
        Assert.Contains("newPhone", names);
    }

    [Fact]
    public async Task An_email_only_persons_page_says_nothing_of_texts_in_its_settings()
    {
        using var scope = new Languages.PageLanguageScope("en");

        var settings = SettingsForm(await ManageAsync(Person.EmailOnly));

        Assert.DoesNotMatch(TextWords(), WebUtility.HtmlDecode(TagPattern().Replace(settings, " ")));
    }

    [Fact]
    public async Task A_phone_only_persons_page_says_nothing_of_email_in_its_settings()
    {
        using var scope = new Languages.PageLanguageScope("en");

        var settings = SettingsForm(await ManageAsync(Person.PhoneOnly));

        Assert.DoesNotMatch(MailWords(), WebUtility.HtmlDecode(TagPattern().Replace(settings, " ")));
    }

    // The settings form of a person with one channel posts that channel's fields only: the other's stay as stored.
    [Fact]
    public void A_settings_form_without_a_channels_fields_leaves_that_channels_settings_alone()
    {
        var phoneOnly = FormFields.SettingsChange(new Dictionary<string, string> { ["quietStart"] = "", ["quietEnd"] = "", ["capSms"] = "3", ["smsMaxUrgency"] = "2", ["timeZone"] = "UTC" });
        var emailOnly = FormFields.SettingsChange(new Dictionary<string, string> { ["emailFrequency"] = "daily", ["digestTime"] = "07:00", ["capEmail"] = "", ["timeZone"] = "UTC" });

        Assert.Equal("""{"timeZone":"UTC","smsMaxUrgency":2,"preferences":{"quietHours":null,"caps":{"sms":3}}}""", phoneOnly.ToJsonString());
        Assert.Equal("""{"timeZone":"UTC","preferences":{"email":{"frequency":"daily","at":"07:00"},"caps":{"email":null}}}""", emailOnly.ToJsonString());
    }

    [Theory]
    [InlineData(ContactStatus.Confirmed, ContactStatus.None, true, false)]
    [InlineData(ContactStatus.Pending, ContactStatus.None, true, false)]
    [InlineData(ContactStatus.Disabled, ContactStatus.Confirmed, true, true)]
    [InlineData(ContactStatus.OptedOut, ContactStatus.Confirmed, false, true)]
    [InlineData(ContactStatus.Confirmed, ContactStatus.OptedOut, true, false)]
    [InlineData(ContactStatus.OptedOut, ContactStatus.OptedOut, true, true)]
    [InlineData(ContactStatus.None, ContactStatus.Pending, false, true)]
    public void The_channels_counted_are_those_had_and_not_stopped(ContactStatus email, ContactStatus sms, bool emailCounts, bool smsCounts)
    {
        var subscriber = new Subscriber("s1", email == ContactStatus.None ? null : "reader@example.com", email, sms == ContactStatus.None ? null : "+447400333444", sms,
            "UTC", [new Topic("t1", "Syria", false)], 2, Now);

        Assert.Equal(new SettingsChannels(emailCounts, smsCounts), SettingsChannels.Of(subscriber));
    }

    private static (bool Email, bool Sms) Expected(Person person) => person switch
    {
        Person.EmailOnly or Person.EmailOnlyAddingANumber or Person.BothWithPhoneStopped => (true, false),
        Person.PhoneOnly or Person.PhoneOnlyAddingAnEmail or Person.BothWithEmailUnsubscribed => (false, true),
        _ => (true, true),
    };

    private Task<string> ManageAsync(Person person)
    {
        var (email, emailStatus, phone, smsStatus) = person switch
        {
            Person.EmailOnly or Person.EmailOnlyAddingANumber => ("reader@example.com", ContactStatus.Confirmed, (string?)null, ContactStatus.None),
            Person.PhoneOnly or Person.PhoneOnlyAddingAnEmail => (null, ContactStatus.None, "+447400333444", ContactStatus.Confirmed),
            Person.BothWithPhoneWaiting => ("reader@example.com", ContactStatus.Confirmed, "+447400333444", ContactStatus.Pending),
            Person.BothWithEmailUnsubscribed => ("reader@example.com", ContactStatus.OptedOut, "+447400333444", ContactStatus.Confirmed),
            Person.BothWithPhoneStopped => ("reader@example.com", ContactStatus.Confirmed, "+447400333444", ContactStatus.OptedOut),
            _ => ("reader@example.com", ContactStatus.Confirmed, "+447400333444", ContactStatus.Confirmed),
        };
        var subscriber = new Subscriber("s1", email, emailStatus, phone, smsStatus, "Europe/London", [new Topic("t1", "Syria", false)], 2, Now);
        return templates.RenderAsync<ManagePage>(new Dictionary<string, object?>
        {
            [nameof(ManagePage.Subscriber)] = subscriber,
            [nameof(ManagePage.Form)] = new FormState(ManageValues.Of(subscriber), []),
            [nameof(ManagePage.Now)] = Now,
            [nameof(ManagePage.PendingEmail)] = person == Person.PhoneOnlyAddingAnEmail ? "new@example.com" : null,
            [nameof(ManagePage.PendingPhone)] = person == Person.EmailOnlyAddingANumber ? "+447400555666" : null,
        });
    }

    private static HashSet<string> FieldNames(string html) => [.. NamePattern().Matches(html).Select(m => m.Groups[1].Value)];

    // The settings form: from its section's heading to the next section.
    private static string SettingsForm(string html)
    {
        var start = html.IndexOf("id=\"settings-title\"", StringComparison.Ordinal);
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("<(?:input|select|textarea)[^>]*\\bname=\"([^\"]+)\"")]
    private static partial Regex NamePattern();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("(?i)e-?mail|digest")]
    private static partial Regex MailWords();

    [GeneratedRegex("(?i)\\btexts?\\b|SMS|quiet|flash")]
    private static partial Regex TextWords();
}
