namespace NewsAlerts.Testing;

using Microsoft.Extensions.DependencyInjection;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Subscribers;

/// <summary>
/// A subscriber signed up and confirmed through the sign-up service (as a person with the email and the SMS would),
/// with the one-click unsubscribe link their alerts carry: the prologue every unsubscribe page test shares.
/// </summary>
/// <param name="Subscriber">The confirmed subscriber.</param>
/// <param name="ManageToken">Its manage token, as the confirmation gave it.</param>
/// <param name="Link">The absolute unsubscribe link of its alerts (<see cref="AlertLinks.Unsubscribe"/>).</param>
public sealed record UnsubscribingSubscriber(Subscriber Subscriber, string ManageToken, Uri Link)
{
    /// <summary>The link's token (its <c>token</c> query field).</summary>
    public string Token => System.Web.HttpUtility.ParseQueryString(Link.Query)["token"]!;

    /// <summary>The link relative to the host's client (path and query).</summary>
    public Uri Relative => new(Link.PathAndQuery.TrimStart('/'), UriKind.Relative);

    /// <summary>
    /// Signs up <c>{prefix}-{guid}@example.com</c> (and <paramref name="phone"/>, when given) following "Syria", in
    /// <paramref name="language"/> (null: the default) and <paramref name="timeZone"/>, confirms every contact, and
    /// issues its unsubscribe link.
    /// </summary>
    /// <exception cref="InvalidOperationException">The sign-up did not confirm.</exception>
    public static async Task<UnsubscribingSubscriber> SignUpAsync(
        TestFunctionHost host, string prefix, string? phone = null, string? language = null, string timeZone = "UTC")
    {
        ArgumentNullException.ThrowIfNull(host);
        var service = host.Services.GetRequiredService<SignUpService>();
        var started = await service.SignUpAsync(
            new SubscriberRequest($"{prefix}-{Guid.NewGuid():N}@example.com", phone, timeZone, [("Syria", false)], 2, Language: language), CancellationToken.None);
        var outcome = await service.ConfirmEmailAsync(started.SignUp.Id, started.EmailConfirmationToken, CancellationToken.None);
        if (started.SmsCode is { } code)
        {
            outcome = await service.ConfirmSmsAsync(started.SignUp.Id, code, CancellationToken.None);
        }

        if (outcome is not { Kind: SignUpOutcomeKind.Confirmed, Subscriber: { } subscriber, ManageToken: { } manageToken })
        {
            throw new InvalidOperationException($"the sign-up did not confirm: {outcome.Kind} {outcome.Reason}");
        }

        return new UnsubscribingSubscriber(subscriber, manageToken, host.Services.GetRequiredService<AlertLinks>().Unsubscribe(subscriber.Id));
    }
}
