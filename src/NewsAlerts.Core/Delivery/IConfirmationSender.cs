namespace NewsAlerts.Core.Delivery;

using NewsAlerts.Core.Texts;

/// <summary>
/// Sends the double opt-in messages: a confirmation link by email, a code by SMS. Emails are written for a
/// <see cref="MessageLocale"/>: in its language, with dates on its clock.
/// </summary>
public interface IConfirmationSender
{
    /// <summary>Emails the confirmation link.</summary>
    Task<SendOutcome> SendEmailConfirmationAsync(string subscriberId, string address, Uri confirmationUrl, MessageLocale locale, CancellationToken cancellationToken);

    /// <summary>
    /// Emails the confirmation link of a change of address made in the preference centre (trial r37 #15): worded as the
    /// change of address of an existing subscription, never as a new one, and naming no id.
    /// </summary>
    Task<SendOutcome> SendAddressChangeAsync(string subscriberId, string address, Uri confirmationUrl, MessageLocale locale, CancellationToken cancellationToken);

    /// <summary>
    /// Emails the confirmation link of the subscriber's own address sent again from the preference centre, an address that
    /// gets nothing now (stopped, bounced or never confirmed; trial r41 #10): worded as coming back, not as a new address.
    /// </summary>
    Task<SendOutcome> SendComeBackAsync(string subscriberId, string address, Uri confirmationUrl, MessageLocale locale, CancellationToken cancellationToken);

    /// <summary>Emails the manage link once a contact is confirmed (the subscriber's way back to topics, settings and stopping).</summary>
    Task<SendOutcome> SendManageLinkAsync(string subscriberId, string address, Uri manageUrl, MessageLocale locale, CancellationToken cancellationToken);

    /// <summary>Emails a fresh manage link the person asked for (their link expired or was lost).</summary>
    Task<SendOutcome> SendManageLinkRequestedAsync(string subscriberId, string address, Uri manageUrl, MessageLocale locale, CancellationToken cancellationToken);

    /// <summary>
    /// Texts a fresh manage link the person asked for with their number (a subscriber with a number only has no email to
    /// receive one): a short transactional text in the subscriber's language, GSM-7 where the language allows.
    /// </summary>
    Task<SendOutcome> SendManageLinkTextAsync(string subscriberId, string phone, Uri manageUrl, MessageLocale locale, CancellationToken cancellationToken);

    /// <summary>
    /// Tells the contact a confirmed new one replaced (<see cref="SignUps.ContactChangeNotice"/>) that it was changed: an
    /// email with <paramref name="manageUrl"/> to undo it, saying it works for <paramref name="linkLifetime"/> (the
    /// lifetime its token was issued with), or a one-segment text without a link.
    /// </summary>
    Task<SendOutcome> SendContactChangedAsync(string subscriberId, SignUps.ContactChangeNotice notice, Uri manageUrl, TimeSpan linkLifetime, MessageLocale locale, CancellationToken cancellationToken);

    /// <summary>
    /// Emails an address already confirmed that signed up again (<see cref="SignUps.SignUpEmails"/>, issue 16): worded as
    /// a change, never as a new subscription. With <paramref name="addUrl"/>: "you asked to add" <paramref name="topics"/>
    /// (topic texts as typed), a button to <paramref name="addUrl"/> (the sign-up's confirmation link, which adds them),
    /// nothing changes unless pressed; without it: "you already follow these". Both carry <paramref name="manageUrl"/>
    /// and, as <paramref name="notes"/> say, that the time zone, frequency and language asked for were not applied and that
    /// texts need a number added in the preference centre.
    /// </summary>
    Task<SendOutcome> SendTopicsChangeAsync(
        string signUpId, string address, IReadOnlyList<string> topics, Uri? addUrl, Uri manageUrl, SignUps.TopicsChangeNotes notes, MessageLocale locale, CancellationToken cancellationToken);

    /// <summary>Texts the confirmation code in <paramref name="language"/> (BCP 47; null or not offered: English).</summary>
    Task<SendOutcome> SendSmsCodeAsync(string subscriberId, string phone, string code, string? language, CancellationToken cancellationToken);

    /// <summary>
    /// Texts the code of a sign-up to a number already confirmed (sub16b), in <paramref name="language"/> (the holder's):
    /// the code adds the sign-up's topics to the alerts the number already gets, never "confirm" a subscription.
    /// </summary>
    Task<SendOutcome> SendTopicsCodeAsync(string signUpId, string phone, string code, string? language, CancellationToken cancellationToken);
}
