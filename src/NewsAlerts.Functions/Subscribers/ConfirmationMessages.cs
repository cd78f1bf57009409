namespace NewsAlerts.Functions.Subscribers;

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Telemetry;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages.Languages;

/// <summary>
/// Sends the confirmations a sign-up or resend made (a link by email, a code by SMS) while its HTTP request waits, all
/// of them within one deadline (<see cref="AlertsOptions.ConfirmationDeadlineSeconds"/>): retries and a provider's
/// Retry-After wait inside it, and whatever has not gone out when it passes is answered as not sent yet (the caller
/// asks again with resend) instead of holding the request or failing it. Only messages that went out are counted.
/// The link email is worded by its address's state when it is sent (<see cref="SignUpService.ChangeEmailAsync"/>,
/// issue 16): an address confirmed already gets the change email, in its subscriber's language, never "Confirm your
/// subscription"; the sign-up, its link and what is answered are the same either way.
/// </summary>
public sealed partial class ConfirmationMessages(
    IConfirmationSender confirmations, SignUpService signUps, AlertLinks links, SignUpMetrics metrics, IOptions<AlertsOptions> options, TimeProvider time,
    ConfirmationGate gate, ILogger<ConfirmationMessages> logger)
{
    /// <summary>
    /// As <see cref="SendAsync(SignUpStarted, CancellationToken)"/> for <paramref name="request"/>, which took its
    /// allowances through <paramref name="request"/>'s <see cref="ConfirmationGate"/>: when nothing went out
    /// (<see cref="NothingWent"/>) and only for our own failure (the provider's transient failure), they are given back
    /// (issue 16), so asking again is not refused for our failure. A send the provider refused for good (an invalid or
    /// blocked number: the requester's input) or one cut short by the deadline (it may have gone out) keeps them spent,
    /// so failing sends cannot be made into unlimited requests (review of s35).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the request went away).</exception>
    public async Task<IReadOnlyList<string>> SendAsync(HttpRequest request, SignUpStarted started, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (notSent, ourFailuresOnly) = await SendAndTellAsync(started, cancellationToken);
        if (ourFailuresOnly && NothingWent(started, notSent))
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
    public async Task<IReadOnlyList<string>> SendAsync(SignUpStarted started, CancellationToken cancellationToken) =>
        (await SendAndTellAsync(started, cancellationToken)).NotSent;

    // Sends them; the channels not sent, and whether each of those failed only on our side (a transient failure).
    private async Task<(IReadOnlyList<string> NotSent, bool OurFailuresOnly)> SendAndTellAsync(SignUpStarted started, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(started);
        // The wording is decided before the send deadline starts, so its reads never make an address reach "not sent"
        // sooner than a new address would.
        var change = started.EmailConfirmationToken is null ? null : await ChangeOrNullAsync(started.SignUp, cancellationToken);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.ConfirmationDeadlineSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var signUp = started.SignUp;
        var notSent = new List<string>();
        var ours = true;
        if (started.EmailConfirmationToken is { } token
            && await SentAsync(Channel.Email, () => SendLinkEmailAsync(signUp, token, change, linked.Token), cancellationToken) is var email && email != Sending.Sent)
        {
            notSent.Add("email");
            ours &= email == Sending.OurFailure;
        }

        if (started.SmsCode is { } code
            && await SentAsync(Channel.Sms, () => confirmations.SendSmsCodeAsync(signUp.Id, signUp.Phone!, code, signUp.Language, linked.Token), cancellationToken) is var sms
            && sms != Sending.Sent)
        {
            notSent.Add("sms");
            ours &= sms == Sending.OurFailure;
        }

        return (notSent, ours);
    }

    // How one send ended: sent; failed on our side (the provider's transient failure); or anything else (refused for
    // good, rejected, or cut short by the deadline, when it may have gone out).
    private enum Sending
    {
        Sent,
        OurFailure,
        Other,
    }

    // The link email as the address stands now: the change (its button the same link, only when it adds a topic) or the confirmation.
    private async Task<SendOutcome> SendLinkEmailAsync(PendingSignUp signUp, string token, SignUpChange? change, CancellationToken cancellationToken)
    {
        var link = links.ConfirmEmail(signUp.Id, token);
        if (change is null)
        {
            return await confirmations.SendEmailConfirmationAsync(signUp.Id, signUp.Email!, link, new MessageLocale(signUp.Language, signUp.TimeZone), cancellationToken);
        }

        // Nothing new: "you already follow these" lists what was asked for, with no button that would change anything.
        var adds = change.NewTopics.Count > 0;
        IReadOnlyList<string> topics = [.. (adds ? change.NewTopics : signUp.Topics).Select(t => t.Text)];
        // The pages of the link open in the subscriber's language, as the email is written (not the form's).
        var inTheirLanguage = new Uri(PageLinks.WithLanguage(link.AbsoluteUri, PageLanguage.ForSubscriber(change.Holder.Language)));
        return await confirmations.SendTopicsChangeAsync(
            signUp.Id, signUp.Email!, topics, adds ? inTheirLanguage : null, links.Manage(change.Holder.Id, change.ManageToken),
            TopicsChangeNotes.Of(signUp, change.Holder), MessageLocale.Of(change.Holder), cancellationToken);
    }

    // The change wording (SignUpService.ChangeEmailAsync), or null (the confirmation any address gets) when the address
    // is not confirmed already or its state cannot be read now (a store failure): the email still goes, as a new one's.
    private async Task<SignUpChange?> ChangeOrNullAsync(PendingSignUp signUp, CancellationToken cancellationToken)
    {
        try
        {
            return await signUps.ChangeEmailAsync(signUp, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogWordingUnread(logger, ex, signUp.Id);
            return null;
        }
    }

    private async Task<Sending> SentAsync(Channel channel, Func<Task<SendOutcome>> send, CancellationToken request)
    {
        try
        {
            var status = (await send()).Status;
            if (status != SendStatus.Sent)
            {
                return status == SendStatus.TransientFailure ? Sending.OurFailure : Sending.Other;
            }

            metrics.ConfirmationSent(channel);
            return Sending.Sent;
        }
        catch (OperationCanceledException) when (!request.IsCancellationRequested)
        {
            // The deadline passed (a send or a retry's wait was cut short): not sent yet, and it may have gone out.
            return Sending.Other;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The state of sign-up {SignUpId}'s address could not be read; its email is worded as for a new address")]
    private static partial void LogWordingUnread(ILogger logger, Exception exception, string signUpId);
}
