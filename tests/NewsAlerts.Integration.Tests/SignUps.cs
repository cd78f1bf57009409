namespace NewsAlerts.Integration.Tests;

using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Cli.Stack;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
using NewsAlerts.Integration.Tests.Pages;
using NewsAlerts.Testing;

/// <summary>Signs up and confirms every contact through the sign-up service, as a person with the email and the SMS would.</summary>
internal static class SignUps
{
    /// <summary>The subscriber the confirmed contacts belong to, and its manage token.</summary>
    public static async Task<ConfirmedSignUp> ConfirmedAsync(TestFunctionHost host, SubscriberRequest request)
    {
        var service = host.Services.GetRequiredService<SignUpService>();
        var started = await service.SignUpAsync(request, CancellationToken.None);
        SignUpOutcome? outcome = null;
        if (started.EmailConfirmationToken is { } token)
        {
            outcome = await service.ConfirmEmailAsync(started.SignUp.Id, token, CancellationToken.None);
        }

        if (started.SmsCode is { } code)
        {
            outcome = await service.ConfirmSmsAsync(started.SignUp.Id, code, CancellationToken.None);
        }

        Assert.Equal(SignUpOutcomeKind.Confirmed, outcome?.Kind);
        return new ConfirmedSignUp(outcome!.Subscriber!, outcome.ManageToken!);
    }

    /// <summary>
    /// Starts a sign-up through <paramref name="service"/> with <paramref name="email"/> and/or <paramref name="phone"/>
    /// following <paramref name="topics"/> (UTC, texts up to urgency 2), confirming nothing.
    /// </summary>
    public static Task<SignUpStarted> StartAsync(SignUpService service, string? email, string? phone, params string[] topics) =>
        service.SignUpAsync(new SubscriberRequest(email, phone, "UTC", [.. topics.Select(t => (t, false))], 2), CancellationToken.None);

    /// <summary>
    /// A subscriber confirmed with <paramref name="address"/> (following Syria) who asked, in the preference centre opened
    /// by <paramref name="host"/>'s browser, to add <paramref name="phone"/>: the number waits, and its code has reached
    /// the SMS sink. Returns the preference centre's address (relative) and the page the request led to.
    /// </summary>
    public static async Task<NumberWaiting> NumberWaitingAsync(TestFunctionHost host, SmsSinkInbox sink, string address, string phone)
    {
        var confirmed = await ConfirmedAsync(host, new SubscriberRequest(address, null, "UTC", [("Syria", false)], 2));
        var manage = $"manage?token={Uri.EscapeDataString(confirmed.ManageToken)}";
        var (added, _) = await HtmlForms.PostAsync(host.Browser, HtmlForms.WithStep(await host.Browser.GetStringAsync(new Uri(manage, UriKind.Relative)), "phone"), [new("newPhone", phone)]);
        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
        await Eventually.TrueAsync(async () => (await sink.MessagesToAsync(phone, CancellationToken.None)).Count == 1, "the code reaches the new number");
        return new NumberWaiting(confirmed, manage, added.Headers.Location!.OriginalString.TrimStart('/'));
    }
}

/// <summary>A confirmed subscriber and its manage token.</summary>
internal sealed record ConfirmedSignUp(Subscriber Subscriber, string ManageToken);

/// <summary>A confirmed subscriber whose new number waits (<see cref="SignUps.NumberWaitingAsync"/>).</summary>
/// <param name="Confirmed">The subscriber and its manage token.</param>
/// <param name="Manage">The preference centre's address, relative to the host.</param>
/// <param name="AddedPage">The page adding the number led to, relative to the host.</param>
internal sealed record NumberWaiting(ConfirmedSignUp Confirmed, string Manage, string AddedPage);
