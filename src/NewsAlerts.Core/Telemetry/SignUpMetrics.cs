namespace NewsAlerts.Core.Telemetry;

using System.Diagnostics.Metrics;
using NewsAlerts.Core.Delivery;

/// <summary>
/// The sign-up side's metrics (meter <c>NewsAlerts</c>, beside <see cref="AlertMetrics"/>): sign-ups, confirmation
/// messages sent, confirmations by channel and outcome, rate-limit refusals by limit, and the delivery states providers
/// report. OpenTelemetry has no convention for these, so they are <c>newsalerts.*</c> with <c>newsalerts.*</c> attributes.
/// Register once per host as a singleton; the factory owns the meter.
/// </summary>
public sealed class SignUpMetrics
{
    /// <summary>The attribute naming a rate limit (<c>client</c>, <c>contact</c>, <c>number_prefix</c>, <c>sms_budget</c>, <c>confirm_client</c>, <c>in_flight</c>).</summary>
    public const string LimitName = "newsalerts.rate_limit.name";

    /// <summary>The attribute of a delivery state (<c>delivered</c>, <c>failed</c>).</summary>
    public const string LedgerState = "newsalerts.ledger.state";

    private readonly Counter<long> signUps;
    private readonly Counter<long> confirmationMessages;
    private readonly Counter<long> confirmations;
    private readonly Counter<long> refusals;
    private readonly Counter<long> providerStates;

    /// <summary>Creates the instruments.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="meterFactory"/> is null.</exception>
    public SignUpMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(new MeterOptions(AlertTracing.SourceName));
        signUps = meter.CreateCounter<long>("newsalerts.sign_ups", "{sign_up}", "Sign-ups started (within the rate limits).");
        confirmationMessages = meter.CreateCounter<long>(
            "newsalerts.confirmation_messages", "{message}", "Confirmation links and codes sent, per channel (sign-ups and resends).");
        confirmations = meter.CreateCounter<long>(
            "newsalerts.confirmations", "{confirmation}", "Confirm requests per channel and outcome (confirmed, already_confirmed, refused, too_many_topics).");
        refusals = meter.CreateCounter<long>("newsalerts.rate_limit.refusals", "{request}", "Requests answered 429, per limit.");
        providerStates = meter.CreateCounter<long>(
            "newsalerts.ledger.provider_states", "{alert}", "Final delivery states reported by a provider's status callback, per channel and state.");
    }

    /// <summary>Counts one sign-up started.</summary>
    public void SignedUp() => signUps.Add(1);

    /// <summary>Counts one confirmation message sent on <paramref name="channel"/>.</summary>
    public void ConfirmationSent(Channel channel) =>
        confirmationMessages.Add(1, new KeyValuePair<string, object?>(AlertTracing.Channel, AlertTracing.ChannelName(channel)));

    /// <summary>Counts one confirm request on <paramref name="channel"/> that came to <paramref name="outcome"/> (snake_case).</summary>
    public void Confirmation(Channel channel, string outcome) =>
        confirmations.Add(1, new KeyValuePair<string, object?>(AlertTracing.Channel, AlertTracing.ChannelName(channel)), new KeyValuePair<string, object?>(AlertTracing.Outcome, outcome));

    /// <summary>Counts one request refused by the limit <paramref name="limit"/>.</summary>
    public void Refused(string limit) => refusals.Add(1, new KeyValuePair<string, object?>(LimitName, limit));

    /// <summary>Counts one final state reported by a provider for an alert on <paramref name="channel"/>.</summary>
    public void ProviderState(Channel channel, string state) =>
        providerStates.Add(1, new KeyValuePair<string, object?>(AlertTracing.Channel, AlertTracing.ChannelName(channel)), new KeyValuePair<string, object?>(LedgerState, state));
}
