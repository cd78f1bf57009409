namespace NewsAlerts.Core.Ports;

using NewsAlerts.Core.SignUps;

/// <summary>Where sign-ups wait for confirmation.</summary>
public interface ISignUpStore
{
    /// <summary>Reads a sign-up, or null when there is none.</summary>
    Task<PendingSignUp?> GetAsync(string signUpId, CancellationToken cancellationToken);

    /// <summary>Creates or replaces a sign-up.</summary>
    Task SaveAsync(PendingSignUp signUp, CancellationToken cancellationToken);
}
