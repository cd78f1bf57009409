namespace NewsAlerts.Core.SignUps;

using NewsAlerts.Core.Ports;

/// <summary>
/// Writes voided copies of sign-ups only over each sign-up as read (<see cref="ISignUpStore.ReplaceIfUnchangedAsync"/>,
/// the ETag): one changed meanwhile (its link or code confirmed or claimed, sent again, tried) is read again and voided
/// afresh if it still needs it. So a confirmation at the same instant is never overwritten, nor its link or code brought
/// back: of "confirm the old" and "void the old" exactly one wins (issue 16). Each lost write means another write
/// landed, so the loop ends.
/// </summary>
public static class ConditionalVoids
{
    /// <summary>
    /// Voids what <paramref name="voiding"/> picks of <paramref name="candidates"/> (it returns the voided copies, same
    /// ids), reading again and deciding afresh for every write that lost.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task VoidAsync(
        ISignUpStore signUps, IReadOnlyList<PendingSignUp> candidates, Func<IReadOnlyList<PendingSignUp>, IReadOnlyList<PendingSignUp>> voiding,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signUps);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(voiding);
        while (candidates.Count > 0)
        {
            var lost = new List<string>();
            foreach (var voided in voiding(candidates))
            {
                if (!await signUps.ReplaceIfUnchangedAsync(candidates.First(c => c.Id == voided.Id), voided, cancellationToken))
                {
                    lost.Add(voided.Id);
                }
            }

            var again = new List<PendingSignUp>();
            foreach (var id in lost)
            {
                if (await signUps.GetAsync(id, cancellationToken) is { } reread)
                {
                    again.Add(reread);
                }
            }

            candidates = again;
        }
    }
}
