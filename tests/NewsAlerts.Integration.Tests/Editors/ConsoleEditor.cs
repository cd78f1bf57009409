namespace NewsAlerts.Integration.Tests.Editors;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Policy;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Functions.Editors;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Testing;

/// <summary>
/// An editor at a test host's console as a browser posts its forms, and the story the console tests start from: a
/// reader of a fresh tag by email and SMS, and a story about the tag previewed and published from <c>/editor</c>.
/// </summary>
internal static class ConsoleEditor
{
    /// <summary>
    /// A browser signed in (development sign-in) as the editor called <paramref name="name"/>, posting from the app's own
    /// origin: redirects are not followed and cookies are sent by hand, so each answer is seen as the host gave it.
    /// </summary>
    /// <param name="host">The host whose console the editor uses.</param>
    /// <param name="name">The editor's name in the session.</param>
    /// <param name="timeout">How long one request may take; null keeps <see cref="HttpClient"/>'s 100 s.</param>
    public static HttpClient Browser(TestFunctionHost host, string name, TimeSpan? timeout = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.Client.BaseAddress };
        if (timeout is { } limit)
        {
            client.Timeout = limit;
        }

        client.DefaultRequestHeaders.Add("Cookie", $"{EditorSessions.CookieName}={host.Services.GetRequiredService<EditorSessions>().Issue(name)}");
        return client;
    }

    /// <summary>
    /// Signs up and confirms <c>reader-{tag}@example.com</c> with a fresh number, following <paramref name="tag"/> as it
    /// happens (texts from urgency 2); answers the address and the number.
    /// </summary>
    public static async Task<(string Email, string Phone)> ReaderAsync(TestFunctionHost host, string tag)
    {
        var (email, phone) = ($"reader-{tag}@example.com", TestPhones.NewValid());
        await SignUps.ConfirmedAsync(host, new SubscriberRequest(email, phone, "UTC", [(tag, false)], 2, DeliveryPreferences.AsItHappens));
        return (email, phone);
    }

    /// <summary>
    /// Previews "Truce holds in {tag}" (urgency 3) from the console's home page and publishes it from the preview;
    /// answers the preview page and the story's page path (the publish answer's <c>303</c> location).
    /// </summary>
    /// <param name="editor">A browser from <see cref="Browser"/>.</param>
    /// <param name="tag">The word the story is about.</param>
    /// <param name="deadline">How long the publish may take.</param>
    /// <exception cref="Xunit.Sdk.XunitException">The preview is not <c>200</c> or the publish not <c>303</c>.</exception>
    public static async Task<(string Preview, string Story)> PublishAsync(HttpClient editor, string tag, TimeSpan deadline)
    {
        var home = await editor.GetStringAsync(new Uri("editor", UriKind.Relative));
        var fields = new KeyValuePair<string, string>[] { new("headline", $"Truce holds in {tag}"), new("body", $"Fighting stopped in {tag}."), new("urgency", "3") };
        var (previewed, preview) = await HtmlForms.PostAsync(editor, HtmlForms.Of(home).Single(f => f.Action == "/editor/preview"), fields);
        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        var (published, _) = await HtmlForms.PostAsync(editor, HtmlForms.Of(preview).Single()).WaitAsync(deadline);
        Assert.Equal(HttpStatusCode.SeeOther, published.StatusCode);
        return (preview, published.Headers.Location!.OriginalString);
    }
}
