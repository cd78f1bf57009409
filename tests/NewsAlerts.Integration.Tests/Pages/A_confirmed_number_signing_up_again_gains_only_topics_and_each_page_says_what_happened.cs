namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Security;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Trial r37 (issue 16, subscriber pages), on the real stack. #7: a phone-only sign-up of a number its subscriber had
/// confirmed only adds the topics once the number's holder enters the code (as an address confirmed already does through
/// its link), and the pages say so: the code page for everyone, the result page naming the choices not applied. #1: the
/// "you're confirmed" page names the channels confirmed and those still waiting; the code page's "come back" sentence no
/// longer promises that the old code works after other choices. #13: a confirmation link opened again after it worked
/// names what it was for (a subscription, topics added, a change of address) without a "Confirm" button.
/// </summary>
public sealed class A_confirmed_number_signing_up_again_gains_only_topics_and_each_page_says_what_happened(StackFixture fixture)
    : IClassFixture<StackFixture>, IAsyncLifetime
{
    private TestFunctionHost host = null!;
    private Cli.Stack.SmsSinkInbox sink = null!;
    private SignUpService signUps = null!;
    private ISubscriberStore store = null!;

    public async Task InitializeAsync()
    {
        host = await TestFunctionHost.StartAsync(fixture.Stack);
        sink = new Cli.Stack.SmsSinkInbox(fixture.Stack.SmsSink);
        signUps = host.Services.GetRequiredService<SignUpService>();
        store = host.Services.GetRequiredService<ISubscriberStore>();
    }

    public async Task DisposeAsync()
    {
        sink.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task A_phone_only_sign_up_of_a_confirmed_number_adds_only_its_topics_and_says_which_choices_were_not_applied()
    {
        var phone = TestPhones.NewValid();
        var first = await signUps.SignUpAsync(new SubscriberRequest(null, phone, "Europe/London", [("Zanzibar", false)], 2), CancellationToken.None);
        var holder = (await signUps.ConfirmSmsAsync(first.SignUp.Id, first.SmsCode, CancellationToken.None)).Subscriber!;

        // Someone types the number with other topics, another time zone, email frequency and quiet hours.
        var (signedUp, codePage) = await SignUpAsync([new("phone", phone), new("topics", "Comoros"), new("quietStart", "22:00"), new("quietEnd", "07:00")]);
        Assert.Equal(HttpStatusCode.OK, signedUp.StatusCode);
        Assert.Contains(PageStrings.CodeAddsTopicsOnly, WebUtility.HtmlDecode(codePage), StringComparison.Ordinal);
        Assert.Equal(["Zanzibar"], (await store.GetAsync(holder.Id, CancellationToken.None))!.Topics.Select(t => t.Text)); // nothing before the code

        // Only the number's holder has the code: entering it adds the topic, and nothing else.
        // sub16b: the text says the code adds the topics to the alerts the number gets, not "confirm".
        var code = await TextedCodes.NthAsync(sink, phone, 1);
        Assert.Equal(
            NewsAlerts.Channels.Sms.GsmTransliterator.Transliterate(Core.Texts.SmsTexts.TopicsCode(null, "NewsAlerts", code)),
            (await sink.MessagesToAsync(phone, CancellationToken.None))[0].GetProperty("body").GetString());
        var (done, donePage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", code)]);

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var page = WebUtility.HtmlDecode(donePage);
        Assert.Contains(PageStrings.TopicsAddedTitle, page, StringComparison.Ordinal);
        Assert.Contains("Comoros", page, StringComparison.Ordinal);
        // sub16b: exactly the choices that differ, quiet hours included.
        Assert.Contains(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, PageStrings.TopicsAddedChoicesNotApplied,
                string.Join(PageStrings.ListComma, PageStrings.ChoiceTimeZone, PageStrings.ChoiceEmailFrequency, PageStrings.ChoiceQuietHours)),
            page, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.ChoiceLanguage, page, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.ConfirmedSmsMessage, page, StringComparison.Ordinal);
        Assert.Contains("name=\"step\" value=\"open\"", donePage, StringComparison.Ordinal); // the way to the preferences
        var after = (await store.GetAsync(holder.Id, CancellationToken.None))!;
        Assert.Equal(["Zanzibar", "Comoros"], after.Topics.Select(t => t.Text));
        Assert.Equal("Europe/London", after.TimeZone);
        Assert.Equal(holder.Preferences, after.Preferences);
    }

    [Fact]
    public async Task The_same_settings_are_not_said_to_be_kept_and_a_new_number_gets_the_plain_confirmation()
    {
        var phone = TestPhones.NewValid();
        var first = await signUps.SignUpAsync(new SubscriberRequest(null, phone, "UTC", [("Zanzibar", false)], 2), CancellationToken.None);
        await signUps.ConfirmSmsAsync(first.SignUp.Id, first.SmsCode, CancellationToken.None);
        var again = await signUps.SignUpAsync(new SubscriberRequest(null, phone, "UTC", [("Comoros", false)], 2), CancellationToken.None);

        var added = await signUps.ConfirmSmsAsync(again.SignUp.Id, again.SmsCode, CancellationToken.None);
        var fresh = await signUps.SignUpAsync(new SubscriberRequest(null, TestPhones.NewValid(), "UTC", [("Comoros", false)], 2), CancellationToken.None);
        var created = await signUps.ConfirmSmsAsync(fresh.SignUp.Id, fresh.SmsCode, CancellationToken.None);

        Assert.Equal(added.Subscriber!.Id, added.Added?.SubscriberId);
        Assert.Equal(["Comoros"], added.Added!.Topics.Select(t => t.Text));
        Assert.False(added.Added.SettingsKept);
        Assert.Equal([], added.Added.NotApplied!);
        Assert.Null(created.Added);
    }

    [Fact]
    public async Task The_confirmed_page_names_the_channels_confirmed_and_those_still_waiting()
    {
        var phone = TestPhones.NewValid();
        var email = $"channels37-{Guid.NewGuid():N}@example.com";
        var (_, codePage) = await SignUpAsync([new("email", email), new("phone", phone), new("topics", "Comoros")]);

        var (done, donePage) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", await TextedCodes.NthAsync(sink, phone, 1))]);

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var page = WebUtility.HtmlDecode(donePage);
        Assert.Contains(PageStrings.ConfirmedSmsMessage, page, StringComparison.Ordinal);
        Assert.Contains(PageStrings.ConfirmedChannelSms, page, StringComparison.Ordinal);
        Assert.Contains(PageStrings.ConfirmedChannelEmailWaiting, page, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.ConfirmedChannelEmail + " ", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_come_back_sentence_promises_the_old_code_only_for_the_same_choices()
    {
        var phone = TestPhones.NewValid();
        var (_, firstPage) = await SignUpAsync([new("phone", phone), new("topics", "Syria")]);
        var code = await TextedCodes.NthAsync(sink, phone, 1);

        // Closed, then signed up again with other topics: a new code, and the held one no longer confirms, as the page says.
        var (_, againPage) = await SignUpAsync([new("phone", phone), new("topics", "ceasefire")]);
        await TextedCodes.NthAsync(sink, phone, 2);
        var (stale, _) = await HtmlForms.PostAsync(host.Client, HtmlForms.WithStep(againPage, "code"), [new("code", code)]);

        Assert.Equal(HttpStatusCode.Forbidden, stale.StatusCode);
        Assert.Contains(PageStrings.CodeComeBack, WebUtility.HtmlDecode(firstPage), StringComparison.Ordinal);
        foreach (var language in new[] { "en", "ar", "de", "es", "fr", "it", "nl", "pt" })
        {
            // Every language's sentence says what happens with changed choices (a second clause after the first).
            var sentence = PageStrings.Catalog.GetString(nameof(PageStrings.CodeComeBack), new System.Globalization.CultureInfo(language))!;
            Assert.True(sentence.Contains(';', StringComparison.Ordinal) || sentence.Contains('؛', StringComparison.Ordinal), language);
        }
    }

    [Fact]
    public async Task A_used_sign_up_link_opened_again_says_already_confirmed_without_a_confirm_button()
    {
        var email = $"used37-{Guid.NewGuid():N}@example.com";
        var first = await signUps.SignUpAsync(new SubscriberRequest(email, null, "UTC", [("Zanzibar", false)], 2), CancellationToken.None);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmEmailAsync(first.SignUp.Id, first.EmailConfirmationToken, CancellationToken.None)).Kind);

        var page = await LinkPageAsync(first.SignUp.Id, first.EmailConfirmationToken!);

        Assert.Contains(PageStrings.AlreadyConfirmedTitle, page, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.ConfirmTitle, page, StringComparison.Ordinal);
        Assert.Contains("name=\"step\" value=\"open\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_used_add_topics_link_opened_again_says_the_topics_are_added()
    {
        var email = $"added37-{Guid.NewGuid():N}@example.com";
        var first = await signUps.SignUpAsync(new SubscriberRequest(email, null, "UTC", [("Zanzibar", false)], 2), CancellationToken.None);
        await signUps.ConfirmEmailAsync(first.SignUp.Id, first.EmailConfirmationToken, CancellationToken.None);
        var again = await signUps.SignUpAsync(new SubscriberRequest(email, null, "UTC", [("Comoros", false)], 2), CancellationToken.None);
        Assert.NotNull((await signUps.ConfirmEmailAsync(again.SignUp.Id, again.EmailConfirmationToken, CancellationToken.None)).Added);

        var page = await LinkPageAsync(again.SignUp.Id, again.EmailConfirmationToken!);

        Assert.Contains(PageStrings.TopicsAlreadyAddedTitle, page, StringComparison.Ordinal);
        Assert.Contains("Comoros", page, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.ConfirmTitle, page, StringComparison.Ordinal);
        Assert.Contains("name=\"step\" value=\"open\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_used_address_change_link_opened_again_says_the_address_was_changed()
    {
        var email = $"change37-{Guid.NewGuid():N}@example.com";
        var first = await signUps.SignUpAsync(new SubscriberRequest(email, null, "UTC", [("Zanzibar", false)], 2), CancellationToken.None);
        var subscriber = (await signUps.ConfirmEmailAsync(first.SignUp.Id, first.EmailConfirmationToken, CancellationToken.None)).Subscriber!;
        var manage = host.Services.GetRequiredService<TokenSigner>().Issue(TokenPurpose.Manage, subscriber.Id, TimeSpan.FromHours(1));
        var (_, kind, change) = await signUps.PrepareContactChangeAsync(subscriber.Id, manage, Channel.Email, $"new-{email}", CancellationToken.None);
        Assert.Equal(ContactChangeKind.Confirm, kind);
        var started = await signUps.StartContactChangeAsync(change!, Channel.Email, CancellationToken.None);
        // Trial r37 #15: its button page, reached by a link naming no sign-up, is worded as an existing subscription's address.
        var button = WebUtility.HtmlDecode(await host.Client.GetStringAsync(new Uri($"confirm?token={Uri.EscapeDataString(started.EmailConfirmationToken!)}&lang=en", UriKind.Relative)));
        Assert.Contains(PageStrings.AddressConfirmTitle, button, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.ConfirmTitle, button, StringComparison.Ordinal);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None)).Kind);

        var page = await LinkPageAsync(started.SignUp.Id, started.EmailConfirmationToken!);

        Assert.Contains(PageStrings.AddressChangeDoneTitle, page, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.ConfirmTitle, page, StringComparison.Ordinal);
        Assert.Contains("name=\"step\" value=\"open\"", page, StringComparison.Ordinal);
    }

    private async Task<string> LinkPageAsync(string signUpId, string token) => WebUtility.HtmlDecode(await host.Client.GetStringAsync(
        new Uri($"confirm?signUp={Uri.EscapeDataString(signUpId)}&token={Uri.EscapeDataString(token)}&lang=en", UriKind.Relative)));

    private async Task<(HttpResponseMessage Response, string Html)> SignUpAsync(KeyValuePair<string, string>[] fields)
    {
        var form = HtmlForms.Of(await host.Client.GetStringAsync(new Uri("signup?lang=en", UriKind.Relative))).Single();
        return await HtmlForms.PostAsync(host.Client, form, [.. fields, new("timeZone", "UTC"), new("emailFrequency", "immediate")]);
    }
}
