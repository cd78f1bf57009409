namespace NewsAlerts.Integration.Tests.Pages;

using System.Net;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Functions.Pages;
using NewsAlerts.Testing;

/// <summary>
/// Issue 16: a page POST that sends an email or SMS or changes state answers 303 See Other to a GET page (Post/Redirect/
/// Get), so a reload never sends or changes it again. The page routes come from the Function App's own metadata, so a
/// new route that takes a POST fails <see cref="Every_page_route_taking_a_post_is_in_the_table"/> until its forms are
/// added here.
/// </summary>
public sealed class Every_page_post_that_sends_or_changes_answers_303(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    // Every page route a form posts to, and where each of its sending or changing forms is shown to answer 303.
    private static readonly Dictionary<string, string> Routes = new(StringComparer.Ordinal)
    {
        ["signup"] = nameof(A_successful_post_answers_303_to_a_get_page),
        ["confirm"] = nameof(A_successful_post_answers_303_to_a_get_page),
        ["manage"] = nameof(A_successful_post_answers_303_to_a_get_page),
        ["manage/link"] = nameof(A_successful_post_answers_303_to_a_get_page),
        ["unsubscribe"] = nameof(A_successful_post_answers_303_to_a_get_page) + " (the page's form; RFC 8058 one-click keeps its 200)",
        ["editor/publish"] = nameof(A_successful_post_answers_303_to_a_get_page),
        ["editor/preview"] = "renders a preview: sends and changes nothing (Editors/A_story_is_published_and_retracted_through_the_console_forms)",
        ["editor/stories/{key}"] = "Editors/A_story_is_published_and_retracted_through_the_console_forms (each action answers 303)",
        ["editor/desk-language"] = "Editors/The_desk_language_is_kept_and_the_publish_form_starts_on_it (answers 303 to /editor)",
        ["editor/sign-in"] = "Editors/Only_editors_reach_the_editor_console (development sign-in answers 303)",
        ["editor/sign-out"] = "Editors/Only_editors_reach_the_editor_console (answers 303)",
        ["editor/signed-in"] = "Editors/Editors_sign_in_with_Microsoft_in_the_browser (answers 303)",
    };

    private TestFunctionHost host = null!;

    public static TheoryData<string, string> Forms => new()
    {
        { "signup", "sign up" },
        { "signup", "the same sign-up again" },
        { "confirm", "resend" },
        { "confirm", "email" },
        { "confirm", "code" },
        { "confirm", "email, the number waiting" },
        { "manage/link", "email me a link" },
        { "unsubscribe", "unsubscribe" },
        { "manage", "open" },
        { "manage", "topics" },
        { "manage", "settings" },
        { "manage", "pause" },
        { "manage", "resume" },
        { "manage", "email" },
        { "manage", "cancelEmail" },
        { "manage", "resend" },
        { "manage", "stopConfirmed" },
        { "editor/publish", "publish" },
    };

    public async Task InitializeAsync() => host = await TestFunctionHost.StartAsync(fixture.Stack);

    public Task DisposeAsync() => host.DisposeAsync().AsTask();

    [Fact]
    public void Every_page_route_taking_a_post_is_in_the_table() =>
        Assert.Equal(PostRoutes().Order(StringComparer.Ordinal), Routes.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Every_route_of_the_theory_is_one_of_the_table() =>
        Assert.All(Forms, row => Assert.Contains((string)row[0], Routes.Keys));

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_successful_post_answers_303_to_a_get_page(string route, string form)
    {
        var (response, _) = (route, form) switch
        {
            ("signup", "sign up") => await SignUpAsync(Address()),
            ("signup", _) => await SignUpAgainAsync(),
            ("confirm", "resend") => await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(await LandingAsync(await SignUpAsync(Address())), "resend")),
            ("confirm", _) => await ConfirmAsync(form),
            ("manage/link", _) => await HtmlForms.PostAsync(host.Browser, HtmlForms.Of(await host.Browser.GetStringAsync(new Uri("manage/link", UriKind.Relative))).Single(), [new("email", Address())]),
            ("unsubscribe", _) => await UnsubscribeAsync(),
            ("manage", _) => await ManageAsync(form),
            _ => (await PublishAsync(), string.Empty),
        };

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        if (route == "editor/publish")
        {
            // The story page is the editor's (a signed-in session); the console's own tests open it.
            Assert.StartsWith("/editor/stories/", location, StringComparison.Ordinal);
            return;
        }

        using var page = await host.Browser.GetAsync(new Uri(location.TrimStart('/'), UriKind.Relative));
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{location} answers {page.StatusCode}");
    }

    // The routes of the Function App's HTTP functions that take a POST and are pages (not api/, not the catch-alls).
    private static IEnumerable<string> PostRoutes() =>
        typeof(ManagePageFunction).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null)
            .SelectMany(m => m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()))
            .Where(t => t is { Route: { } r } && (t.Methods ?? []).Contains("post", StringComparer.OrdinalIgnoreCase)
                && !r.StartsWith("api/", StringComparison.Ordinal) && !r.Contains("{*", StringComparison.Ordinal))
            .Select(t => t!.Route!)
            .Distinct(StringComparer.Ordinal);

    private static string Address() => $"prg-{Guid.NewGuid():N}@example.com";

    private async Task<(HttpResponseMessage Response, string Html)> SignUpAsync(string email)
    {
        var form = HtmlForms.Of(await host.Browser.GetStringAsync(new Uri("signup", UriKind.Relative))).Single();
        return await HtmlForms.PostAsync(host.Browser, form, [new("email", email), new("topics", "Syria"), new("timeZone", "UTC")]);
    }

    private async Task<(HttpResponseMessage Response, string Html)> SignUpAgainAsync()
    {
        var email = Address();
        await SignUpAsync(email);
        return await SignUpAsync(email);
    }

    private async Task<string> LandingAsync((HttpResponseMessage Response, string Html) posted) =>
        await host.Browser.GetStringAsync(new Uri(posted.Response.Headers.Location!.OriginalString.TrimStart('/'), UriKind.Relative));

    // The emailed link's button, the code form, or the button of an address whose sign-up's number still waits.
    private async Task<(HttpResponseMessage, string)> ConfirmAsync(string form)
    {
        var phone = form == "email" ? null : TestPhones.NewValid();
        var started = await host.Services.GetRequiredService<SignUpService>().SignUpAsync(
            new SubscriberRequest(form == "code" ? null : Address(), phone, "UTC", [("Syria", false)], 2), CancellationToken.None);
        return form == "code"
            ? await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(await host.Browser.GetStringAsync(new Uri($"confirm?signUp={started.SignUp.Id}", UriKind.Relative)), "code"),
                [new("code", started.SmsCode!)])
            : await HtmlForms.PostAsync(host.Browser, HtmlForms.Of(await host.Browser.GetStringAsync(new Uri(
                $"confirm?signUp={started.SignUp.Id}&token={Uri.EscapeDataString(started.EmailConfirmationToken!)}", UriKind.Relative))).Single());
    }

    private async Task<ConfirmedSignUp> ConfirmedAsync() =>
        await SignUps.ConfirmedAsync(host, new SubscriberRequest(Address(), null, "UTC", [("Syria", false)], 2, DeliveryPreferences.AsItHappens));

    private async Task<(HttpResponseMessage, string)> UnsubscribeAsync()
    {
        var page = await host.Browser.GetStringAsync((await UnsubscribingSubscriber.SignUpAsync(host, "prg")).Relative);
        return await HtmlForms.PostAsync(host.Browser, HtmlForms.Of(page).Single());
    }

    private async Task<(HttpResponseMessage, string)> ManageAsync(string step)
    {
        var confirmed = await ConfirmedAsync();
        var page = await host.Browser.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}", UriKind.Relative));
        KeyValuePair<string, string>[] fields = step switch
        {
            "topics" => [new("topics", "Elections")],
            "settings" => [new("smsMaxUrgency", "5"), new("timeZone", "Europe/Paris"), new("emailFrequency", "immediate"), new("language", "en")],
            "pause" => [new("pause", "1d")],
            "email" => [new("newEmail", Address())],
            _ => [],
        };
        if (step is "resume")
        {
            var (_, _) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(page, "pause"), [new("pause", "1d")]);
            page = await host.Browser.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}", UriKind.Relative));
        }
        else if (step is "cancelEmail" or "resend")
        {
            var (_, _) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(page, "email"), [new("newEmail", Address())]);
            page = await host.Browser.GetStringAsync(new Uri($"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}", UriKind.Relative));
        }
        else if (step is "stopConfirmed" or "open")
        {
            // "Stop everything?" holds both its confirmation and "keep my alerts" (open).
            var (_, askPage) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(page, "stop"));
            page = askPage;
        }

        return await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(page, step), fields);
    }

    private async Task<HttpResponseMessage> PublishAsync()
    {
        using var editor = Editors.ConsoleEditor.Browser(host, "prg-editor");
        var home = await editor.GetStringAsync(new Uri("editor", UriKind.Relative));
        var tag = $"prg{Guid.NewGuid():N}"[..12];
        var fields = new KeyValuePair<string, string>[] { new("headline", $"Truce holds in {tag}"), new("body", $"Fighting stopped in {tag}."), new("urgency", "3") };
        var (_, preview) = await HtmlForms.PostAsync(editor, HtmlForms.Of(home).Single(f => f.Action == "/editor/preview"), fields);
        var (published, _) = await HtmlForms.PostAsync(editor, HtmlForms.Of(preview).Single());
        return published;
    }
}
