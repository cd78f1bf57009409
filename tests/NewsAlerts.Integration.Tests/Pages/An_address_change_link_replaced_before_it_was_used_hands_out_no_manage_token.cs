namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Text.RegularExpressions;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Review of s37, finding 2: the manage link's sign-up id is the same for every change of address, so a link sent to a
/// mistyped address X, replaced by a change to Y that was confirmed, verified as "confirmed already" and its page gave
/// whoever holds X a manage form with a fresh manage token. Only the link that confirmed the address held now does; any
/// other leads to "get a link to my preferences" (real stack: smtp4dev).
/// </summary>
public sealed partial class An_address_change_link_replaced_before_it_was_used_hands_out_no_manage_token(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack);

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Fact]
    public async Task The_link_to_a_mistyped_address_opened_after_the_right_one_was_confirmed_offers_only_a_new_manage_link()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var (mistyped, right) = ($"xy-mistyped-{tag}@example.com", $"xy-right-{tag}@example.com");
        var confirmed = await SignUps.ConfirmedAsync(stack.Host, new SubscriberRequest($"xy-old-{tag}@example.com", null, "UTC", [("Syria", false)], 2));

        await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(await ManageAsync(confirmed), "email"), [new("newEmail", mistyped)]);
        var toMistyped = await LinkToAsync(mistyped);
        await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(await ManageAsync(confirmed), "email"), [new("newEmail", right)]);
        var toRight = await LinkToAsync(right);
        var (done, donePage) = await HtmlForms.PostAsync(stack.Host.Client, HtmlForms.WithStep(await stack.Host.Client.GetStringAsync(toRight), "email"));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains(PageStrings.ConfirmedTitle, WebUtility.HtmlDecode(donePage), StringComparison.Ordinal);

        // The holder of the mistyped address opens its link: no manage form, no token; the way on goes to the current contacts.
        using var opened = await stack.Host.Client.GetAsync(toMistyped);
        var page = WebUtility.HtmlDecode(await opened.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, opened.StatusCode);
        Assert.Contains(PageStrings.AddressChangeLinkNotValidMessage, page, StringComparison.Ordinal);
        Assert.Contains(PageStrings.GetPreferencesLink, page, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.AddressChangeDoneTitle, page, StringComparison.Ordinal);
        Assert.DoesNotContain("action=\"/manage\"", page, StringComparison.Ordinal);

        // The link that confirmed the address held now still says so, opened again.
        var again = WebUtility.HtmlDecode(await stack.Host.Client.GetStringAsync(toRight));
        Assert.Contains(PageStrings.AddressChangeDoneTitle, again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_naming_no_sign_up_that_is_no_link_of_ours_gets_the_generic_page()
    {
        using var opened = await stack.Host.Client.GetAsync(new Uri("confirm?token=not-a-token.at-all", UriKind.Relative));
        var page = WebUtility.HtmlDecode(await opened.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, opened.StatusCode);
        Assert.Contains(PageStrings.LinkNotValidMessage, page, StringComparison.Ordinal);
        Assert.DoesNotContain(PageStrings.AddressChangeLinkNotValidMessage, page, StringComparison.Ordinal);
    }

    private async Task<Uri> LinkToAsync(string address)
    {
        await Eventually.TrueAsync(async () => await stack.Inbox.CountAsync(address, CancellationToken.None) == 1, "the confirmation reaches the address");
        var text = (await stack.Inbox.ListMessagesAsync(address, CancellationToken.None)).Single().TextBody;
        return new Uri(LinkPattern().Match(text ?? string.Empty).Value);
    }

    private Task<string> ManageAsync(ConfirmedSignUp confirmed) =>
        stack.Host.Client.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}", UriKind.Relative));

    [GeneratedRegex(@"https?://\S+/confirm\?(?:signUp|token)=[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
