namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// A person who leaves a code page half done (closes it, or the tab) finishes on the preference centre with the code
/// they hold; a code or link used twice says the contact is confirmed already rather than "wrong".
/// </summary>
public sealed partial class A_code_or_link_left_half_used_can_be_finished_later(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task A_new_numbers_code_entered_on_the_preference_centre_confirms_it_and_a_wrong_one_names_the_field()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var phone = TestPhones.NewValid();
        var confirmed = await SignUps.ConfirmedAsync(stack.Host, new SubscriberRequest($"code-{tag}@example.com", null, "UTC", [("Syria", false)], 2));
        var page = await ManageAsync(confirmed);
        var (asked, _) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(page, "phone"), [new("newPhone", phone)]);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count == 1, "the code reaches the new number");
        var code = TextedCodes.Of((await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Single());

        // The code page is left; the preference centre, opened again, takes the code held.
        var back = await ManageAsync(confirmed);
        Assert.Contains("id=\"pending-phone\"", back, StringComparison.Ordinal);
        Assert.Contains("name=\"code\"", back, StringComparison.Ordinal);
        var wrongCode = code == "000000" ? "111111" : "000000";
        var (wrong, wrongPage) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(back, "code"), [new("code", wrongCode)]);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("href=\"#field-code\"", wrongPage, StringComparison.Ordinal);
        // One rule for every summary line (issue 16): the field's visible label, then the message.
        Assert.Contains($"href=\"#field-code\">{PageStrings.CodeLabel}: {PageStrings.CodeWrong}</a>", WebUtility.HtmlDecode(wrongPage), StringComparison.Ordinal);
        Assert.Null((await StoredAsync(confirmed.Subscriber.Id)).Phone);

        var (right, rightPage) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(wrongPage, "code"), [new("code", code)]);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(PageStrings.PhoneConfirmedNotice, WebUtility.HtmlDecode(rightPage), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"pending-phone\"", rightPage, StringComparison.Ordinal);
        var stored = await StoredAsync(confirmed.Subscriber.Id);
        Assert.Equal((phone, ContactStatus.Confirmed), (stored.Phone, stored.SmsStatus));
        Assert.Single(await stack.Sink.MessagesToAsync(phone, CancellationToken.None));
    }

    [Fact]
    public async Task A_used_sign_up_code_entered_again_says_the_number_is_confirmed_without_naming_it()
    {
        var phone = TestPhones.NewValid();
        var signUps = stack.Host.Services.GetRequiredService<SignUpService>();
        var started = await signUps.SignUpAsync(new SubscriberRequest(null, phone, "UTC", [("Syria", false)], 2), CancellationToken.None);
        var codePage = await stack.Host.Client.GetStringAsync(new Uri($"confirm?signUp={started.SignUp.Id}", UriKind.Relative));
        var form = HtmlForms.WithStep(codePage, "code");

        var (first, firstPage) = await HtmlForms.PostAsync(stack.Host.Client, form, [new("code", started.SmsCode!)]);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains(PageStrings.ConfirmedTitle, WebUtility.HtmlDecode(firstPage), StringComparison.Ordinal);

        // Back, then Confirm again: the same form with the same code.
        var (again, againPage) = await HtmlForms.PostAsync(stack.Host.Client, form, [new("code", started.SmsCode!)]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(PageStrings.AlreadyConfirmedSmsMessage, WebUtility.HtmlDecode(againPage), StringComparison.Ordinal);
        // A sign-up with a number only: its way back is a manage link texted to the number (/manage/link takes a number;
        // signing up again is refused after a STOP), never an email.
        Assert.Contains("href=\"/manage/link?lang=en\"", againPage, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/signup", againPage, StringComparison.Ordinal);
        Assert.DoesNotContain(phone[^4..], againPage, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"token\"", againPage, StringComparison.Ordinal);

        // A sign-up whose number is not confirmed still hears only "wrong".
        var other = await signUps.SignUpAsync(new SubscriberRequest(null, TestPhones.NewValid(), "UTC", [("Syria", false)], 2), CancellationToken.None);
        var otherPage = await stack.Host.Client.GetStringAsync(new Uri($"confirm?signUp={other.SignUp.Id}", UriKind.Relative));
        var wrongCode = other.SmsCode == "000000" ? "111111" : "000000";
        var (wrong, wrongPage) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(otherPage, "code"), [new("code", wrongCode)]);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.DoesNotContain(PageStrings.AlreadyConfirmedSmsMessage, WebUtility.HtmlDecode(wrongPage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_entered_again_on_the_preference_centre_says_the_number_is_confirmed()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var phone = TestPhones.NewValid();
        var confirmed = await SignUps.ConfirmedAsync(stack.Host, new SubscriberRequest($"back-manage-{tag}@example.com", null, "UTC", [("Syria", false)], 2));
        await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(await ManageAsync(confirmed), "phone"), [new("newPhone", phone)]);
        await Eventually.TrueAsync(async () => (await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Count == 1, "the code reaches the new number");
        var code = TextedCodes.Of((await stack.Sink.MessagesToAsync(phone, CancellationToken.None)).Single());
        var form = HtmlForms.WithStep(await ManageAsync(confirmed), "code");

        var (first, firstPage) = await HtmlForms.PostAsync(stack.Host.Client, form, [new("code", code)]);
        Assert.Contains(PageStrings.PhoneConfirmedNotice, WebUtility.HtmlDecode(firstPage), StringComparison.Ordinal);
        var (again, againPage) = await HtmlForms.PostAsync(stack.Host.Client, form, [new("code", code)]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(PageStrings.AlreadyConfirmedSmsManagedMessage, WebUtility.HtmlDecode(againPage), StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.CodeWrong, WebUtility.HtmlDecode(againPage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_change_link_used_twice_says_it_is_confirmed_already()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var fresh = $"twice-new-{tag}@example.com";
        var confirmed = await SignUps.ConfirmedAsync(stack.Host, new SubscriberRequest($"twice-old-{tag}@example.com", null, "UTC", [("Syria", false)], 2));
        var page = await ManageAsync(confirmed);
        await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(page, "email"), [new("newEmail", fresh)]);
        var pending = await ManageAsync(confirmed);
        Assert.Contains("id=\"pending-email\"", pending, StringComparison.Ordinal);
        Assert.Contains(PageStrings.ChangeSendLinkAgainButton, WebUtility.HtmlDecode(pending), StringComparison.Ordinal);
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(fresh, CancellationToken.None) == 1, "the confirmation reaches the new address");
        var link = (await stack.Inbox.ListMessagesAsync(fresh, CancellationToken.None)).Single().TextBody;
        var url = LinkPattern().Match(link ?? string.Empty).Value;
        var button = await stack.Host.Client.GetStringAsync(new Uri(url));

        var (first, firstPage) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(button, "email"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains(PageStrings.ConfirmedTitle, WebUtility.HtmlDecode(firstPage), StringComparison.Ordinal);
        var (again, againPage) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(button, "email"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        // Trial r37 #13: the page names what the link was for, a change of address.
        Assert.Contains(PageStrings.AddressChangeDoneTitle, WebUtility.HtmlDecode(againPage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_up_whose_code_page_was_closed_gets_the_code_form_from_its_email_link()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var (email, phone) = ($"both-{tag}@example.com", TestPhones.NewValid());
        var started = await stack.Host.Services.GetRequiredService<SignUpService>()
            .SignUpAsync(new SubscriberRequest(email, phone, "UTC", [("Syria", false)], 2), CancellationToken.None);
        var button = await stack.Host.Client.GetStringAsync(new Uri(
            $"confirm?signUp={started.SignUp.Id}&token={Uri.EscapeDataString(started.EmailConfirmationToken!)}", UriKind.Relative));

        var (confirmed, codePage) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(button, "email"));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains(PageStrings.ConfirmedEmailEnterCode, WebUtility.HtmlDecode(codePage), StringComparison.Ordinal);
        var (done, donePage) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(codePage, "code"), [new("code", started.SmsCode!)]);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains(PageStrings.ConfirmedSmsMessage, WebUtility.HtmlDecode(donePage), StringComparison.Ordinal);
    }

    private Task<string> ManageAsync(ConfirmedSignUp confirmed) =>
        stack.Host.Client.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}", UriKind.Relative));

    private async Task<Subscriber> StoredAsync(string id) =>
        (await stack.Host.Services.GetRequiredService<ISubscriberStore>().GetAsync(id, CancellationToken.None))!;


    [GeneratedRegex(@"https?://\S+/confirm\?(?:signUp|token)=[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
