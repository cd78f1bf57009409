namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using NewsAlerts.Channels.Confirmation;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Core.Texts;
using NewsAlerts.Functions.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Trials r32/r33 defect 3 (issue 16), built again after the review of s34: an address already confirmed that signs up
/// again (the API or /signup) got "Confirm your NewsAlerts subscription", as if new. On the real stack (the Function
/// host, Table storage on Azurite, smtp4dev, the SMS sink): it gets one email worded as a change, in the subscriber's
/// language, chosen when it is sent (a resend too); the sign-up and its answer are a new address's; only a valid current
/// link's page says "Add these topics", which adds the new ones once, with no welcome email; a sign-up's number never
/// joins the subscriber that had the address.
/// </summary>
public sealed partial class A_confirmed_address_signing_up_again_is_told_it_is_a_change(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;
    private SignUpService signUps = null!;
    private ISubscriberStore store = null!;

    public async Task InitializeAsync()
    {
        stack = await HostedStack.StartAsync(fixture.Stack);
        signUps = stack.Host.Services.GetRequiredService<SignUpService>();
        store = stack.Host.Services.GetRequiredService<ISubscriberStore>();
    }

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task Through_the_api_one_change_email_in_the_subscribers_language_whose_button_adds_the_new_topics_once()
    {
        var email = $"again16-api-{Guid.NewGuid():N}@example.com";
        var subscriber = await ConfirmedAsync(email, "Zanzibar", "fr");

        using (var answer = await Api.PostJsonAsync(stack.Host.Client, "api/subscribers", new { email, timeZone = "Asia/Tokyo", language = "en", topics = new[] { "zanzibar", "Comoros" } }))
        {
            Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        }

        var change = Assert.Single(await OnlyEmailsAsync(subscriber.Id, email));
        var text = change.TextBody ?? string.Empty;
        Assert.Equal(EmailTexts.Of(EmailText.ChangeSubject, "fr", AccountEmails.ServiceName), change.Subject);
        Assert.Contains(EmailTexts.Of(EmailText.ChangeIntro, "fr", AccountEmails.ServiceName), text, StringComparison.Ordinal);
        Assert.Contains(EmailTexts.Of(EmailText.ChangeNothingUnlessPressed, "fr"), text, StringComparison.Ordinal);
        // sub16b: the note names exactly the choices not applied (the zone and the language differ from the holder's).
        var notApplied = string.Join(EmailTexts.Of(EmailText.ChoiceSeparator, "fr"), EmailTexts.Of(EmailText.ChoiceTimeZone, "fr"), EmailTexts.Of(EmailText.ChoiceLanguage, "fr"));
        Assert.Contains(EmailTexts.Of(EmailText.ChangeSettingsNamed, "fr", notApplied), text, StringComparison.Ordinal);
        Assert.Contains(EmailTexts.Of(EmailText.ChangeAddNumber, "fr"), text, StringComparison.Ordinal);
        Assert.Contains("Comoros", text, StringComparison.Ordinal);
        Assert.DoesNotContain("anzibar", text, StringComparison.Ordinal); // followed already: not listed
        Assert.Matches(ManageLink(), text);

        // Opening the link changes nothing (a link scanner): a page with one button.
        var button = await stack.Host.Client.GetStringAsync(new Uri(AddLink().Match(text).Value, UriKind.Relative));
        Assert.Contains(French(nameof(PageStrings.AddTopicsTitle)), WebUtility.HtmlDecode(button), StringComparison.Ordinal);
        Assert.Equal(["Zanzibar"], (await store.GetAsync(subscriber.Id, CancellationToken.None))!.Topics.Select(t => t.Text));

        var form = Assert.Single(HtmlForms.Of(button));
        var (added, addedPage) = await HtmlForms.PostAsync(stack.Host.Client, form);
        var (again, againPage) = await HtmlForms.PostAsync(stack.Host.Client, form);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains(French(nameof(PageStrings.TopicsAddedTitle)), WebUtility.HtmlDecode(addedPage), StringComparison.Ordinal);
        Assert.Contains("Comoros", addedPage, StringComparison.Ordinal);
        Assert.Contains("name=\"step\" value=\"open\"", addedPage, StringComparison.Ordinal); // the way to the preference centre
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(French(nameof(PageStrings.TopicsAlreadyAddedTitle)), WebUtility.HtmlDecode(againPage), StringComparison.Ordinal);
        var after = (await store.GetAsync(subscriber.Id, CancellationToken.None))!;
        Assert.Equal(["Zanzibar", "Comoros"], after.Topics.Select(t => t.Text));
        Assert.Equal("Europe/London", after.TimeZone); // the form's zone is not applied
        Assert.Single(await OnlyEmailsAsync(subscriber.Id, email)); // no "you're subscribed" email after adding
    }

    [Fact]
    public async Task The_apis_confirm_endpoint_sends_no_welcome_when_it_only_added_topics()
    {
        var email = $"again16-confirm-{Guid.NewGuid():N}@example.com";
        var subscriber = await ConfirmedAsync(email, "Zanzibar");
        var again = await signUps.SignUpAsync(new SubscriberRequest(email, null, "UTC", [("Comoros", false)], 2), CancellationToken.None);

        using (var confirmed = await Api.PostJsonAsync(stack.Host.Client, $"api/sign-ups/{again.SignUp.Id}/confirm-email", new { token = again.EmailConfirmationToken }))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        Assert.Empty(await OnlyEmailsAsync(subscriber.Id, email));
        Assert.Equal(["Zanzibar", "Comoros"], (await store.GetAsync(subscriber.Id, CancellationToken.None))!.Topics.Select(t => t.Text));
    }

    [Fact]
    public async Task Through_the_page_with_nothing_new_the_email_says_so_and_has_no_add_button()
    {
        var email = $"again16-same-{Guid.NewGuid():N}@example.com";
        var subscriber = await ConfirmedAsync(email, "Zanzibar");

        var (status, _, _) = await SignUpOnPageAsync(email, "zanzibar");

        Assert.Equal(HttpStatusCode.SeeOther, status);
        var following = Assert.Single(await OnlyEmailsAsync(subscriber.Id, email));
        Assert.Equal(EmailTexts.Of(EmailText.FollowingSubject, "en", AccountEmails.ServiceName), following.Subject);
        Assert.Contains(EmailTexts.Of(EmailText.FollowingIntro, "en", AccountEmails.ServiceName), following.TextBody, StringComparison.Ordinal);
        Assert.DoesNotMatch(AddLink(), following.TextBody);
        Assert.Matches(ManageLink(), following.TextBody);
        Assert.Equal(["Zanzibar"], (await store.GetAsync(subscriber.Id, CancellationToken.None))!.Topics.Select(t => t.Text));
    }

    [Fact]
    public async Task The_answer_and_the_repeat_are_a_new_addresss_through_the_api_and_the_page()
    {
        var email = $"again16-answer-{Guid.NewGuid():N}@example.com";
        var fresh = $"again16-new-{Guid.NewGuid():N}@example.com";
        await ConfirmedAsync(email, "Zanzibar");

        var (knownStatus, knownBody) = await SignUpByApiAsync(email);
        var (newStatus, newBody) = await SignUpByApiAsync(fresh);
        var (knownRepeatStatus, knownRepeat) = await SignUpByApiAsync(email);
        var (newRepeatStatus, newRepeat) = await SignUpByApiAsync(fresh);
        var known = await SignUpOnPageAsync(email, "Zanzibar\nComoros");
        var unknown = await SignUpOnPageAsync(fresh, "Zanzibar\nComoros");

        Assert.Equal((newStatus, newBody.Masked), (knownStatus, knownBody.Masked));
        // The same form sent again is treated for a subscribed address exactly as for a new one (repeat or not, same answer).
        Assert.Equal((newRepeatStatus, newRepeat.Masked, newRepeat.Id == newBody.Id), (knownRepeatStatus, knownRepeat.Masked, knownRepeat.Id == knownBody.Id));
        Assert.Equal((unknown.Status, unknown.Location, unknown.Page), (known.Status, known.Location, known.Page));
    }

    [Fact]
    public async Task A_resend_to_a_confirmed_address_is_a_change_email()
    {
        var email = $"again16-resend-{Guid.NewGuid():N}@example.com";
        var subscriber = await ConfirmedAsync(email, "Zanzibar");
        var again = await signUps.SignUpAsync(new SubscriberRequest(email, null, "UTC", [("Comoros", false)], 2), CancellationToken.None);

        using (var resent = await Api.PostJsonAsync(stack.Host.Client, $"api/sign-ups/{again.SignUp.Id}/resend", new { }))
        {
            Assert.Equal(HttpStatusCode.Accepted, resent.StatusCode);
        }

        var change = Assert.Single(await OnlyEmailsAsync(subscriber.Id, email));
        Assert.Equal(EmailTexts.Of(EmailText.ChangeSubject, "en", AccountEmails.ServiceName), change.Subject);
        Assert.Contains("Comoros", change.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_or_replaced_link_shows_the_same_page_for_a_subscribed_address_and_a_new_one()
    {
        var email = $"again16-wrong-{Guid.NewGuid():N}@example.com";
        var fresh = $"again16-wrong-new-{Guid.NewGuid():N}@example.com";
        await ConfirmedAsync(email, "Zanzibar");
        var known = await signUps.SignUpAsync(new SubscriberRequest(email, null, "UTC", [("Comoros", false)], 2), CancellationToken.None);
        var unknown = await signUps.SignUpAsync(new SubscriberRequest(fresh, null, "UTC", [("Comoros", false)], 2), CancellationToken.None);
        var knownReplaced = known.EmailConfirmationToken!;
        var unknownReplaced = unknown.EmailConfirmationToken!;
        await signUps.ResendAsync(known.SignUp, CancellationToken.None);
        await signUps.ResendAsync(unknown.SignUp, CancellationToken.None);

        Assert.Equal(await LinkPageAsync(unknown.SignUp.Id, "x"), await LinkPageAsync(known.SignUp.Id, "x"));
        Assert.Equal(await LinkPageAsync(unknown.SignUp.Id, unknownReplaced), await LinkPageAsync(known.SignUp.Id, knownReplaced));
        Assert.DoesNotContain(PageStrings.AddTopicsTitle, await LinkPageAsync(known.SignUp.Id, knownReplaced), StringComparison.Ordinal);
        Assert.Equal(await ApiLinkPageAsync(unknown.SignUp.Id, "x"), await ApiLinkPageAsync(known.SignUp.Id, "x"));
        // Its button posted too: the answer to a wrong token is the same page for both.
        Assert.Equal(await PostedLinkPageAsync(unknown.SignUp.Id, "x"), await PostedLinkPageAsync(known.SignUp.Id, "x"));
    }

    [Fact]
    public async Task A_new_number_whose_code_is_entered_after_the_link_does_not_join_the_addresss_subscriber()
    {
        var email = $"again16-number-{Guid.NewGuid():N}@example.com";
        var phone = TestPhones.NewValid();
        var subscriber = await ConfirmedAsync(email, "Zanzibar");

        var again = await signUps.SignUpAsync(new SubscriberRequest(email, phone, "UTC", [("Comoros", false)], 2), CancellationToken.None);
        var sent = await stack.Host.Services.GetRequiredService<ConfirmationMessages>().SendAsync(again, CancellationToken.None);
        Assert.Empty(sent);
        Assert.NotNull(again.SmsCode); // the number gets its code exactly as today
        Assert.Equal(EmailTexts.Of(EmailText.ChangeSubject, "en", AccountEmails.ServiceName), Assert.Single(await OnlyEmailsAsync(subscriber.Id, email)).Subject);

        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmEmailAsync(again.SignUp.Id, again.EmailConfirmationToken, CancellationToken.None)).Kind);
        var number = await signUps.ConfirmSmsAsync(again.SignUp.Id, again.SmsCode, CancellationToken.None);

        Assert.Equal(SignUpOutcomeKind.Confirmed, number.Kind);
        Assert.NotEqual(subscriber.Id, number.Subscriber!.Id);
        var holder = (await store.GetAsync(subscriber.Id, CancellationToken.None))!;
        Assert.Null(holder.Phone);
        Assert.Equal(["Zanzibar", "Comoros"], holder.Topics.Select(t => t.Text));
        Assert.Equal(number.Subscriber.Id, await store.FindIdByPhoneAsync(phone, CancellationToken.None));
    }

    [Fact]
    public async Task A_new_address_and_number_still_join_one_new_subscriber()
    {
        var email = $"again16-both-new-{Guid.NewGuid():N}@example.com";
        var phone = TestPhones.NewValid();

        var started = await signUps.SignUpAsync(new SubscriberRequest(email, phone, "UTC", [("Comoros", false)], 2), CancellationToken.None);
        var address = await signUps.ConfirmEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None);
        var number = await signUps.ConfirmSmsAsync(started.SignUp.Id, started.SmsCode, CancellationToken.None);

        Assert.Null(address.Added);
        Assert.Equal(address.Subscriber!.Id, number.Subscriber!.Id);
        Assert.Equal(phone, (await store.GetAsync(address.Subscriber.Id, CancellationToken.None))!.Phone);
    }

    [Fact]
    public async Task Code_entered_before_the_link_then_the_link_pressed_twice_says_already_added()
    {
        var email = $"again16-codefirst-{Guid.NewGuid():N}@example.com";
        var subscriber = await ConfirmedAsync(email, "Zanzibar");
        var again = await signUps.SignUpAsync(new SubscriberRequest(email, TestPhones.NewValid(), "UTC", [("Comoros", false)], 2), CancellationToken.None);
        Assert.Equal(SignUpOutcomeKind.Confirmed, (await signUps.ConfirmSmsAsync(again.SignUp.Id, again.SmsCode, CancellationToken.None)).Kind);

        var button = await stack.Host.Client.GetStringAsync(new Uri($"confirm?signUp={again.SignUp.Id}&token={Uri.EscapeDataString(again.EmailConfirmationToken!)}&lang=en", UriKind.Relative));
        var form = Assert.Single(HtmlForms.Of(button));
        var (_, addedPage) = await HtmlForms.PostAsync(stack.Host.Client, form);
        var (again2, againPage) = await HtmlForms.PostAsync(stack.Host.Client, form);

        Assert.Contains(PageStrings.TopicsAddedTitle, WebUtility.HtmlDecode(addedPage), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again2.StatusCode);
        Assert.Contains(PageStrings.TopicsAlreadyAddedTitle, WebUtility.HtmlDecode(againPage), StringComparison.Ordinal);
        Assert.Contains("Comoros", againPage, StringComparison.Ordinal);
        Assert.Equal(["Zanzibar", "Comoros"], (await store.GetAsync(subscriber.Id, CancellationToken.None))!.Topics.Select(t => t.Text));
    }

    [Fact]
    public async Task The_change_links_pages_are_in_the_subscribers_language_not_the_forms()
    {
        var email = $"again16-lang-{Guid.NewGuid():N}@example.com";
        var subscriber = await ConfirmedAsync(email, "Zanzibar", "fr");
        using (var answer = await Api.PostJsonAsync(stack.Host.Client, "api/subscribers", new { email, timeZone = "UTC", language = "en", topics = new[] { "Comoros" } }))
        {
            Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
        }

        var link = AddLink().Match(Assert.Single(await OnlyEmailsAsync(subscriber.Id, email)).TextBody ?? string.Empty).Value;
        Assert.EndsWith("&lang=fr", link, StringComparison.Ordinal);
        var button = WebUtility.HtmlDecode(await stack.Host.Client.GetStringAsync(new Uri(link, UriKind.Relative)));
        Assert.Contains(French(nameof(PageStrings.AddTopicsTitle)), button, StringComparison.Ordinal);
        var (_, addedPage) = await HtmlForms.PostAsync(stack.Host.Client, Assert.Single(HtmlForms.Of(button)));
        Assert.Contains(French(nameof(PageStrings.TopicsAddedTitle)), WebUtility.HtmlDecode(addedPage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasing_either_subscriber_a_sign_up_touched_erases_it_and_its_index_rows()
    {
        var signUpStore = stack.Host.Services.GetRequiredService<ISignUpStore>();

        // The link first, then the code: the number is on a new subscriber S2, the sign-up joined the address's E.
        var email = $"again16-erase-{Guid.NewGuid():N}@example.com";
        var phone = TestPhones.NewValid();
        await ConfirmedAsync(email, "Zanzibar");
        var linkFirst = await signUps.SignUpAsync(new SubscriberRequest(email, phone, "UTC", [("Comoros", false)], 2), CancellationToken.None);
        await signUps.ConfirmEmailAsync(linkFirst.SignUp.Id, linkFirst.EmailConfirmationToken, CancellationToken.None);
        var s2 = (await signUps.ConfirmSmsAsync(linkFirst.SignUp.Id, linkFirst.SmsCode, CancellationToken.None)).Subscriber!;
        await signUpStore.EraseForSubscriberAsync(s2.Id, CancellationToken.None);
        Assert.Null(await signUpStore.GetAsync(linkFirst.SignUp.Id, CancellationToken.None));
        Assert.Empty(await signUpStore.FindByPhoneAsync(phone, CancellationToken.None));

        // The code first, then the link: the sign-up joined the number's new subscriber and added topics to E.
        var other = $"again16-erase2-{Guid.NewGuid():N}@example.com";
        var e = await ConfirmedAsync(other, "Zanzibar");
        var codeFirst = await signUps.SignUpAsync(new SubscriberRequest(other, TestPhones.NewValid(), "UTC", [("Comoros", false)], 2), CancellationToken.None);
        await signUps.ConfirmSmsAsync(codeFirst.SignUp.Id, codeFirst.SmsCode, CancellationToken.None);
        Assert.Equal(e.Id, (await signUps.ConfirmEmailAsync(codeFirst.SignUp.Id, codeFirst.EmailConfirmationToken, CancellationToken.None)).Added?.SubscriberId);
        await signUpStore.EraseForSubscriberAsync(e.Id, CancellationToken.None);
        Assert.Null(await signUpStore.GetAsync(codeFirst.SignUp.Id, CancellationToken.None));
        Assert.Empty(await signUpStore.FindByEmailAsync(other, CancellationToken.None));
    }

    [Fact]
    public async Task A_link_whose_topics_were_all_followed_meanwhile_says_so_with_no_button()
    {
        var email = $"again16-meanwhile-{Guid.NewGuid():N}@example.com";
        var subscriber = await ConfirmedAsync(email, "Zanzibar");
        var again = await signUps.SignUpAsync(new SubscriberRequest(email, null, "UTC", [("Comoros", false)], 2), CancellationToken.None);
        var held = (await store.GetAsync(subscriber.Id, CancellationToken.None))!;
        await store.SaveAsync(held with { Topics = [.. held.Topics, .. again.SignUp.Topics] }, CancellationToken.None); // followed in the preference centre

        var page = await stack.Host.Client.GetStringAsync(new Uri($"confirm?signUp={again.SignUp.Id}&token={Uri.EscapeDataString(again.EmailConfirmationToken!)}&lang=en", UriKind.Relative));

        Assert.Contains(PageStrings.AlreadyFollowingTitle, WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("Comoros", page, StringComparison.Ordinal);
        Assert.DoesNotContain(HtmlForms.Of(page), f => f.Hidden.GetValueOrDefault("step") == "email"); // no button that would add
    }

    // A subscriber confirmed by a sign-up through the service (no email is sent by it).
    private async Task<Subscriber> ConfirmedAsync(string email, string topic, string? language = null)
    {
        var first = await signUps.SignUpAsync(new SubscriberRequest(email, null, "Europe/London", [(topic, false)], 2, Language: language), CancellationToken.None);
        var joined = await signUps.ConfirmEmailAsync(first.SignUp.Id, first.EmailConfirmationToken, CancellationToken.None);
        Assert.Equal(SignUpOutcomeKind.Confirmed, joined.Kind);
        Assert.Null(joined.Added);
        return joined.Subscriber!;
    }

    private async Task<string> LinkPageAsync(string signUpId, string token) => Masked(
        await stack.Host.Client.GetStringAsync(new Uri($"confirm?signUp={Uri.EscapeDataString(signUpId)}&token={Uri.EscapeDataString(token)}", UriKind.Relative)), token);

    // A page string in French: the change link's pages are in the subscriber's language.
    private static string French(string key) => PageStrings.Catalog.GetString(key, new System.Globalization.CultureInfo("fr"))!;

    private async Task<string> PostedLinkPageAsync(string signUpId, string token)
    {
        var page = await stack.Host.Client.GetStringAsync(new Uri($"confirm?signUp={Uri.EscapeDataString(signUpId)}&token={Uri.EscapeDataString(token)}", UriKind.Relative));
        var (response, html) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(page, "email"));
        using (response)
        {
            return $"{(int)response.StatusCode} {Masked(html, token)}";
        }
    }

    private async Task<string> ApiLinkPageAsync(string signUpId, string token) => Masked(
        await stack.Host.Client.GetStringAsync(new Uri($"api/sign-ups/{Uri.EscapeDataString(signUpId)}/confirm-email?token={Uri.EscapeDataString(token)}", UriKind.Relative)), token);

    private static string Masked(string page, string token) =>
        FormToken().Replace(SignUpId().Replace(page, "u…").Replace(token, "…", StringComparison.Ordinal), "value=\"…\"");

    // The emails the address received, read once a control email sent after them has arrived (that one left out).
    private async Task<IReadOnlyList<MimeMessage>> OnlyEmailsAsync(string subscriberId, string email)
    {
        var control = new Uri($"http://localhost/manage?token=control{Guid.NewGuid():N}");
        await stack.Host.Services.GetRequiredService<IConfirmationSender>().SendManageLinkAsync(subscriberId, email, control, new MessageLocale("en", "UTC"), CancellationToken.None);
        IReadOnlyList<MimeMessage> all = [];
        await Eventually.TrueAsync(
            async () => (all = await stack.Inbox.ListMessagesAsync(email, CancellationToken.None)).Any(m => m.TextBody?.Contains(control.AbsoluteUri, StringComparison.Ordinal) == true),
            "the control email arrives");
        return [.. all.Where(m => m.TextBody?.Contains("token=control", StringComparison.Ordinal) != true)];
    }

    private async Task<(HttpStatusCode Status, (string Id, string Masked) Body)> SignUpByApiAsync(string email)
    {
        using var answer = await Api.PostJsonAsync(stack.Host.Client, "api/subscribers", new { email, timeZone = "Asia/Tokyo", topics = new[] { "Zanzibar", "Comoros" } });
        var body = await answer.Content.ReadAsStringAsync();
        return (answer.StatusCode, (SignUpId().Match(body).Value, SignUpId().Replace(body, "u…")));
    }

    // The /signup form posted as a browser does; the 303's location and the page it leads to, with the sign-up id and form tokens masked.
    private async Task<(HttpStatusCode Status, string? Location, string? Page)> SignUpOnPageAsync(string email, string topics)
    {
        var html = await stack.Host.Browser.GetStringAsync(new Uri("signup?lang=en", UriKind.Relative));
        var (response, _) = await HtmlForms.PostAsync(stack.Host.Browser, HtmlForms.Of(html).Single(), [new("email", email), new("topics", topics), new("timeZone", "Asia/Tokyo")]);
        using (response)
        {
            var location = response.Headers.Location?.OriginalString;
            var page = location is null ? null : await stack.Host.Browser.GetStringAsync(new Uri(location.TrimStart('/'), UriKind.Relative));
            return (response.StatusCode, location is null ? null : SignUpId().Replace(location, "u…"), page is null ? null : FormToken().Replace(SignUpId().Replace(page, "u…"), "value=\"…\""));
        }
    }

    // Base64url ids may start or end with '-' or '_', where \b finds no word boundary (a clean-clone run met
    // "uPBR_egLhGZH43yM1Pre-" unmasked): the id's edges are where its alphabet ends.
    [GeneratedRegex(@"(?<![A-Za-z0-9_-])u[A-Za-z0-9_-]{20}(?![A-Za-z0-9_-])")]
    private static partial Regex SignUpId();

    [GeneratedRegex("(?<=name=\"formToken\" )value=\"[^\"]*\"")]
    private static partial Regex FormToken();

    [GeneratedRegex(@"/confirm\?signUp=[^\s""&]+&token=[^\s""]+")]
    private static partial Regex AddLink();

    [GeneratedRegex(@"/manage\?token=[A-Za-z0-9_.%-]+")]
    private static partial Regex ManageLink();
}
