namespace NewsAlerts.Functions.Subscribers;

using Microsoft.Extensions.Logging;
using NewsAlerts.Core.SignUps;

/// <summary>
/// Decides how a sign-up's link email is worded, by its address's state when it is sent (issue 16): an address
/// confirmed already gets the change email (<see cref="SignUpService.ChangeEmailAsync"/>), in its subscriber's language,
/// never "Confirm your subscription"; any other address, or one whose state cannot be read now (a store failure), gets
/// the confirmation a new address gets. One job: the wording (<see cref="ConfirmationSending"/> sends).
/// </summary>
public sealed partial class ConfirmationWording(SignUpService signUps, ILogger<ConfirmationWording> logger)
{
    /// <summary>The change wording for <paramref name="signUp"/>'s address, or null for the confirmation any address gets.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<SignUpChange?> ChangeOrNullAsync(PendingSignUp signUp, CancellationToken cancellationToken) =>
        OrNullAsync(signUp, () => signUps.ChangeEmailAsync(signUp, cancellationToken), cancellationToken);

    /// <summary>
    /// The subscriber whose confirmed number <paramref name="signUp"/>'s number is (its code only adds topics, sub16b), or
    /// null for the code any number gets, also when the number's state cannot be read now.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<NewsAlerts.Core.Subscribers.Subscriber?> NumberHolderOrNullAsync(PendingSignUp signUp, CancellationToken cancellationToken) =>
        OrNullAsync(signUp, () => signUps.NumberHolderAsync(signUp, cancellationToken), cancellationToken);

    // What read says, or null (logged) when it fails: the message is then worded as for a new address or number.
    private async Task<T?> OrNullAsync<T>(PendingSignUp signUp, Func<Task<T?>> read, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(signUp);
        try
        {
            return await read();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogWordingUnread(logger, ex, signUp.Id);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The state of sign-up {SignUpId}'s address or number could not be read; its email or code is worded as for a new one")]
    private static partial void LogWordingUnread(ILogger logger, Exception exception, string signUpId);
}
