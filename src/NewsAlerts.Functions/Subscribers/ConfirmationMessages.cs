namespace NewsAlerts.Functions.Subscribers;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Telemetry;
using NewsAlerts.Core.Texts;

/// <summary>
/// Sends the confirmations a sign-up or resend made (a link by email, a code by SMS) while its HTTP request waits, all
/// of them within one deadline (<see cref="AlertsOptions.ConfirmationDeadlineSeconds"/>): retries and a provider's
/// Retry-After wait inside it, and whatever has not gone out when it passes is answered as not sent yet (the caller
/// asks again with resend) instead of holding the request or failing it. Only messages that went out are counted.
/// </summary>
public sealed class ConfirmationMessages(
    IConfirmationSender confirmations, AlertLinks links, SignUpMetrics metrics, IOptions<AlertsOptions> options, TimeProvider time, ConfirmationGate gate)
{
    /// <summary>
    /// As <see cref="SendAsync(SignUpStarted, CancellationToken)"/> for <paramref name="request"/>, which took its
    /// allowances through <paramref name="request"/>'s <see cref="ConfirmationGate"/>: when nothing went out
    /// (<see cref="NothingWent"/>), they are given back (issue 16), so asking again is not refused for our failure.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the request went away).</exception>
    public async Task<IReadOnlyList<string>> SendAsync(HttpRequest request, SignUpStarted started, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var notSent = await SendAsync(started, cancellationToken);
        if (NothingWent(started, notSent))
        {
            await gate.GiveBackAsync(request);
        }

        return notSent;
    }

    /// <summary>
    /// Whether none of <paramref name="started"/>'s confirmations went out: every one to send is in
    /// <paramref name="notSent"/>. A code withheld from a number that replied STOP counts as gone, so giving back never
    /// depends on whether a number is stopped (issue 16: it is answered and counted as any other).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool NothingWent(SignUpStarted started, IReadOnlyList<string> notSent)
    {
        ArgumentNullException.ThrowIfNull(started);
        ArgumentNullException.ThrowIfNull(notSent);
        var toSend = (started.EmailConfirmationToken is null ? 0 : 1) + (started.SmsCode is null && !started.SmsCodeWithheld ? 0 : 1);
        return toSend > 0 && notSent.Count == toSend;
    }

    /// <summary>Sends them; returns the channels whose message was not sent (<c>email</c>, <c>sms</c>), empty when all went out.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the request went away).</exception>
    public async Task<IReadOnlyList<string>> SendAsync(SignUpStarted started, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(started);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.ConfirmationDeadlineSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var signUp = started.SignUp;
        var notSent = new List<string>();
        if (started.EmailConfirmationToken is { } token
            && !await SentAsync(Channel.Email, () => confirmations.SendEmailConfirmationAsync(signUp.Id, signUp.Email!, links.ConfirmEmail(signUp.Id, token), new MessageLocale(signUp.Language, signUp.TimeZone), linked.Token), cancellationToken))
        {
            notSent.Add("email");
        }

        if (started.SmsCode is { } code
            && !await SentAsync(Channel.Sms, () => confirmations.SendSmsCodeAsync(signUp.Id, signUp.Phone!, code, signUp.Language, linked.Token), cancellationToken))
        {
            notSent.Add("sms");
        }

        return notSent;
    }

    private async Task<bool> SentAsync(Channel channel, Func<Task<SendOutcome>> send, CancellationToken request)
    {
        try
        {
            if ((await send()).Status != SendStatus.Sent)
            {
                return false;
            }

            metrics.ConfirmationSent(channel);
            return true;
        }
        catch (OperationCanceledException) when (!request.IsCancellationRequested)
        {
            // The deadline passed (a send or a retry's wait was cut short): not sent yet.
            return false;
        }
    }
}
