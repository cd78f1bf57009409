namespace NewsAlerts.Integration.Tests;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;
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
}

/// <summary>A confirmed subscriber and its manage token.</summary>
internal sealed record ConfirmedSignUp(Subscriber Subscriber, string ManageToken);
