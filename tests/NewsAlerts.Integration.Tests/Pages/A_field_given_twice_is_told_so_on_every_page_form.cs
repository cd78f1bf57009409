namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Ports;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Testing;

/// <summary>
/// Trial s42 #C: <c>email=a@b.c&amp;email=c@d.e</c> on /signup was told "Correo electrónico debe tener la forma
/// name@example.com" (the two values read as one, joined by a comma) although both are well formed; the API says "is
/// given twice". Every page form is read by one rule (<c>PostedFields</c>): a field a form gives once, given more than
/// once, is a 400 page saying so, naming the field by its label in the page's language; nothing is saved or sent. The
/// "Languages I read" boxes, the one field given several times, still work.
/// </summary>
public sealed class A_field_given_twice_is_told_so_on_every_page_form(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private HostedStack stack = null!;

    public async Task InitializeAsync() => stack = await HostedStack.StartAsync(fixture.Stack, overrides: new Dictionary<string, string?>
    {
        ["Editor:DevSignIn"] = "true",
        ["RateLimits:SignUpsPerClient"] = "10000",
        ["RateLimits:ManageLinksPerClient"] = "10000",
    });

    public async Task DisposeAsync() => await stack.DisposeAsync();

    [Theory]
    [InlineData("signup", "email", "The field “Email address” was given more than once")]
    [InlineData("signup", "timeZone", "The field “Time zone” was given more than once")]
    [InlineData("signup", "topics", "The field “Topics” was given more than once")]
    [InlineData("signup", "topic-0-in", "The field “Look for the words in” was given more than once")]
    [InlineData("manage/link", "email", "The field “Email address” was given more than once")]
    [InlineData("confirm", "code", "The field “6-digit code” was given more than once")]
    [InlineData("unsubscribe", "token", "The field “token” was given more than once")]
    [InlineData("editor/sign-in", "name", "The field “name” was given more than once")]
    public async Task A_page_form_with_a_field_given_twice_says_so(string form, string field, string told)
    {
        var hidden = await HiddenOfAsync(form);

        var (response, html) = await HtmlForms.PostAsync(stack.Host.Client, ("/" + form, hidden), [new(field, Value(field, 1)), new(field, Value(field, 2))]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(told, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trials_two_addresses_on_a_spanish_sign_up_are_told_given_twice_in_spanish_and_nothing_is_sent()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var form = HtmlForms.Of(await stack.Host.Client.GetStringAsync(new Uri("signup?lang=es", UriKind.Relative))).Single();

        var (response, html) = await HtmlForms.PostAsync(stack.Host.Client, form,
            [new("email", $"a-{tag}@example.com"), new("email", $"c-{tag}@example.com"), new("topics", "Syria"), new("timeZone", "UTC")]);

        var text = WebUtility.HtmlDecode(html);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("El campo “Correo electrónico” se envió más de una vez", text, StringComparison.Ordinal);
        Assert.DoesNotContain("debe tener la forma", text, StringComparison.Ordinal);
        Assert.Null(await stack.Host.Services.GetRequiredService<ISubscriberStore>().FindIdByEmailAsync($"a-{tag}@example.com", CancellationToken.None));
        Assert.Equal(0, await stack.Inbox.CountAsync($"a-{tag}@example.com", CancellationToken.None));
    }

    [Theory]
    [InlineData("topics", "topics", "The field “Topics” was given more than once")]
    [InlineData("settings", "timeZone", "The field “Time zone” was given more than once")]
    [InlineData("email", "newEmail", "The field “New email address” was given more than once")]
    [InlineData("pause", "pauseUntil", "was given more than once")]
    [InlineData("stop", "step", "The field “step” was given more than once")]
    public async Task Each_preference_centre_form_with_a_field_given_twice_says_so_and_changes_nothing(string step, string field, string told)
    {
        var confirmed = await SignUps.ConfirmedAsync(stack.Host, new SubscriberRequest($"s42-twice-{Guid.NewGuid():N}@example.com", null, "UTC", [("Syria", false)], 2));
        var page = await stack.Host.Browser.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}", UriKind.Relative));
        var form = HtmlForms.WithStep(page, step);

        // A hidden field of the form's own (step) given again is posted once more after it.
        var (response, html) = await HtmlForms.PostAsync(stack.Host.Browser, form,
            field == "step" ? [new(field, step)] : [new(field, Value(field, 1)), new(field, Value(field, 2))]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(told, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        var stored = await stack.Host.Services.GetRequiredService<ISubscriberStore>().GetAsync(confirmed.Subscriber.Id, CancellationToken.None);
        Assert.Equal(["Syria"], stored!.Topics.Select(t => t.Text));
        Assert.Equal("UTC", stored.TimeZone);
    }

    [Fact]
    public async Task The_languages_read_boxes_are_still_given_several_times()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        var form = HtmlForms.Of(await stack.Host.Client.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();

        var (response, html) = await HtmlForms.PostAsync(stack.Host.Client, form,
            [new("email", $"langs-{tag}@example.com"), new("topics", "Syria"), new("timeZone", "UTC"), new("languages", "de"), new("languages", "fr")]);

        // The client follows the 303 to the "check your email" page.
        Assert.True(response.StatusCode == HttpStatusCode.OK && !html.Contains("error-summary", StringComparison.Ordinal), html);
    }

    private static string Value(string field, int n) => field switch
    {
        "email" or "newEmail" => $"twice{n}-{Guid.NewGuid():N}@example.com",
        "timeZone" => n == 1 ? "UTC" : "Europe/Paris",
        "code" => n == 1 ? "123456" : "654321",
        "topic-0-in" => n == 1 ? "headline" : "body",
        "pauseUntil" => n == 1 ? "2099-01-01" : "2099-02-01",
        _ => $"value{n}",
    };

    private async Task<Dictionary<string, string>> HiddenOfAsync(string form)
    {
        if (form is not ("signup" or "manage/link" or "editor/sign-in"))
        {
            return [];
        }

        var forms = HtmlForms.Of(await stack.Host.Client.GetStringAsync(new Uri(form, UriKind.Relative)));
        return forms.FirstOrDefault(f => f.Action == "/" + form).Hidden ?? [];
    }
}
