namespace NewsAlerts.Functions.Subscribers;

using Microsoft.Extensions.Options;
using NewsAlerts.Core.Configuration;
using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.Dispatch;
using NewsAlerts.Core.RateLimits;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Telemetry;
using NewsAlerts.Core.Texts;
using NewsAlerts.Pages.Languages;

/// <summary>
/// Sends the confirmations a sign-up or resend made (a link by email, a code by SMS) while its HTTP request waits, all
/// of them within one deadline (<see cref="AlertsOptions.ConfirmationDeadlineSeconds"/>): retries and a provider's
/// Retry-After wait inside it, and whatever has not gone out when it passes is answered as not sent yet (the caller
/// asks again with resend) instead of holding the request or failing it. Only messages that went out are counted.
/// One job: sending (the wording is <see cref="ConfirmationWording"/>'s, giving allowances back <see cref="ConfirmationMessages"/>').
/// </summary>
public sealed class ConfirmationSending(
    IConfirmationSender confirmations, ConfirmationWording wording, AlertLinks links, SignUpMetrics metrics, IOptions<AlertsOptions> options, TimeProvider time)
{
    /// <summary>
    /// Sends <paramref name="started"/>'s messages; returns how each ended, by channel (<c>email</c>, <c>sms</c>): sent,
    /// or a code withheld from a number that replied STOP, is <see cref="ConfirmationEnd.Went"/> (issue 16: answered and
    /// counted as any other); the provider's transient failure is <see cref="ConfirmationEnd.FailedOnOurSide"/>; refused
    /// for good or cut short by the deadline (it may have gone out) is <see cref="ConfirmationEnd.NotOurs"/>.
    /// <paramref name="ended"/>, when given, hears each channel's end as it happens, before the next channel is tried:
    /// an exception on a later channel (a store or provider failing in a way no outcome covers) then still leaves the
    /// earlier ends told, so an email that went is never forgotten and allowances are not given back for it (review of s36).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the request went away).</exception>
    public async Task<IReadOnlyList<(string Channel, ConfirmationEnd End)>> SendAsync(
        SignUpStarted started, Action<string, ConfirmationEnd>? ended, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(started);
        // The wording is decided before the send deadline starts, so its reads never make an address reach "not sent"
        // sooner than a new address would.
        var change = started.EmailConfirmationToken is null ? null : await wording.ChangeOrNullAsync(started.SignUp, cancellationToken);
        // Worded as coming back exactly when its pages say so: the sign-up's own flag, set when it was made (one source of
        // truth; before session 43 the email asked the store again and could disagree with the pages).
        var comesBack = started.EmailConfirmationToken is not null && started.SignUp.ComesBack;
        var numberHolder = started.SmsCode is null ? null : await wording.NumberHolderOrNullAsync(started.SignUp, cancellationToken);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.ConfirmationDeadlineSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        var signUp = started.SignUp;
        var ends = new List<(string, ConfirmationEnd)>();
        void End(string channel, ConfirmationEnd end)
        {
            ends.Add((channel, end));
            ended?.Invoke(channel, end);
        }

        if (started.EmailConfirmationToken is { } token)
        {
            End("email", await SentAsync(Channel.Email, () => SendLinkEmailAsync(signUp, token, change, comesBack, linked.Token), cancellationToken));
        }

        if (started.SmsCode is { } code)
        {
            // A number confirmed already: its code adds topics to the alerts it gets, said in the holder's language (sub16b).
            End("sms", await SentAsync(Channel.Sms, () => numberHolder is null
                ? confirmations.SendSmsCodeAsync(signUp.Id, signUp.Phone!, code, signUp.Language, linked.Token)
                : confirmations.SendTopicsCodeAsync(signUp.Id, signUp.Phone!, code, numberHolder.Language, linked.Token), cancellationToken));
        }
        else if (started.SmsCodeWithheld)
        {
            End("sms", ConfirmationEnd.Went);
        }

        return ends;
    }

    /// <summary>As <see cref="SendAsync(SignUpStarted, Action{string, ConfirmationEnd}?, CancellationToken)"/>, with no one told as each ends.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the request went away).</exception>
    public Task<IReadOnlyList<(string Channel, ConfirmationEnd End)>> SendAsync(SignUpStarted started, CancellationToken cancellationToken) =>
        SendAsync(started, null, cancellationToken);

    // The link email as the address stands now: the change (its button the same link, only when it adds a topic) or the confirmation.
    private async Task<SendOutcome> SendLinkEmailAsync(PendingSignUp signUp, string token, SignUpChange? change, bool comesBack, CancellationToken cancellationToken)
    {
        if (!SignUpIds.IsOfSignUpForm(signUp.Id) && signUp.SubscriberId is { } subscriberId)
        {
            // The manage link's sign-up (trial r37 #15): a change of address made in the preferences, or the subscriber's
            // own address sent again (worded as coming back, trial r41 #10); an existing subscription, and a link naming no id.
            var locale = new MessageLocale(signUp.Language, signUp.TimeZone);
            return comesBack
                ? await confirmations.SendComeBackAsync(subscriberId, signUp.Email!, links.ConfirmAddressChange(token), locale, cancellationToken)
                : await confirmations.SendAddressChangeAsync(subscriberId, signUp.Email!, links.ConfirmAddressChange(token), locale, cancellationToken);
        }

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

    private async Task<ConfirmationEnd> SentAsync(Channel channel, Func<Task<SendOutcome>> send, CancellationToken request)
    {
        try
        {
            var status = (await send()).Status;
            if (status != SendStatus.Sent)
            {
                return status == SendStatus.TransientFailure ? ConfirmationEnd.FailedOnOurSide : ConfirmationEnd.NotOurs;
            }

            metrics.ConfirmationSent(channel);
            return ConfirmationEnd.Went;
        }
        catch (OperationCanceledException) when (!request.IsCancellationRequested)
        {
            // The deadline passed (a send or a retry's wait was cut short): not sent yet, and it may have gone out.
            return ConfirmationEnd.NotOurs;
        }
    }
}
