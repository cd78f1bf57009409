namespace NewsAlerts.Testing;

using NewsAlerts.Core.Delivery;
using NewsAlerts.Core.SignUps;
using NewsAlerts.Core.Texts;

/// <summary>
/// The confirmation sender as it is (the inner one: smtp4dev and the SMS sink), but whose first confirmation
/// (an email link or a texted code, whichever comes first) fails as a provider outage does; the rest go through.
/// </summary>
public sealed class FailingFirstConfirmationSender(IConfirmationSender inner) : IConfirmationSender
{
    private int confirmations;

    /// <summary>How the first confirmation fails: a provider outage (transient, our side) unless set otherwise (e.g. refused for good).</summary>
    public SendStatus FirstFailure { get; set; } = SendStatus.TransientFailure;

    /// <summary>How many confirmations were asked for (the failed first one included).</summary>
    public int Confirmations => Volatile.Read(ref confirmations);

    /// <inheritdoc />
    public Task<SendOutcome> SendEmailConfirmationAsync(string subscriberId, string address, Uri confirmationUrl, MessageLocale locale, CancellationToken cancellationToken) =>
        First() ? Failed() : inner.SendEmailConfirmationAsync(subscriberId, address, confirmationUrl, locale, cancellationToken);

    /// <inheritdoc />
    public Task<SendOutcome> SendAddressChangeAsync(string subscriberId, string address, Uri confirmationUrl, MessageLocale locale, CancellationToken cancellationToken) =>
        First() ? Failed() : inner.SendAddressChangeAsync(subscriberId, address, confirmationUrl, locale, cancellationToken);

    /// <inheritdoc />
    public Task<SendOutcome> SendComeBackAsync(string subscriberId, string address, Uri confirmationUrl, MessageLocale locale, CancellationToken cancellationToken) =>
        First() ? Failed() : inner.SendComeBackAsync(subscriberId, address, confirmationUrl, locale, cancellationToken);

    /// <inheritdoc />
    public Task<SendOutcome> SendTopicsChangeAsync(
        string signUpId, string address, IReadOnlyList<string> topics, Uri? addUrl, Uri manageUrl, NewsAlerts.Core.SignUps.TopicsChangeNotes notes, MessageLocale locale, CancellationToken cancellationToken) =>
        First() ? Failed() : inner.SendTopicsChangeAsync(signUpId, address, topics, addUrl, manageUrl, notes, locale, cancellationToken);

    /// <inheritdoc />
    public Task<SendOutcome> SendSmsCodeAsync(string subscriberId, string phone, string code, string? language, CancellationToken cancellationToken) =>
        First() ? Failed() : inner.SendSmsCodeAsync(subscriberId, phone, code, language, cancellationToken);

    /// <inheritdoc />
    public Task<SendOutcome> SendTopicsCodeAsync(string signUpId, string phone, string code, string? language, CancellationToken cancellationToken) =>
        First() ? Failed() : inner.SendTopicsCodeAsync(signUpId, phone, code, language, cancellationToken);

    /// <inheritdoc />
    public Task<SendOutcome> SendManageLinkAsync(string subscriberId, string address, Uri manageUrl, MessageLocale locale, CancellationToken cancellationToken) =>
        inner.SendManageLinkAsync(subscriberId, address, manageUrl, locale, cancellationToken);

    /// <inheritdoc />
    public Task<SendOutcome> SendManageLinkRequestedAsync(string subscriberId, string address, Uri manageUrl, MessageLocale locale, CancellationToken cancellationToken) =>
        inner.SendManageLinkRequestedAsync(subscriberId, address, manageUrl, locale, cancellationToken);

    /// <inheritdoc />
    public Task<SendOutcome> SendManageLinkTextAsync(string subscriberId, string phone, Uri manageUrl, MessageLocale locale, CancellationToken cancellationToken) =>
        inner.SendManageLinkTextAsync(subscriberId, phone, manageUrl, locale, cancellationToken);

    /// <inheritdoc />
    public Task<SendOutcome> SendContactChangedAsync(string subscriberId, ContactChangeNotice notice, Uri manageUrl, TimeSpan linkLifetime, MessageLocale locale, CancellationToken cancellationToken) =>
        inner.SendContactChangedAsync(subscriberId, notice, manageUrl, linkLifetime, locale, cancellationToken);

    private bool First() => Interlocked.Increment(ref confirmations) == 1;

    private Task<SendOutcome> Failed() => Task.FromResult(new SendOutcome(FirstFailure, Reason: "a test's first confirmation fails"));
}
