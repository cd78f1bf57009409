namespace NewsAlerts.Channels.Tests.Languages;

using NewsAlerts.Channels.Confirmation;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Texts;

/// <summary>
/// Issue 16 (trials r32 and r33, defect 3; ported from s34): the email to an address already confirmed that signed up again is worded as
/// a change in each of the 8 languages: "add these topics" with its button and the manage link, or "you already follow
/// these" with the manage link only; both say texts need a number added in the preference centre; no English left elsewhere, no "confirm your subscription", the topics listed as
/// typed and escaped.
/// </summary>
public sealed class A_change_email_to_a_confirmed_address_is_written_in_every_language
{
    private static readonly Uri Add = new("https://alerts.example/confirm?signUp=uAbc&token=t.sig");
    private static readonly Uri Manage = new("https://alerts.example/manage?token=m.sig");

    public static TheoryData<string> Languages => [.. TextLanguages.Offered];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_change_lists_the_topics_with_its_button_and_the_manage_link(string language)
    {
        var email = await AccountEmails.TopicsChangeAsync(["Comores", "Zanzibar"], Add, Manage, new MessageLocale(language, "Europe/Paris"));
        var message = Account_emails_are_written_in_the_subscribers_language.Message(email);

        Assert.Equal(EmailTexts.Of(EmailText.ChangeSubject, language, AccountEmails.ServiceName), email.Subject);
        Assert.NotEqual(EmailTexts.Of(EmailText.ConfirmSubject, language, AccountEmails.ServiceName), email.Subject);
        Assert.Contains(Add.AbsoluteUri, email.TextBody, StringComparison.Ordinal);
        Assert.Contains(Manage.AbsoluteUri, email.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Add.AbsoluteUri.Replace("&", "&amp;", StringComparison.Ordinal)}\"", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Manage.AbsoluteUri}\"", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Comores", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("<bdi>Zanzibar</bdi>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(EmailTexts.Of(EmailText.ChangeNothingUnlessPressed, language), System.Net.WebUtility.HtmlDecode(email.HtmlBody), StringComparison.Ordinal);
        Assert.Contains(EmailTexts.Of(EmailText.ChangeSettingsNamed, language, "\u0001").Split('\u0001')[0], email.TextBody, StringComparison.Ordinal);
        Assert.Contains(EmailTexts.Of(EmailText.ChangeAddNumber, language), email.TextBody, StringComparison.Ordinal);
        if (language != "en")
        {
            Alert_and_digest_emails_are_written_in_the_subscribers_language.AssertWritten(message, language);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task With_nothing_new_it_says_so_and_has_only_the_manage_link(string language)
    {
        var email = await AccountEmails.TopicsChangeAsync(["Zanzibar"], null, Manage, new MessageLocale(language, "Europe/Paris"));

        Assert.Equal(EmailTexts.Of(EmailText.FollowingSubject, language, AccountEmails.ServiceName), email.Subject);
        Assert.DoesNotContain("/confirm", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("/confirm", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Manage.AbsoluteUri}\"", email.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain(EmailTexts.Of(EmailText.ChangeButton, language), System.Net.WebUtility.HtmlDecode(email.HtmlBody), StringComparison.Ordinal);
        if (language != "en")
        {
            Alert_and_digest_emails_are_written_in_the_subscribers_language.AssertWritten(Account_emails_are_written_in_the_subscribers_language.Message(email), language);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Without_its_notes_it_neither_says_settings_were_ignored_nor_asks_for_a_number(string language)
    {
        // Trial r36 #5: a holder with a confirmed number who asked for no other settings.
        var email = await AccountEmails.TopicsChangeAsync(["Liban"], Add, Manage, new MessageLocale(language, "Europe/Paris"), new TopicsChangeNotes([], false));
        var html = System.Net.WebUtility.HtmlDecode(email.HtmlBody);

        var settingsNote = EmailTexts.Of(EmailText.ChangeSettingsNamed, language, "\u0001").Split('\u0001')[0];
        foreach (var note in new[] { settingsNote, EmailTexts.Of(EmailText.ChangeAddNumber, language) })
        {
            Assert.DoesNotContain(note, email.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain(note, html, StringComparison.Ordinal);
        }

        Assert.Contains(EmailTexts.Of(EmailText.ChangeNothingUnlessPressed, language), html, StringComparison.Ordinal);
        Assert.Contains(settingsNote,
            (await AccountEmails.TopicsChangeAsync(["Liban"], Add, Manage, new MessageLocale(language, "Europe/Paris"), new TopicsChangeNotes([SignUpChoice.TimeZone], false))).TextBody,
            StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_settings_note_names_exactly_the_choices_not_applied(string language)
    {
        // sub16b: the note named the time zone, frequency and language whatever differed, and never quiet hours or urgency.
        var email = await AccountEmails.TopicsChangeAsync(
            ["Liban"], Add, Manage, new MessageLocale(language, "Europe/Paris"), new TopicsChangeNotes([SignUpChoice.QuietHours, SignUpChoice.SmsUrgency], false));
        var named = string.Join(EmailTexts.Of(EmailText.ChoiceSeparator, language), EmailTexts.Of(EmailText.ChoiceQuietHours, language), EmailTexts.Of(EmailText.ChoiceSmsUrgency, language));

        Assert.Contains(EmailTexts.Of(EmailText.ChangeSettingsNamed, language, named), email.TextBody, StringComparison.Ordinal);
        foreach (var other in new[] { EmailText.ChoiceTimeZone, EmailText.ChoiceLanguage, EmailText.ChoiceEmailFrequency, EmailText.ChoiceDailyLimits })
        {
            Assert.DoesNotContain(EmailTexts.Of(other, language), email.TextBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_manage_link_text_makes_sense_alone()
    {
        var email = await AccountEmails.TopicsChangeAsync(["Liban"], Add, Manage, new MessageLocale("en", "UTC"));
        Assert.Contains($">{EmailTexts.Of(EmailText.ChangeManage, "en")}</a>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("Manage your alerts", EmailTexts.Of(EmailText.ChangeManage, "en"));
        Assert.All(TextLanguages.Offered, l => Assert.DoesNotMatch(@"[:：]\s*$", EmailTexts.Of(EmailText.ChangeManage, l)));
    }

    [Fact]
    public async Task A_hostile_topic_is_escaped_in_the_html()
    {
        var email = await AccountEmails.TopicsChangeAsync(["<img src=x onerror=alert(1)>"], Add, Manage, new MessageLocale("en", "UTC"));

        Assert.DoesNotContain("<img", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;img", email.HtmlBody, StringComparison.Ordinal);
    }
}
